import type { LegalForm } from '../../domain/entities';
import type { Random } from './random';
import type { Place } from './swedishPlaces';

/** Words to build organisation names by legal form, with the tags such an organisation gets. */

export const TAG_VOCABULARY = [
  'äldre',
  'unga',
  'barn',
  'språk',
  'cykel',
  'mat',
  'integration',
  'idrott',
  'kultur',
  'arbete',
  'hälsa',
  'miljö',
  'kvinnor',
  'föräldrar',
] as const;
export type Tag = (typeof TAG_VOCABULARY)[number];

export type OrgName = { name: string; tags: Tag[] };

const SPIRIT_WORDS: readonly string[] = [
  'Gemenskap',
  'Framtidstro',
  'Solrosen',
  'Brobyggarna',
  'Mötesplatsen',
  'Kompisgänget',
  'Livsglädje',
  'Grannstöd',
  'Hoppet',
  'Vänskapen',
  'Regnbågen',
  'Fyrbåken',
  'Ankaret',
  'Kraftkällan',
  'Medmänniskan',
  'Trädet',
  'Nya Vägar',
  'Öppna Dörren',
  'Ljuspunkten',
  'Hand i Hand',
  'Vi Tillsammans',
  'Växthuset',
  'Kvarteret',
  'Bryggan',
  'Stegen',
  'Gläntan',
  'Källan',
  'Eken',
  'Kompassen',
  'Navet',
  'Ringen',
  'Sjöstjärnan',
  'Tusenfryd',
  'Åkerbäret',
  'Ängen',
  'Örnen',
  'Ekorren',
  'Måsen',
  'Tranan',
  'Fjärilen',
];

const COMMUNITIES: readonly (readonly [string, string])[] = [
  ['Somaliska', 'somaliska'],
  ['Bosniska', 'bosniska'],
  ['Finska', 'finska'],
  ['Syriska', 'arabiska'],
  ['Eritreanska', 'tigrinja'],
  ['Kurdiska', 'kurdiska'],
  ['Irakiska', 'arabiska'],
  ['Afghanska', 'dari'],
  ['Chilenska', 'spanska'],
  ['Iranska', 'persiska'],
  ['Assyriska', 'assyriska'],
  ['Polska', 'polska'],
  ['Vietnamesiska', 'vietnamesiska'],
  ['Turkiska', 'turkiska'],
  ['Etiopiska', 'amhariska'],
];

/** The language an organisation's community name suggests, used in inquiry texts. */
export const COMMUNITY_LANGUAGES: readonly string[] = [
  'arabiska',
  'somaliska',
  'finska',
  'bosniska',
  'persiska',
  'tigrinja',
  'kurdiska',
  'dari',
];

const SPORTS: readonly string[] = [
  'Fotboll',
  'Boxning',
  'Brottning',
  'Basket',
  'Innebandy',
  'Cricket',
  'Friidrott',
  'Simning',
  'Bordtennis',
  'Kampsport',
];

const FOUNDERS: readonly string[] = [
  'Anna Lindhs',
  'Elsa Borgs',
  'Karl Perssons',
  'Ester Blencks',
  'Gustaf Dalséns',
  'Signe Åbergs',
  'Ivar Kreutz',
  'Märta Ljungs',
  'Ebba Ramsays',
  'Sven Öhmans',
];

type Builder = (random: Random, place: Place) => OrgName;

const spirit = (random: Random): string => random.pick(SPIRIT_WORDS);
const named = (name: string, ...tags: Tag[]): OrgName => ({ name, tags });

const BUILDERS: Record<LegalForm, readonly (readonly [Builder, number])[]> = {
  ideell_forening: [
    [
      (r, p) =>
        named(
          `Föreningen ${spirit(r)} ${p.district}`,
          r.pick(['integration', 'kultur', 'äldre'] as const),
        ),
      14,
    ],
    [(r, p) => named(`${p.district} Idrottsförening`, 'idrott', 'unga'), 6],
    [(r, p) => named(`IK ${spirit(r)} ${p.district}`, 'idrott', 'unga'), 4],
    [(r, p) => named(`${p.district} ${r.pick(SPORTS)}klubb`, 'idrott', 'unga'), 5],
    [(_r, p) => named(`Hyresgästföreningen ${p.district}`, 'integration'), 5],
    [
      (r, p) => named(`Kvinnojouren ${r.chance(0.5) ? spirit(r) : p.district}`, 'kvinnor', 'hälsa'),
      4,
    ],
    [(_r, p) => named(`Läxhjälpen ${p.district}`, 'barn', 'unga', 'språk'), 5],
    [
      (r, p) =>
        named(
          `${r.pick(COMMUNITIES)[0]} kulturföreningen i ${p.district}`,
          'kultur',
          'språk',
          'integration',
        ),
      10,
    ],
    [
      (r, p) =>
        named(`${r.pick(COMMUNITIES)[0]} kvinnoföreningen ${p.district}`, 'kvinnor', 'integration'),
      4,
    ],
    [(_r, p) => named(`${p.district} Pensionärsförening`, 'äldre'), 5],
    [(r, p) => named(`Seniorföreningen ${spirit(r)} ${p.district}`, 'äldre', 'hälsa'), 4],
    [(r, p) => named(`Scoutkåren ${spirit(r)} ${p.district}`, 'barn', 'unga'), 4],
    [(_r, p) => named(`Föräldranätverket i ${p.district}`, 'föräldrar', 'barn'), 3],
    [(r, p) => named(`Språkcaféet ${spirit(r)} ${p.district}`, 'språk', 'integration'), 4],
    [(r, p) => named(`Odlingsföreningen ${spirit(r)} ${p.district}`, 'miljö', 'mat'), 3],
    [(r, p) => named(`Kulturhuset ${spirit(r)} i ${p.district}`, 'kultur', 'unga'), 3],
    [(_r, p) => named(`Matglädjen i ${p.district}`, 'mat', 'äldre'), 2],
    [(_r, p) => named(`Cykelfrämjandet ${p.district}`, 'cykel', 'miljö'), 2],
  ],
  ekonomisk_forening: [
    [
      (r, p) => named(`Cykelkooperativet ${spirit(r)} ${p.district}`, 'cykel', 'arbete', 'miljö'),
      5,
    ],
    [(r, p) => named(`${spirit(r)} Ekonomisk förening ${p.district}`, 'arbete'), 4],
    [(r, p) => named(`Kooperativet ${spirit(r)} ${p.district}`, 'arbete', 'integration'), 5],
    [(r, p) => named(`Matkooperativet ${spirit(r)} i ${p.district}`, 'mat', 'arbete'), 3],
    [(r, p) => named(`Arbetskooperativet ${spirit(r)} ${p.district}`, 'arbete'), 3],
    [(r, p) => named(`Second hand-kooperativet ${spirit(r)} ${p.district}`, 'arbete', 'miljö'), 2],
  ],
  stiftelse: [
    [
      (r, p) =>
        named(
          `Stiftelsen ${spirit(r)} ${p.district}`,
          r.pick(['barn', 'äldre', 'kultur'] as const),
        ),
      6,
    ],
    [(r, p) => named(`Stiftelsen ${r.pick(FOUNDERS)} minne ${p.district}`, 'kultur'), 3],
    [
      (r, p) =>
        named(
          `Stiftelsen ${r.pick(['Barnens', 'Ungdomens'])} ${spirit(r)} ${p.district}`,
          'barn',
          'unga',
        ),
      3,
    ],
  ],
  trossamfund: [
    [
      (r, p) =>
        named(
          `${p.district} ${r.pick(['Pingstförsamling', 'Missionsförsamling', 'Baptistförsamling'])}`,
          'integration',
        ),
      5,
    ],
    [(_r, p) => named(`Islamiska Moskéföreningen i ${p.district}`, 'integration', 'kultur'), 3],
    [(_r, p) => named(`Equmeniakyrkan ${p.district}`, 'integration', 'unga'), 4],
    [
      (r, p) =>
        named(
          `${r.pick(['Syrisk-ortodoxa', 'Serbisk-ortodoxa', 'Eritreansk-ortodoxa', 'Katolska'])} församlingen i ${p.district}`,
          'kultur',
        ),
      3,
    ],
    [(_r, p) => named(`${p.district} Församling`, 'äldre', 'barn'), 2],
  ],
  aktiebolag: [
    [
      (r, p) => named(`${spirit(r)} Arbetsintegrerande AB ${p.district}`, 'arbete', 'integration'),
      4,
    ],
    [(r, p) => named(`${spirit(r)} Socialt företag AB ${p.district}`, 'arbete'), 4],
    [(r, p) => named(`Cykelköket ${spirit(r)} AB ${p.district}`, 'cykel', 'arbete'), 2],
  ],
  annan: [
    [(r, p) => named(`Byalaget ${spirit(r)} ${p.district}`, 'miljö'), 3],
    [(_r, p) => named(`Samfällighetsföreningen ${p.district}`, 'miljö'), 2],
  ],
  ej_registrerad: [
    [(r, p) => named(`Nätverket ${spirit(r)} ${p.district}`, 'integration'), 5],
    [(_r, p) => named(`Grannsamverkan ${p.district}`, 'äldre'), 4],
    [(r, p) => named(`Mammagruppen ${spirit(r)} i ${p.district}`, 'föräldrar', 'barn'), 3],
    [(r, p) => named(`Promenadgänget ${spirit(r)} ${p.district}`, 'hälsa', 'äldre'), 3],
  ],
};

/** A name for an organisation of the legal form in the place, with the tags it suggests. */
export function organisationName(random: Random, legalForm: LegalForm, place: Place): OrgName {
  return random.weighted(BUILDERS[legalForm])(random, place);
}

import type { Tag } from './orgNames';

/**
 * What organisations offer the municipality: inquiry templates with the priority areas they match
 * (default area ids), a rationale per area and the unit that usually takes them. `{lang}` and
 * `{district}` are filled in by the generator.
 */

export type InquiryTemplate = {
  title: string;
  offer: string;
  targetGroup: string;
  areas: readonly (readonly [areaId: string, rationale: string])[];
  unit: string;
  tags: readonly Tag[];
  /** Typical yearly value range in kr. */
  value: readonly [number, number];
};

export const INQUIRY_TEMPLATES: readonly InquiryTemplate[] = [
  {
    title: 'Cykelleveranser av matkassar till äldre',
    offer:
      'Kooperativet levererar matkassar och apoteksvaror med lastcykel till äldre i {district}, med anställda som tidigare stått långt från arbetsmarknaden.',
    targetGroup: 'Äldre med hemtjänst i {district}',
    areas: [
      ['pa-halsa', 'Fossilfria leveranser och trygghet för äldre.'],
      ['pa-arbete', 'Ger anställning åt personer långt från arbetsmarknaden.'],
    ],
    unit: 'Äldreomsorg',
    tags: ['cykel', 'äldre', 'arbete'],
    value: [150_000, 650_000],
  },
  {
    title: 'Dagverksamhet för äldre på {lang}',
    offer:
      'Träffpunkt två dagar i veckan för äldre som talar {lang}, med gemensam lunch, rörelse och samtal på modersmålet.',
    targetGroup: 'Äldre {lang}talande, 65+',
    areas: [['pa-halsa', 'Bryter ensamhet och ger rörelse för äldre.']],
    unit: 'Äldreomsorg',
    tags: ['äldre', 'språk', 'hälsa'],
    value: [80_000, 900_000],
  },
  {
    title: 'Läxhjälp för mellanstadieelever i {district}',
    offer:
      'Volontärer ger läxhjälp tre eftermiddagar i veckan i föreningens lokal, med stöd på svenska och {lang}.',
    targetGroup: 'Elever i åk 4–6',
    areas: [
      ['pa-barn', 'Stöd till barn i skolåldern.'],
      ['pa-utbildning', 'Stärker skolresultat och språk.'],
    ],
    unit: 'Grundskola',
    tags: ['barn', 'unga', 'språk'],
    value: [30_000, 250_000],
  },
  {
    title: 'Hälsopromenader för seniorer',
    offer:
      'Ledda promenader varje vecka från träffpunkten i {district}, med fika och pass i stolgympa vintertid.',
    targetGroup: 'Seniorer och personer med lätta funktionsnedsättningar',
    areas: [['pa-halsa', 'Rörelse och social gemenskap förebygger ohälsa.']],
    unit: 'Folkhälsa och trygghet',
    tags: ['hälsa', 'äldre'],
    value: [0, 90_000],
  },
  {
    title: 'Språkcafé på {district}s bibliotek',
    offer:
      'Samtalsgrupper på enkel svenska två kvällar i veckan, ledda av volontärer, med barnpassning.',
    targetGroup: 'Vuxna som lär sig svenska',
    areas: [
      ['pa-utbildning', 'Språkträning som komplement till SFI.'],
      ['pa-arbete', 'Språket är en förutsättning för arbete.'],
    ],
    unit: 'Bibliotek',
    tags: ['språk', 'integration'],
    value: [20_000, 150_000],
  },
  {
    title: 'Arbetsträning för nyanlända',
    offer:
      'Arbetsträning i föreningens kafé och second hand-butik med handledare och yrkessvenska, tolv platser per termin.',
    targetGroup: 'Nyanlända vuxna med etableringsplan',
    areas: [
      ['pa-arbete', 'Arbetsträning med handledning leder mot anställning.'],
      ['pa-utbildning', 'Yrkessvenska ingår.'],
    ],
    unit: 'Arbetsmarknad och vuxenutbildning',
    tags: ['arbete', 'integration', 'språk'],
    value: [200_000, 1_400_000],
  },
  {
    title: 'Sommaraktiviteter för barn i {district}',
    offer:
      'Dagläger med idrott, bad och utflykter under sommarlovets sex första veckor, avgiftsfritt för deltagarna.',
    targetGroup: 'Barn 7–12 år',
    areas: [
      ['pa-barn', 'Meningsfullt sommarlov för barn.'],
      ['pa-halsa', 'Fysisk aktivitet och friluftsliv.'],
    ],
    unit: 'Fritid och kultur',
    tags: ['barn', 'idrott'],
    value: [50_000, 700_000],
  },
  {
    title: 'Föräldracafé och föräldrastöd på {lang}',
    offer:
      'Öppna träffar för föräldrar med små barn, samtal om föräldraskap och skola på {lang} och svenska.',
    targetGroup: 'Föräldrar med barn 0–6 år',
    areas: [['pa-barn', 'Stärker föräldrar och barns uppväxtvillkor.']],
    unit: 'Förskola',
    tags: ['föräldrar', 'barn', 'språk'],
    value: [40_000, 300_000],
  },
  {
    title: 'Måltidsgemenskap för ensamma äldre',
    offer:
      'Gemensam lunch lagad av volontärer i församlingshemmet tre dagar i veckan, med skjuts för den som behöver.',
    targetGroup: 'Ensamboende äldre',
    areas: [['pa-halsa', 'Motverkar ensamhet och undernäring.']],
    unit: 'Äldreomsorg',
    tags: ['mat', 'äldre'],
    value: [60_000, 400_000],
  },
  {
    title: 'Kvällsöppen mötesplats för unga',
    offer: 'Öppen verksamhet fredagar och lördagar kväll med vuxna förebilder, idrott och läxstöd.',
    targetGroup: 'Ungdomar 13–18 år i {district}',
    areas: [
      ['pa-barn', 'Trygga miljöer för unga.'],
      ['pa-halsa', 'Förebygger otrygghet i området.'],
    ],
    unit: 'Fritid och kultur',
    tags: ['unga', 'idrott'],
    value: [100_000, 900_000],
  },
  {
    title: 'Stöd till våldsutsatta kvinnor',
    offer: 'Stödsamtal, skyddat boende och hjälp i kontakter med myndigheter, även på {lang}.',
    targetGroup: 'Våldsutsatta kvinnor och deras barn',
    areas: [
      ['pa-halsa', 'Trygghet och hälsa för utsatta.'],
      ['pa-barn', 'Barn som bevittnat våld får stöd.'],
    ],
    unit: 'Individ- och familjeomsorg',
    tags: ['kvinnor', 'hälsa'],
    value: [300_000, 1_500_000],
  },
  {
    title: 'Simskola för nyanlända kvinnor',
    offer:
      'Simundervisning i kvinnogrupper med kvinnliga instruktörer, terminsvis i {district}s simhall.',
    targetGroup: 'Nyanlända kvinnor',
    areas: [
      ['pa-halsa', 'Simkunnighet och rörelse.'],
      ['pa-utbildning', 'Samhällsinformation i gruppen.'],
    ],
    unit: 'Fritid och kultur',
    tags: ['kvinnor', 'idrott', 'integration'],
    value: [40_000, 200_000],
  },
  {
    title: 'Digital vardagshjälp för äldre',
    offer:
      'IT-café där volontärer hjälper äldre med BankID, e-tjänster och videosamtal, varje vecka på träffpunkten.',
    targetGroup: 'Äldre utan digital vana',
    areas: [
      ['pa-halsa', 'Minskar utanförskap för äldre.'],
      ['pa-utbildning', 'Digital kompetens.'],
    ],
    unit: 'Bibliotek',
    tags: ['äldre', 'språk'],
    value: [0, 120_000],
  },
  {
    title: 'Stadsodling och skolträdgård',
    offer:
      'Odlingslotter för boende och en skolträdgård där elever sår, skördar och lagar mat tillsammans.',
    targetGroup: 'Boende och skolelever i {district}',
    areas: [
      ['pa-halsa', 'Hållbar utveckling och gemenskap.'],
      ['pa-barn', 'Barn lär sig om mat och natur.'],
    ],
    unit: 'Stadsmiljö och park',
    tags: ['miljö', 'mat', 'barn'],
    value: [30_000, 250_000],
  },
  {
    title: 'Cykelskola för vuxna',
    offer: 'Cykelkurser för vuxna som aldrig lärt sig cykla, med lånecyklar och trafikträning.',
    targetGroup: 'Vuxna, främst kvinnor, i {district}',
    areas: [
      ['pa-halsa', 'Aktiv mobilitet och hälsa.'],
      ['pa-arbete', 'Cykeln ökar möjligheten att ta sig till jobb.'],
    ],
    unit: 'Folkhälsa och trygghet',
    tags: ['cykel', 'kvinnor', 'hälsa'],
    value: [20_000, 180_000],
  },
  {
    title: 'Samhällsorientering på {lang}',
    offer:
      'Studiecirklar om samhället, skolan och vården på {lang}, ledda av utbildade cirkelledare.',
    targetGroup: 'Nyanlända vuxna',
    areas: [['pa-utbildning', 'Folkbildning på modersmål.']],
    unit: 'Integration och mottagande',
    tags: ['språk', 'integration'],
    value: [50_000, 350_000],
  },
  {
    title: 'Mentorprogram för unga till jobb',
    offer: 'Unga matchas med mentorer från näringslivet under ett år, med sommarjobb och CV-stöd.',
    targetGroup: 'Unga vuxna 16–24 år',
    areas: [
      ['pa-arbete', 'Vägar till första jobbet.'],
      ['pa-barn', 'Unga i övergången från skola till arbete.'],
    ],
    unit: 'Arbetsmarknad och vuxenutbildning',
    tags: ['unga', 'arbete'],
    value: [100_000, 800_000],
  },
  {
    title: 'Reparationscafé och cykelverkstad',
    offer:
      'Öppen verkstad där boende lagar cyklar och kläder med hjälp av praktikanter och volontärer.',
    targetGroup: 'Boende i {district}',
    areas: [
      ['pa-halsa', 'Hållbar konsumtion.'],
      ['pa-arbete', 'Praktikplatser i verkstaden.'],
    ],
    unit: 'Socialt hållbar utveckling',
    tags: ['cykel', 'miljö', 'arbete'],
    value: [40_000, 300_000],
  },
  {
    title: 'Dans och kultur för unga i {district}',
    offer: 'Kostnadsfria kurser i dans, musik och teater med uppvisning varje termin.',
    targetGroup: 'Barn och unga 10–16 år',
    areas: [['pa-barn', 'Kultur för barn och unga.']],
    unit: 'Fritid och kultur',
    tags: ['kultur', 'unga'],
    value: [30_000, 400_000],
  },
  {
    title: 'Sysselsättning för personer med funktionsnedsättning',
    offer:
      'Daglig verksamhet i föreningens snickeri och kafé, med individuellt anpassade uppgifter.',
    targetGroup: 'Vuxna med LSS-beslut om daglig verksamhet',
    areas: [
      ['pa-arbete', 'Meningsfull sysselsättning.'],
      ['pa-halsa', 'Delaktighet och hälsa.'],
    ],
    unit: 'Funktionsstöd',
    tags: ['arbete', 'hälsa'],
    value: [250_000, 1_500_000],
  },
];

/** Swedish towns and districts (with postal code prefixes and area codes) and street names. */

export type Place = {
  district: string;
  city: string;
  municipality: string;
  /** First three digits of the postal codes there. */
  postalPrefix: string;
  /** Telephone area code without the trunk 0 handled by the formatter, e.g. '031'. */
  areaCode: string;
};

const inCity = (
  city: string,
  municipality: string,
  postalPrefixes: readonly string[],
  areaCode: string,
  districts: readonly string[],
): Place[] =>
  districts.map((district, i) => ({
    district,
    city,
    municipality,
    postalPrefix: postalPrefixes[i % postalPrefixes.length] ?? '100',
    areaCode,
  }));

/** The home municipality of the seeded navigators (Västra Göteborg example) and its districts. */
export const HOME_PLACES: readonly Place[] = inCity(
  'Göteborg',
  'Göteborg',
  ['418', '421', '424', '415', '426', '414'],
  '031',
  [
    'Biskopsgården',
    'Västra Frölunda',
    'Tynnered',
    'Askim',
    'Torslanda',
    'Angered',
    'Hammarkullen',
    'Bergsjön',
    'Kortedala',
    'Gårdsten',
    'Hjällbo',
    'Lövgärdet',
    'Majorna',
    'Länsmansgården',
    'Kannebäck',
    'Högsbohöjd',
    'Önnered',
    'Ruddalen',
    'Näset',
    'Järnbrott',
  ],
);

/** Other towns and districts: regional organisations and groups that call from elsewhere. */
export const OTHER_PLACES: readonly Place[] = [
  ...inCity('Malmö', 'Malmö', ['213', '214', '215'], '040', [
    'Rosengård',
    'Lindängen',
    'Holma',
    'Hyllie',
    'Möllevången',
  ]),
  ...inCity('Stockholm', 'Stockholm', ['163', '165', '127'], '08', [
    'Rinkeby',
    'Tensta',
    'Hässelby',
    'Skärholmen',
    'Bagarmossen',
  ]),
  ...inCity('Tumba', 'Botkyrka', ['145', '147'], '08', ['Fittja', 'Alby', 'Hallunda']),
  ...inCity('Örebro', 'Örebro', ['702', '703', '705'], '019', [
    'Vivalla',
    'Baronbackarna',
    'Brickebacken',
  ]),
  ...inCity('Umeå', 'Umeå', ['903', '907', '913'], '090', ['Ålidhem', 'Tomtebo', 'Holmsund']),
  ...inCity('Uppsala', 'Uppsala', ['752', '754', '757'], '018', ['Gottsunda', 'Gränby', 'Sävja']),
  ...inCity('Linköping', 'Linköping', ['582', '583', '584'], '013', ['Skäggetorp', 'Ryd', 'Berga']),
  ...inCity('Västerås', 'Västerås', ['723', '724', '725'], '021', [
    'Bäckby',
    'Råby',
    'Skallberget',
  ]),
  ...inCity('Borås', 'Borås', ['504', '506', '507'], '033', ['Norrby', 'Hässleholmen']),
  ...inCity('Jönköping', 'Jönköping', ['553', '554', '556'], '036', ['Råslätt', 'Öxnehaga']),
  ...inCity('Norrköping', 'Norrköping', ['602', '603', '605'], '011', [
    'Navestad',
    'Hageby',
    'Klockaretorpet',
  ]),
  ...inCity('Helsingborg', 'Helsingborg', ['252', '254', '256'], '042', ['Drottninghög', 'Dalhem']),
  ...inCity('Luleå', 'Luleå', ['972', '973', '975'], '0920', ['Hertsön', 'Svartöstaden']),
  ...inCity('Sundsvall', 'Sundsvall', ['853', '856'], '060', ['Nacksta', 'Skönsberg']),
  ...inCity('Gävle', 'Gävle', ['802', '803', '806'], '026', ['Sätra', 'Andersberg']),
  ...inCity('Karlstad', 'Karlstad', ['652', '653', '656'], '054', ['Kronoparken', 'Rud']),
  ...inCity('Växjö', 'Växjö', ['352', '355'], '0470', ['Araby', 'Dalbo']),
  ...inCity('Halmstad', 'Halmstad', ['302', '305'], '035', ['Vallås', 'Linehed']),
  ...inCity('Östersund', 'Östersund', ['831', '832'], '063', ['Odenslund', 'Lugnvik']),
];

export const STREET_NAMES: readonly string[] = [
  'Storgatan',
  'Kyrkogatan',
  'Skolgatan',
  'Drottninggatan',
  'Kungsgatan',
  'Allégatan',
  'Järnvägsgatan',
  'Nygatan',
  'Parkgatan',
  'Torggatan',
  'Björkvägen',
  'Ekvägen',
  'Lönnvägen',
  'Tallstigen',
  'Rönnvägen',
  'Hasselgången',
  'Almvägen',
  'Linnégatan',
  'Bergsgatan',
  'Ängsvägen',
  'Åkervägen',
  'Ängsgården',
  'Östra Hamngatan',
  'Västra Långgatan',
  'Södra Vägen',
  'Norra Allén',
  'Solrosgatan',
  'Blåklintsvägen',
  'Smörslottsgatan',
  'Hammarkullsgatan',
  'Önneredsvägen',
  'Vårväderstorget',
  'Trädgårdsgatan',
  'Mölndalsvägen',
  'Fiskaregatan',
  'Bryggaregatan',
  'Kvarngatan',
  'Glasmästaregatan',
];

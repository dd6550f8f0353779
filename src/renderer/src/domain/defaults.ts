import type { CallOutcomeOption, SettingsValues, Thresholds } from './entities';

/** Defaults from domain.md; every one of them is a setting the municipality can change. */
export const DEFAULT_THRESHOLDS: Thresholds = {
  internalDirectProcurementLimit: 100_000,
  legalDirectProcurementLimit: 700_000,
  documentationDutyLimit: 100_000,
};

export const DEFAULT_CALL_OUTCOMES: CallOutcomeOption[] = [
  { id: 'talade_med', label: 'Talade med', isActive: true },
  { id: 'inget_svar', label: 'Inget svar', isActive: true },
  { id: 'lamnade_meddelande', label: 'Lämnade meddelande', isActive: true },
  { id: 'fel_nummer', label: 'Fel nummer', isActive: true },
  { id: 'annat', label: 'Annat', isActive: true },
];

export const DEFAULT_SETTINGS: SettingsValues = {
  thresholds: DEFAULT_THRESHOLDS,
  callOutcomes: DEFAULT_CALL_OUTCOMES,
  defaultNoteKind: 'tjansteanteckning',
  currentNavigatorId: null,
  language: 'sv',
};

export type PriorityAreaDefault = {
  id: string;
  name: string;
  description: string;
  keywords: string[];
};

/** The Västra Göteborg example areas, seeded on first start with stable ids. */
export const DEFAULT_PRIORITY_AREAS: PriorityAreaDefault[] = [
  {
    id: 'pa-barn',
    name: 'Barn',
    description: 'Barn och unga, förskola, familj och fritid.',
    keywords: ['barn', 'förskol', 'ungdom', 'unga', 'familj', 'fritid', 'läxhjälp', 'elev'],
  },
  {
    id: 'pa-utbildning',
    name: 'Utbildning',
    description: 'Skola, vuxenutbildning, språk och folkbildning.',
    keywords: ['utbildning', 'skol', 'språk', 'svenska', 'kurs', 'studie', 'folkbildning', 'läs'],
  },
  {
    id: 'pa-arbete',
    name: 'Förutsättningar för arbete',
    description: 'Arbetsmarknad, praktik, arbetsträning och socialt företagande.',
    keywords: [
      'arbete',
      'jobb',
      'praktik',
      'arbetsträn',
      'anställ',
      'sysselsättning',
      'kooperativ',
      'företag',
    ],
  },
  {
    id: 'pa-halsa',
    name: 'Hälsa/hållbarhet',
    description: 'Folkhälsa, äldre, rörelse, miljö och hållbar utveckling.',
    keywords: [
      'hälsa',
      'äldre',
      'motion',
      'rörelse',
      'miljö',
      'hållbar',
      'cykel',
      'mat',
      'ensam',
      'trygg',
    ],
  },
];

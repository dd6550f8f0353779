import {
  CALL_DIRECTIONS,
  IDEA_REGISTRATIONS,
  INQUIRY_STAGES,
  LEGAL_FORMS,
  type CallDirection,
  type IdeaRegistration,
  type InquiryStage,
  type LegalForm,
} from '../../../domain/entities';
import { headerKey } from './headerMatching';

/**
 * Values of choice fields are matched by their stored code, by the label the app shows (passed in
 * from the UI's Swedish and English texts) and by common spreadsheet spellings ("Ek. för.", "AB").
 */
export type ChoiceLabels = {
  legalForm: Partial<Record<LegalForm, string[]>>;
  stage: Partial<Record<InquiryStage, string[]>>;
  direction: Partial<Record<CallDirection, string[]>>;
};

const COMMON: ChoiceLabels = {
  legalForm: {
    ideell_forening: ['ideell förening', 'ideell', 'förening', 'if'],
    ekonomisk_forening: ['ekonomisk förening', 'ek för', 'ek. för.', 'kooperativ', 'ef'],
    stiftelse: ['stiftelse'],
    trossamfund: ['trossamfund', 'registrerat trossamfund', 'församling'],
    aktiebolag: ['aktiebolag', 'ab', 'socialt företag'],
    annan: ['annan', 'annat', 'övrigt'],
    ej_registrerad: ['ej registrerad', 'oregistrerad', 'nystartad', 'saknas'],
  },
  stage: {
    inkommet: ['inkommet', 'ny', 'nytt', 'mottaget'],
    matchning: ['matchning'],
    overlamning: ['överlämning', 'överlämnat'],
    uppfoljning: ['uppföljning'],
    avslutat: ['avslutat', 'avslutad', 'stängt', 'klart'],
  },
  direction: {
    inkommande: ['inkommande', 'in', 'inkommit'],
    utgaende: ['utgående', 'ut', 'ringde upp'],
  },
};

/** A lookup from folded text to a value, built once per import. */
export type ChoiceLookup = {
  legalForm: Map<string, LegalForm>;
  stage: Map<string, InquiryStage>;
  direction: Map<string, CallDirection>;
  ideaRegistration: Map<string, IdeaRegistration>;
  priorityArea: Map<string, string>;
};

/** A label and its parts: "Ekonomisk förening/kooperativ" also as "ekonomisk förening", "kooperativ". */
function variants(label: string): string[] {
  const withoutNote = label.replace(/\(.*?\)/g, '');
  return [label, withoutNote, ...withoutNote.split('/')].map(headerKey).filter((key) => key !== '');
}

function lookup<T extends string>(
  values: readonly T[],
  ...labelSets: Partial<Record<T, string[]>>[]
): Map<string, T> {
  const map = new Map<string, T>();
  for (const value of values) {
    for (const key of variants(value)) map.set(key, value);
    for (const labels of labelSets) {
      for (const label of labels[value] ?? []) {
        for (const key of variants(label)) if (!map.has(key)) map.set(key, value);
      }
    }
  }
  return map;
}

export function buildChoiceLookup(
  labels: ChoiceLabels,
  priorityAreas: { id: string; name: string }[],
): ChoiceLookup {
  return {
    legalForm: lookup(LEGAL_FORMS, labels.legalForm, COMMON.legalForm),
    stage: lookup(INQUIRY_STAGES, labels.stage, COMMON.stage),
    direction: lookup(CALL_DIRECTIONS, labels.direction, COMMON.direction),
    ideaRegistration: lookup(IDEA_REGISTRATIONS, {
      yes: ['ja', 'j', 'x', '1', 'sant', 'true', 'registrerad'],
      no: ['nej', 'n', '0', 'falskt', 'false'],
      unknown: ['vet ej', 'okänt', 'oklart', '?'],
    }),
    priorityArea: new Map(priorityAreas.map((area) => [headerKey(area.name), area.id])),
  };
}

/** The value a cell names, or null when it names none. */
export function matchChoice<T>(map: Map<string, T>, text: string): T | null {
  return map.get(headerKey(text)) ?? null;
}

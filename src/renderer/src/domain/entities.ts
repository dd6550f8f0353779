/**
 * The stored records of Lotsbok: the whole domain of ../../../shared/domain.md, including the parts
 * later screens build on. Plain types; dates are ISO strings (timestamps `yyyy-MM-ddTHH:mm:ss.sssZ`,
 * calendar dates `yyyy-MM-dd`).
 */

export type IsoTimestamp = string;
export type IsoDate = string;

export type Timestamps = { createdAt: IsoTimestamp; updatedAt: IsoTimestamp };

/** Records are archived, never hard-deleted (public records rules); only gallring removes. */
export type RecordStatus = 'active' | 'archived';

export const LEGAL_FORMS = [
  'ideell_forening',
  'ekonomisk_forening',
  'stiftelse',
  'trossamfund',
  'aktiebolag',
  'annan',
  'ej_registrerad',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const IDEA_REGISTRATIONS = ['yes', 'no', 'unknown'] as const;
/** Registered at Kammarkollegiet as idéburen organisation (Lag 2022:900). */
export type IdeaRegistration = (typeof IDEA_REGISTRATIONS)[number];

export type NavigatorEntity = Timestamps & {
  id: string;
  name: string;
  initials: string;
  isActive: boolean;
};

export type Address = { street: string; postalCode: string; city: string };

export type OrganisationEntity = Timestamps & {
  id: string;
  name: string;
  /** Swedish collation key (see domain/swedishText.ts) so an index sorts Å Ä Ö after Z. */
  nameKey: string;
  /** Normalised words of the name, a multi-entry index for prefix search. */
  searchWords: string[];
  /** Normalised `NNNNNN-NNNN`, or null for groups without one. */
  orgNumber: string | null;
  legalForm: LegalForm;
  ideaRegistration: IdeaRegistration;
  address: Address;
  district: string;
  municipality: string;
  phone: string;
  /** Digits of the phone number, indexed for search by number. */
  phoneDigits: string;
  email: string;
  website: string;
  tags: string[];
  note: string;
  status: RecordStatus;
  /** Set by logging a call; null when never contacted. */
  lastContactedAt: IsoTimestamp | null;
  createdBy: NavigatorEntity['id'] | null;
};

export type ContactPersonEntity = Timestamps & {
  id: string;
  organisationId: OrganisationEntity['id'];
  name: string;
  nameKey: string;
  role: string;
  phone: string;
  phoneDigits: string;
  email: string;
  note: string;
  isPrimary: boolean;
  status: RecordStatus;
};

export const INQUIRY_STAGES = [
  'inkommet',
  'matchning',
  'overlamning',
  'uppfoljning',
  'avslutat',
] as const;
export type InquiryStage = (typeof INQUIRY_STAGES)[number];

export const INQUIRY_CHANNELS = ['telefon', 'epost', 'mote', 'besok', 'remiss'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

export const INITIATIVE_SOURCES = ['organisation', 'kommun'] as const;
export type InitiativeSource = (typeof INITIATIVE_SOURCES)[number];

export const HANDOFF_PATHS = [
  'direktupphandling',
  'iop',
  'foreningsbidrag',
  'hanvisning',
  'avslutat',
] as const;
export type HandoffPath = (typeof HANDOFF_PATHS)[number];

export type Thresholds = {
  /** The municipality's internal limit for direct procurement (kr). */
  internalDirectProcurementLimit: number;
  /** LOU 19 a kap. 2 § limit for direct procurement (kr). */
  legalDirectProcurementLimit: number;
  /** Above this, direct procurement must be documented (LOU 19 a kap. 11 §). */
  documentationDutyLimit: number;
};

export const ANSWERS_LIST = ['ja', 'nej', 'oklart'] as const;
export type Answer = (typeof ANSWERS_LIST)[number];

export type IopCriterionId =
  | 'initiativFranOrganisationen'
  | 'marknadFinns'
  | 'badaParterBidrar'
  | 'gemensamtMal'
  | 'langsiktigt'
  | 'organisationenSjalvstandig'
  | 'inteForeningsbidrag'
  | 'statsstodBeaktat';

export type IopChecklistItem = { criterion: IopCriterionId; answer: Answer; comment: string };

export type PriorityMatch = {
  priorityAreaId: PriorityAreaEntity['id'];
  rationale: string;
  /** True when the user accepted an automatic suggestion. */
  fromSuggestion: boolean;
};

export type Handoff = {
  path: HandoffPath;
  decidedAt: IsoDate;
  decidedBy: string;
  rationale: string;
  unitId: UnitEntity['id'] | null;
  unitContact: string;
  /** The limits in force when the decision was made; later setting changes never rewrite them. */
  thresholdsAtDecision: Thresholds;
  reservedProcurement: boolean;
  iopChecklist: IopChecklistItem[];
  riskComment: string;
  closeReason: string;
};

export const HANDOFF_OUTCOMES = [
  'mottaget',
  'aterlamnat',
  'avtal_tecknat',
  'ej_genomfort',
] as const;
export type HandoffOutcomeKind = (typeof HANDOFF_OUTCOMES)[number];

export type HandoffOutcome = {
  kind: HandoffOutcomeKind;
  decidedAt: IsoDate;
  agreementValue: number | null;
  agreementStart: IsoDate | null;
  agreementEnd: IsoDate | null;
  signedAt: IsoDate | null;
  note: string;
};

export type InquiryEntity = Timestamps & {
  id: string;
  organisationId: OrganisationEntity['id'];
  contactPersonId: ContactPersonEntity['id'] | null;
  title: string;
  offer: string;
  targetGroup: string;
  initiative: InitiativeSource;
  channel: InquiryChannel;
  estimatedYearlyValue: number | null;
  diarienummer: string;
  responsibleNavigatorId: NavigatorEntity['id'] | null;
  stage: InquiryStage;
  matches: PriorityMatch[];
  /** Normalised words of title, target group and diarienummer (see inquirySearchWords.ts). */
  searchWords: string[];
  /** Mirror of matches[].priorityAreaId for the multi-entry index. */
  priorityAreaIds: PriorityAreaEntity['id'][];
  unitId: UnitEntity['id'] | null;
  handoff: Handoff | null;
  /** Mirror of handoff.path for the index; '' before handoff. */
  handoffPath: HandoffPath | '';
  outcome: HandoffOutcome | null;
  receivedAt: IsoTimestamp;
  closedAt: IsoTimestamp | null;
};

export const CALL_DIRECTIONS = ['inkommande', 'utgaende'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const NOTE_KINDS = ['tjansteanteckning', 'minnesanteckning'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export type CallEntity = Timestamps & {
  id: string;
  organisationId: OrganisationEntity['id'];
  contactPersonId: ContactPersonEntity['id'] | null;
  inquiryId: InquiryEntity['id'] | null;
  navigatorId: NavigatorEntity['id'] | null;
  occurredAt: IsoTimestamp;
  direction: CallDirection;
  durationMinutes: number;
  /** An id from the call outcomes setting (e.g. 'talade_med'). */
  outcome: string;
  summary: string;
  noteKind: NoteKind;
};

export const FOLLOW_UP_STATUSES = ['open', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export type FollowUpEntity = Timestamps & {
  id: string;
  organisationId: OrganisationEntity['id'];
  inquiryId: InquiryEntity['id'] | null;
  callId: CallEntity['id'] | null;
  navigatorId: NavigatorEntity['id'] | null;
  dueDate: IsoDate;
  nextStep: string;
  status: FollowUpStatus;
  doneAt: IsoTimestamp | null;
};

export type PriorityAreaEntity = Timestamps & {
  id: string;
  name: string;
  description: string;
  /** Swedish words or stems that suggest this area from an inquiry's text. */
  keywords: string[];
  isActive: boolean;
  order: number;
};

export type UnitEntity = Timestamps & {
  id: string;
  name: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  isActive: boolean;
};

export const ENTITY_TYPES = [
  'organisation',
  'contactPerson',
  'inquiry',
  'call',
  'followUp',
  'priorityArea',
  'unit',
  'navigator',
  'settings',
  'dataset',
  'brief',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type FieldChange = { field: string; from: unknown; to: unknown };

export const EVENT_KINDS = [
  'created',
  'updated',
  'archived',
  'restored',
  'stageChanged',
  'decision',
  'deleted',
  'imported',
  'seeded',
  /** A navigator chose between two machines' values; the value not chosen is in `changes`. */
  'conflictResolved',
  /** Two registrations of one organisation became one; `changes` has the old id and filled fields. */
  'merged',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** One line of the timeline and the audit log: who did what, when, and what changed. */
export type EventEntity = {
  id: string;
  at: IsoTimestamp;
  navigatorId: NavigatorEntity['id'] | null;
  entityType: EntityType;
  entityId: string;
  organisationId: OrganisationEntity['id'] | null;
  inquiryId: InquiryEntity['id'] | null;
  kind: EventKind;
  changes: FieldChange[];
  summary: string;
};

export type CallOutcomeOption = { id: string; label: string; isActive: boolean };

export type SettingsValues = {
  thresholds: Thresholds;
  callOutcomes: CallOutcomeOption[];
  defaultNoteKind: NoteKind;
  currentNavigatorId: NavigatorEntity['id'] | null;
  language: 'sv' | 'en';
  /** When the last backup (manual or automatic) was written; absent when never. */
  lastBackupAt?: IsoTimestamp | null;
  /** How many automatic backups the desktop host keeps; absent means the default (10). */
  automaticBackupKeep?: number;
};

export type SettingKey = keyof SettingsValues;

export type SettingEntity<K extends SettingKey = SettingKey> = {
  key: K;
  value: SettingsValues[K];
  updatedAt: IsoTimestamp;
};

/** Unsaved form input, kept so nothing typed is lost when the window closes. */
export type DraftEntity = { key: string; value: unknown; updatedAt: IsoTimestamp };

/** A named filter/sort of a list ("Mina öppna"), kept per machine and shared by export later. */
export type SavedViewEntity = Timestamps & {
  id: string;
  scope: 'inquiries';
  name: string;
  /** The list query as the list's own type; checked when loaded. */
  query: unknown;
  createdBy: NavigatorEntity['id'] | null;
};

import type {
  CallDirection,
  HandoffOutcomeKind,
  HandoffPath,
  IdeaRegistration,
  InitiativeSource,
  InquiryChannel,
  InquiryStage,
  LegalForm,
  NoteKind,
  RecordStatus,
} from '../../../domain/entities';
import type { IopRiskTexts } from '../../inquiries/model/iopRiskText';

/**
 * The words an export writes instead of ids and codes (stage "Matchning", not "matchning"), in
 * the user's language; built by the feature from i18n and the stored lists.
 */
export type ExportLabels = {
  stages: Record<InquiryStage, string>;
  paths: Record<HandoffPath, string>;
  channels: Record<InquiryChannel, string>;
  initiatives: Record<InitiativeSource, string>;
  outcomeKinds: Record<HandoffOutcomeKind, string>;
  legalForms: Record<LegalForm, string>;
  ideaRegistrations: Record<IdeaRegistration, string>;
  statuses: Record<RecordStatus, string>;
  directions: Record<CallDirection, string>;
  noteKinds: Record<NoteKind, string>;
  followUpStatuses: { open: string; done: string };
  yesNo: { yes: string; no: string };
  /** The risk sentences of a flagged IOP (criterion → answer → sentence). */
  iopRisks: IopRiskTexts;
  /** Call outcome ids (a setting) to their labels. */
  callOutcomes: ReadonlyMap<string, string>;
  areaNames: ReadonlyMap<string, string>;
  unitNames: ReadonlyMap<string, string>;
  navigatorNames: ReadonlyMap<string, string>;
};

/** A name for an optional id: '' when none, the id itself when the record is gone. */
export function nameOf(names: ReadonlyMap<string, string>, id: string | null): string {
  if (!id) return '';
  return names.get(id) ?? id;
}

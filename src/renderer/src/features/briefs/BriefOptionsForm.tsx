import { useTranslation } from 'react-i18next';
import {
  BRIEF_SECTIONS,
  BRIEF_TEXT_SECTIONS,
  INCLUDE_PRIVATE_NOTES,
  isSectionIncluded,
} from './model/briefSections';
import { TextAreaField, TextField } from '../../ui/Field';
import type { BriefDraft } from './briefDraft';
import { InquiryChooser } from './InquiryChooser';
import { OrganisationChooser } from './OrganisationChooser';

export type BriefOptionsFormProps = {
  draft: BriefDraft;
  onChange: (patch: Partial<BriefDraft>) => void;
  /** A fastställd brief is read-only. */
  isDisabled: boolean;
  periodError?: string;
};

/** The editor's choices: title, meeting or period, what it is about, sections and free text. */
export function BriefOptionsForm({
  draft,
  onChange,
  isDisabled,
  periodError,
}: BriefOptionsFormProps) {
  const { t } = useTranslation();
  const setSection = (id: string, isOn: boolean) =>
    onChange({ sections: { ...draft.sections, [id]: isOn } });
  const setText = (id: string, text: string) => onChange({ texts: { ...draft.texts, [id]: text } });
  const isMeeting = draft.kind !== 'management';

  return (
    <div className="brief-form">
      {draft.kind === 'organisation' ? (
        <OrganisationChooser
          organisationId={draft.organisationId}
          onChange={(organisationId) => onChange({ organisationId })}
          isDisabled={isDisabled}
        />
      ) : null}
      <TextField
        label={t('briefs.fields.title')}
        hint={t('briefs.fields.titleHint')}
        value={draft.title}
        disabled={isDisabled}
        onChange={(event) => onChange({ title: event.target.value })}
      />
      {isMeeting ? (
        <div className="brief-form__pair">
          <TextField
            label={t('briefs.fields.meetingDate')}
            type="date"
            value={draft.meetingDate ?? ''}
            disabled={isDisabled}
            onChange={(event) => onChange({ meetingDate: event.target.value || null })}
          />
          <TextField
            label={t('briefs.fields.place')}
            value={draft.place}
            disabled={isDisabled}
            onChange={(event) => onChange({ place: event.target.value })}
          />
        </div>
      ) : (
        <div className="brief-form__pair">
          <TextField
            label={t('briefs.fields.periodStart')}
            type="date"
            value={draft.periodStart ?? ''}
            disabled={isDisabled}
            error={periodError}
            onChange={(event) => onChange({ periodStart: event.target.value || null })}
          />
          <TextField
            label={t('briefs.fields.periodEnd')}
            type="date"
            value={draft.periodEnd ?? ''}
            disabled={isDisabled}
            onChange={(event) => onChange({ periodEnd: event.target.value || null })}
          />
        </div>
      )}
      {isMeeting ? (
        <TextAreaField
          label={t('briefs.fields.participants')}
          hint={t('briefs.fields.participantsHint')}
          rows={2}
          value={draft.participants}
          disabled={isDisabled}
          onChange={(event) => onChange({ participants: event.target.value })}
        />
      ) : null}
      {draft.kind === 'agenda' ? (
        <InquiryChooser
          inquiryIds={draft.inquiryIds}
          onChange={(inquiryIds) => onChange({ inquiryIds })}
          isDisabled={isDisabled}
        />
      ) : null}
      {BRIEF_TEXT_SECTIONS[draft.kind].map((id) => (
        <TextAreaField
          key={id}
          label={t(`briefs.sectionNames.${id}`)}
          hint={t('briefs.fields.textHint')}
          rows={5}
          value={draft.texts[id] ?? ''}
          disabled={isDisabled}
          onChange={(event) => setText(id, event.target.value)}
        />
      ))}
      <fieldset className="brief-form__sections" disabled={isDisabled}>
        <legend>{t('briefs.fields.sections')}</legend>
        {BRIEF_SECTIONS[draft.kind].map((id) => (
          <label key={id} className="checkbox">
            <input
              type="checkbox"
              checked={isSectionIncluded(draft.sections, id)}
              onChange={(event) => setSection(id, event.target.checked)}
            />
            {t(`briefs.sectionNames.${id}`)}
          </label>
        ))}
        {draft.kind === 'organisation' ? (
          <label className="checkbox brief-form__private">
            <input
              type="checkbox"
              checked={isSectionIncluded(draft.sections, INCLUDE_PRIVATE_NOTES)}
              onChange={(event) => setSection(INCLUDE_PRIVATE_NOTES, event.target.checked)}
            />
            {t('briefs.fields.includePrivateNotes')}
          </label>
        ) : null}
      </fieldset>
    </div>
  );
}

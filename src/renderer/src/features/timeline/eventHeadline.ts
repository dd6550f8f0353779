import {
  HANDOFF_OUTCOMES,
  HANDOFF_PATHS,
  INQUIRY_STAGES,
  type EventEntity,
} from '../../domain/entities';
import { DELETED_FIELD } from '../../domain/syncRecords';

/** The parts of i18next the headline needs (a plain function in tests). */
export type Translate = {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
};

/**
 * How one event reads in the history. Swedish participles agree with the noun (organisation
 * skapad, ärende skapat, samtal loggat), so each entity may have its own phrase; a stage move names
 * both stages, and a decision names what was decided. `detail` is the event's own text.
 */
export type EventHeadline = {
  headline: string;
  /** Shown after the headline on the same line (": text"). */
  text: string;
  /** Shown on a line of its own. */
  detail: string;
};

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null =>
  list.find((item) => item === value) ?? null;

const changeOf = (event: EventEntity, field: string) =>
  event.changes.find((change) => change.field === field);

const fieldOf = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : null;

function stageMove(event: EventEntity) {
  const stage = changeOf(event, 'stage');
  const from = oneOf(INQUIRY_STAGES, stage?.from);
  const to = oneOf(INQUIRY_STAGES, stage?.to);
  return event.entityType === 'inquiry' && from && to ? { from, to } : null;
}

/** The decided thing, as a headline; null when the event says nothing we can name. */
function specialHeadline(event: EventEntity, { t }: Translate): string | null {
  if (event.entityType !== 'inquiry') return null;
  if (event.kind === 'stageChanged' || event.kind === 'decision') {
    const moved = stageMove(event);
    const path = oneOf(HANDOFF_PATHS, fieldOf(changeOf(event, 'handoff')?.to, 'path'));
    const outcome = oneOf(HANDOFF_OUTCOMES, fieldOf(changeOf(event, 'outcome')?.to, 'kind'));
    if (event.kind === 'decision' && path)
      return t('events.handoffDecision', { path: t(`inquiry.handoff.paths.${path}`) });
    if (event.kind === 'decision' && outcome)
      return t('events.outcomeDecision', { outcome: t(`inquiry.outcome.kinds.${outcome}`) });
    if (event.kind === 'stageChanged' && moved)
      return t('events.stageFromTo', {
        from: t(`inquiry.stages.${moved.from}`),
        to: t(`inquiry.stages.${moved.to}`),
      });
  }
  return null;
}

export function eventHeadline(event: EventEntity, translate: Translate): EventHeadline {
  // A brief's decision (fastställt / upplåst) already says it all in its summary.
  if (event.entityType === 'brief' && event.kind === 'decision' && event.summary)
    return { headline: event.summary, text: '', detail: '' };
  if (event.kind === 'conflictResolved') return conflictHeadline(event, translate);
  const special = specialHeadline(event, translate);
  // The inquiry's title (the default summary) or the decision's rationale goes on its own line.
  if (special) return { headline: special, text: '', detail: event.summary };
  const { t, exists } = translate;
  // A save that also moved the inquiry (matching: inkommet → matchning) names both steps.
  const moved = event.kind === 'updated' ? stageMove(event) : null;
  const detail = moved
    ? t('events.stageMoved', {
        from: t(`inquiry.stages.${moved.from}`),
        to: t(`inquiry.stages.${moved.to}`),
      })
    : '';
  const phraseKey = `events.phrases.${event.entityType}.${event.kind}`;
  const phrase = exists(phraseKey)
    ? t(phraseKey)
    : `${t(`events.entity.${event.entityType}`)} ${t(`events.${event.kind}`).toLocaleLowerCase('sv-SE')}`;
  return { headline: phrase, text: event.summary, detail };
}

const valueText = (value: unknown, t: Translate['t']): string =>
  value === null || value === undefined || value === ''
    ? t('team.conflicts.emptyValue')
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** "Konflikt löst: anteckning" with the value not chosen on its own line, so it is never lost. */
function conflictHeadline(event: EventEntity, { t, exists }: Translate): EventHeadline {
  const label = (field: string) =>
    field === DELETED_FIELD
      ? t('team.conflicts.deletedField')
      : exists(`fields.${field}`)
        ? t(`fields.${field}`)
        : field;
  return {
    headline: t('events.conflictResolved'),
    text: event.changes.map((change) => label(change.field)).join(', '),
    detail: event.changes
      .map((change) =>
        t('events.notChosen', { field: label(change.field), value: valueText(change.from, t) }),
      )
      .join(' · '),
  };
}

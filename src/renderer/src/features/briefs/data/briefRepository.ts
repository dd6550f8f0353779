import type { BriefEntity } from '../../../domain/brief';
import type { BriefContent } from '../model/briefContent';
import { briefInputProblem, briefInputSchema } from '../model/briefInput';
import { DomainError } from '../../../domain/domainError';
import type { EntityType } from '../../../domain/entities';
import { fieldChanges } from '../../../domain/fieldChanges';
import { nowIso } from '../../../lib/dates';
import { newId } from '../../../lib/ids';
import { db } from '../../../db/db';
import { recordEvent } from '../../../db/eventRepository';

type ActorId = string | null;

/** Saving, freezing and unlocking a brief are events of their own in the audit log. */
const BRIEF_EVENT_TYPE = 'brief' satisfies EntityType;

const SAVED_FIELDS = [
  'title',
  'meetingDate',
  'place',
  'participants',
  'organisationId',
  'inquiryIds',
  'periodStart',
  'periodEnd',
  'sections',
  'texts',
] as const satisfies (keyof BriefEntity)[];

async function loadBrief(id: string): Promise<BriefEntity> {
  const brief = await db.briefs.get(id);
  if (!brief) throw new DomainError('notFound');
  return brief;
}

/** Creates (id null) or updates a brief's choices and texts. A fastställd brief cannot change. */
export async function saveBrief(
  id: string | null,
  raw: unknown,
  actorId: ActorId,
): Promise<BriefEntity> {
  const problem = briefInputProblem(raw);
  if (problem) throw new DomainError(`brief.${problem}`);
  const input = briefInputSchema.parse(raw);
  return db.transaction('rw', db.briefs, db.events, async () => {
    const at = nowIso();
    const before = id === null ? null : await loadBrief(id);
    if (before?.frozenAt) throw new DomainError('brief.frozen');
    const brief: BriefEntity = before
      ? { ...before, ...input, kind: before.kind, updatedAt: at }
      : {
          id: newId(),
          ...input,
          frozenAt: null,
          frozenContent: null,
          createdBy: actorId,
          createdAt: at,
          updatedAt: at,
        };
    await db.briefs.put(brief);
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: BRIEF_EVENT_TYPE,
      entityId: brief.id,
      kind: before ? 'updated' : 'created',
      changes: before ? fieldChanges(before, brief, [...SAVED_FIELDS]) : [],
      summary: `Underlag: ${brief.title}`,
    });
    return brief;
  });
}

/** "Fastställ": keeps the content as it is now; the brief no longer follows the data. */
export async function freezeBrief(
  id: string,
  content: BriefContent,
  actorId: ActorId,
): Promise<BriefEntity> {
  return db.transaction('rw', db.briefs, db.events, async () => {
    const before = await loadBrief(id);
    if (before.frozenAt) throw new DomainError('brief.frozen');
    const at = nowIso();
    const brief: BriefEntity = { ...before, frozenAt: at, frozenContent: content, updatedAt: at };
    await db.briefs.put(brief);
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: BRIEF_EVENT_TYPE,
      entityId: id,
      kind: 'decision',
      changes: [{ field: 'frozenAt', from: null, to: at }],
      summary: `Underlag fastställt: ${brief.title}`,
    });
    return brief;
  });
}

/** "Lås upp": the brief regenerates from current data again; the event keeps when and by whom. */
export async function unfreezeBrief(id: string, actorId: ActorId): Promise<BriefEntity> {
  return db.transaction('rw', db.briefs, db.events, async () => {
    const before = await loadBrief(id);
    if (!before.frozenAt) return before;
    const at = nowIso();
    const brief: BriefEntity = { ...before, frozenAt: null, frozenContent: null, updatedAt: at };
    await db.briefs.put(brief);
    await recordEvent({
      at,
      navigatorId: actorId,
      entityType: BRIEF_EVENT_TYPE,
      entityId: id,
      kind: 'decision',
      changes: [{ field: 'frozenAt', from: before.frozenAt, to: null }],
      summary: `Underlag upplåst: ${brief.title}`,
    });
    return brief;
  });
}

/**
 * Removes a saved brief. A fastställd brief is the record of what was presented, so the caller must
 * say it knows (`confirmFrozen`); the event keeps its title, kind and when it was fastställt.
 */
export async function deleteBrief(
  id: string,
  actorId: ActorId,
  { confirmFrozen = false }: { confirmFrozen?: boolean } = {},
): Promise<void> {
  await db.transaction('rw', db.briefs, db.events, async () => {
    const before = await loadBrief(id);
    if (before.frozenAt && !confirmFrozen) throw new DomainError('brief.frozen');
    await db.briefs.delete(id);
    await recordEvent({
      at: nowIso(),
      navigatorId: actorId,
      entityType: BRIEF_EVENT_TYPE,
      entityId: id,
      kind: 'deleted',
      changes: [
        { field: 'title', from: before.title, to: null },
        { field: 'kind', from: before.kind, to: null },
        { field: 'frozenAt', from: before.frozenAt, to: null },
      ],
      summary: `Underlag borttaget: ${before.title}`,
    });
  });
}

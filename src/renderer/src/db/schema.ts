/**
 * Index definitions, one object per schema version; a new version is appended, never edited, and
 * each migration is tested with data written by the version before it.
 *
 * Indexes serve the screens at the stress scale (10 000 organisations, 200 000 calls): lists sort and
 * filter by key-only index reads, then load just the visible rows.
 */
export const SCHEMA_V1 = {
  navigators: 'id, name',
  organisations:
    'id, nameKey, &orgNumber, legalForm, ideaRegistration, *tags, *searchWords, phoneDigits, status, ' +
    '[status+nameKey], [status+createdAt], [status+lastContactedAt], lastContactedAt, createdAt',
  contactPersons: 'id, organisationId, [organisationId+status], nameKey, phoneDigits, email',
  inquiries:
    'id, organisationId, contactPersonId, stage, [stage+updatedAt], responsibleNavigatorId, ' +
    '[responsibleNavigatorId+stage], *priorityAreaIds, unitId, handoffPath, receivedAt, updatedAt, diarienummer',
  calls:
    'id, organisationId, [organisationId+occurredAt], inquiryId, [inquiryId+occurredAt], contactPersonId, ' +
    'navigatorId, [navigatorId+occurredAt], occurredAt',
  followUps:
    'id, organisationId, inquiryId, callId, dueDate, [status+dueDate], [navigatorId+status+dueDate]',
  priorityAreas: 'id, order',
  units: 'id, name',
  events: 'id, at, [entityType+entityId+at], [organisationId+at], [inquiryId+at], navigatorId',
  settings: 'key',
  drafts: 'key, updatedAt',
} as const;

/**
 * v2: inquiries are found by text (a word index, filled in for existing rows by the upgrade), and
 * saved views of the inquiry list get their own table.
 */
export const SCHEMA_V2 = {
  inquiries:
    'id, organisationId, contactPersonId, stage, [stage+updatedAt], responsibleNavigatorId, ' +
    '[responsibleNavigatorId+stage], *priorityAreaIds, unitId, handoffPath, receivedAt, updatedAt, diarienummer, ' +
    '*searchWords',
  savedViews: 'id, scope, name',
} as const;

/**
 * v3: import history (each import undoable as a batch), saved import column mappings, and saved
 * meeting briefs.
 */
export const SCHEMA_V3 = {
  importBatches: 'id, createdAt, status',
  importMappings: 'id, name',
  briefs: 'id, kind, updatedAt, organisationId',
} as const;

/**
 * v4: calls are filtered by direction and outcome through their own [x+occurredAt] ranges, so the
 * Samtal list over a long period reads keys, not 200 000 rows.
 */
export const SCHEMA_V4 = {
  calls:
    'id, organisationId, [organisationId+occurredAt], inquiryId, [inquiryId+occurredAt], contactPersonId, ' +
    'navigatorId, [navigatorId+occurredAt], occurredAt, [direction+occurredAt], [outcome+occurredAt]',
} as const;

/**
 * v5: inquiries by the dates of their handoff decision and signed agreement, so the management
 * summary finds those decided in a period but received before it, whenever they were recorded.
 */
export const SCHEMA_V5 = {
  inquiries:
    'id, organisationId, contactPersonId, stage, [stage+updatedAt], responsibleNavigatorId, ' +
    '[responsibleNavigatorId+stage], *priorityAreaIds, unitId, handoffPath, receivedAt, updatedAt, diarienummer, ' +
    '*searchWords, handoff.decidedAt, outcome.signedAt',
} as const;

/**
 * v6: team replication's machine-local bookkeeping (see db/changeTracking.ts and sync/): the
 * outbox holds local changes not yet on the server, written in the same transaction as the
 * change; syncMeta the server revision each record was last synced at; syncConflicts wait for a
 * navigator's choice; syncState holds the team membership and the pull checkpoint. These tables
 * describe this machine's relation to the server, so backups leave them out.
 */
export const SCHEMA_V6 = {
  syncOutbox: 'key, changedAt',
  syncMeta: 'key',
  syncConflicts: 'key, detectedAt',
  syncState: 'key',
} as const;

export const SYNC_BOOKKEEPING_TABLES: readonly string[] = Object.keys(SCHEMA_V6);

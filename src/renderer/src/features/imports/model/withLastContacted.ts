import type { OrganisationEntity } from '../../../domain/entities';
import type { ImportPlan } from './planImport';

/** "Senast kontaktad" follows the newest imported call, never moving backwards. */
export function withLastContacted(
  plan: ImportPlan,
  existing: OrganisationEntity[],
  at: string,
): ImportPlan {
  const newest = new Map<string, string>();
  for (const call of plan.calls) {
    const current = newest.get(call.organisationId);
    if (!current || call.occurredAt > current) newest.set(call.organisationId, call.occurredAt);
  }
  const apply = (organisation: OrganisationEntity): OrganisationEntity => {
    const latest = newest.get(organisation.id);
    if (!latest || (organisation.lastContactedAt && organisation.lastContactedAt >= latest))
      return organisation;
    return { ...organisation, lastContactedAt: latest };
  };
  plan.organisations = plan.organisations.map(apply);
  plan.updates = plan.updates.map((update) => ({ ...update, after: apply(update.after) }));
  // A stored organisation that only gets a call still needs its clock moved (and undone later).
  const updated = new Set(plan.updates.map((update) => update.after.id));
  for (const organisation of existing) {
    const after = apply(organisation);
    if (after === organisation || updated.has(organisation.id)) continue;
    const change = {
      field: 'lastContactedAt',
      from: organisation.lastContactedAt,
      to: after.lastContactedAt,
    };
    plan.updates.push({
      before: organisation,
      after: { ...after, updatedAt: at },
      changes: [change],
    });
  }
  return plan;
}

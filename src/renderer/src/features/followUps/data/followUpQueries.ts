import type { FollowUpEntity, OrganisationEntity } from '../../../domain/entities';
import { db } from '../../../db/db';

export type DueFollowUp = FollowUpEntity & { organisationName: string };

/**
 * Open follow-ups due up to `until` (overdue ones included), oldest first, for one navigator or
 * everyone; read from the [status+dueDate] / [navigatorId+status+dueDate] indexes.
 */
export async function openFollowUpsDue(
  navigatorId: string | null,
  until: string,
): Promise<DueFollowUp[]> {
  const followUps =
    navigatorId === null
      ? await db.followUps
          .where('[status+dueDate]')
          .between(['open', ''], ['open', until], true, true)
          .toArray()
      : await db.followUps
          .where('[navigatorId+status+dueDate]')
          .between([navigatorId, 'open', ''], [navigatorId, 'open', until], true, true)
          .toArray();
  const organisations = await db.organisations.bulkGet([
    ...new Set(followUps.map((f) => f.organisationId)),
  ]);
  const names = new Map(
    organisations
      .filter((o): o is OrganisationEntity => o !== undefined)
      .map((o) => [o.id, o.name]),
  );
  return followUps
    .map((followUp) => ({
      ...followUp,
      organisationName: names.get(followUp.organisationId) ?? '',
    }))
    .sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        a.organisationName.localeCompare(b.organisationName, 'sv'),
    );
}

export async function followUpsOfOrganisation(organisationId: string): Promise<FollowUpEntity[]> {
  return db.followUps.where('organisationId').equals(organisationId).toArray();
}

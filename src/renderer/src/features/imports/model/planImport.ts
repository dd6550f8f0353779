import type {
  CallEntity,
  ContactPersonEntity,
  FieldChange,
  InquiryEntity,
  OrganisationEntity,
} from '../../../domain/entities';
import { swedishSortKey } from '../../../domain/swedishText';
import { buildCall, buildContactPerson, buildInquiry, buildOrganisation } from './buildEntities';
import type { MappedRow } from './importFields';
import { mergeOrganisation, type DuplicatePolicy } from './mergeOrganisation';
import type { RowConversion, RowProblem } from './rowDraft';
import { withLastContacted } from './withLastContacted';

/** The stored organisations the file's rows may repeat, and their active contact persons' names. */
export type ExistingRecords = {
  organisations: OrganisationEntity[];
  contactNameKeys: Map<string, Set<string>>;
};

export type DuplicateMatch = {
  source: 'database' | 'file';
  by: 'orgNumber' | 'name';
  name: string;
  /** The earlier row of the file, for a duplicate inside the file. */
  row: number | null;
};

export type RowAction = 'create' | 'update' | 'skip' | 'reject';

export type RowPreview = {
  number: number;
  name: string;
  orgNumber: string;
  status: 'new' | 'duplicate' | 'error';
  action: RowAction;
  match: DuplicateMatch | null;
  problems: RowProblem[];
};

export type OrganisationUpdate = {
  before: OrganisationEntity;
  after: OrganisationEntity;
  changes: FieldChange[];
};

export type ImportPlan = {
  previews: RowPreview[];
  organisations: OrganisationEntity[];
  updates: OrganisationUpdate[];
  contactPersons: ContactPersonEntity[];
  inquiries: InquiryEntity[];
  calls: CallEntity[];
  counts: { created: number; updated: number; skipped: number; rejected: number };
};

export type PlanRow = { number: number; mapped: MappedRow; conversion: RowConversion };

export type PlanOptions = {
  policy: DuplicatePolicy;
  actorId: string | null;
  at: string;
  newId: () => string;
};

type Target = { organisation: OrganisationEntity; isNew: boolean; firstRow: number | null };

/**
 * The dry run: classifies every row (new / duplicate / error, and why) and builds every record the
 * import will write. Duplicates match on organisationsnummer, then on the normalised name (unless
 * both carry different numbers), against the database and the rows above.
 */
export function planImport(
  rows: PlanRow[],
  existing: ExistingRecords,
  options: PlanOptions,
): ImportPlan {
  const { policy, actorId, at, newId } = options;
  const stamp = () => ({ id: newId(), at, actorId });
  const byNumber = new Map<string, Target>();
  const byName = new Map<string, Target>();
  const remember = (target: Target) => {
    const { orgNumber, nameKey } = target.organisation;
    if (orgNumber) byNumber.set(orgNumber, target);
    if (!byName.has(nameKey)) byName.set(nameKey, target);
  };
  for (const organisation of existing.organisations)
    remember({ organisation, isNew: false, firstRow: null });

  const plan: ImportPlan = {
    previews: [],
    organisations: [],
    updates: [],
    contactPersons: [],
    inquiries: [],
    calls: [],
    counts: { created: 0, updated: 0, skipped: 0, rejected: 0 },
  };
  const updates = new Map<string, OrganisationUpdate>();
  const newIndex = new Map<string, number>();
  const contactKeys = new Map(existing.contactNameKeys);

  for (const row of rows) {
    const preview: RowPreview = {
      number: row.number,
      name: row.mapped['organisation.name'] ?? '',
      orgNumber: row.mapped['organisation.orgNumber'] ?? '',
      status: 'error',
      action: 'reject',
      match: null,
      problems: [],
    };
    plan.previews.push(preview);
    if (!row.conversion.ok) {
      preview.problems = row.conversion.problems;
      plan.counts.rejected += 1;
      continue;
    }
    const { draft } = row.conversion;
    const fields = draft.organisation;
    const nameKey = swedishSortKey(fields.name);
    const numberMatch = fields.orgNumber ? byNumber.get(fields.orgNumber) : undefined;
    const nameMatch = byName.get(nameKey);
    const nameFits =
      nameMatch &&
      (!fields.orgNumber ||
        !nameMatch.organisation.orgNumber ||
        nameMatch.organisation.orgNumber === fields.orgNumber);
    const target = numberMatch ?? (nameFits ? nameMatch : undefined);

    let organisation: OrganisationEntity;
    if (target) {
      preview.status = 'duplicate';
      preview.match = {
        source: target.firstRow === null ? 'database' : 'file',
        by: numberMatch ? 'orgNumber' : 'name',
        name: target.organisation.name,
        row: target.firstRow,
      };
      if (policy === 'skip') {
        preview.action = 'skip';
        plan.counts.skipped += 1;
        continue;
      }
      const { after, changes } = mergeOrganisation(
        target.organisation,
        fields,
        row.mapped,
        policy,
        at,
      );
      if (changes.length > 0 && !target.isNew) {
        const previous = updates.get(after.id);
        updates.set(after.id, {
          before: previous?.before ?? target.organisation,
          after,
          changes: [...(previous?.changes ?? []), ...changes],
        });
      }
      if (changes.length > 0 && target.isNew) {
        plan.organisations[newIndex.get(after.id) ?? -1] = after;
      }
      target.organisation = after;
      remember(target);
      organisation = after;
      const addsChildren = Boolean(draft.contact || draft.inquiry || draft.call);
      preview.action = changes.length > 0 || addsChildren ? 'update' : 'skip';
      plan.counts[preview.action === 'update' ? 'updated' : 'skipped'] += 1;
    } else {
      organisation = buildOrganisation(fields, stamp());
      newIndex.set(organisation.id, plan.organisations.length);
      plan.organisations.push(organisation);
      remember({ organisation, isNew: true, firstRow: row.number });
      preview.status = 'new';
      preview.action = 'create';
      plan.counts.created += 1;
    }

    let contactId: string | null = null;
    if (draft.contact) {
      const keys = contactKeys.get(organisation.id) ?? new Set<string>();
      const key = swedishSortKey(draft.contact.name);
      if (!keys.has(key)) {
        const person = buildContactPerson(organisation.id, draft.contact, keys.size === 0, stamp());
        plan.contactPersons.push(person);
        contactId = person.id;
        contactKeys.set(organisation.id, new Set([...keys, key]));
      }
    }
    let inquiryId: string | null = null;
    if (draft.inquiry) {
      const inquiry = buildInquiry(organisation.id, contactId, draft.inquiry, stamp());
      plan.inquiries.push(inquiry);
      inquiryId = inquiry.id;
    }
    if (draft.call)
      plan.calls.push(buildCall(organisation.id, contactId, inquiryId, draft.call, stamp()));
  }
  plan.updates = [...updates.values()];
  return withLastContacted(plan, existing.organisations, at);
}

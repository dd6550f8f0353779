import { convertCall, convertInquiry } from './convertActivities';
import { convertContact, convertOrganisation } from './convertParties';
import type { MappedRow } from './importFields';
import type { ConversionContext, RowConversion, RowProblem } from './rowDraft';

/** One mapped row to what it creates, or every reason it cannot be imported. */
export function convertRow(row: MappedRow, ctx: ConversionContext): RowConversion {
  const problems: RowProblem[] = [];
  const organisation = convertOrganisation(row, ctx, problems);
  const contact = convertContact(row, problems);
  const inquiry = convertInquiry(row, ctx, problems);
  const call = convertCall(row, ctx, problems);
  if (problems.length > 0 || organisation === null) return { ok: false, problems };
  return { ok: true, draft: { organisation, contact, inquiry, call } };
}

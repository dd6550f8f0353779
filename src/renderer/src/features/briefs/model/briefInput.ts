import { z } from 'zod';
import { BRIEF_KINDS, type BriefEntity } from '../../../domain/brief';

/** What the editor saves: the choices and free text of a brief (never its computed content). */
export type BriefInput = Pick<
  BriefEntity,
  | 'kind'
  | 'title'
  | 'meetingDate'
  | 'place'
  | 'participants'
  | 'organisationId'
  | 'inquiryIds'
  | 'periodStart'
  | 'periodEnd'
  | 'sections'
  | 'texts'
>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .nullable();

export const briefInputSchema = z
  .strictObject({
    kind: z.enum(BRIEF_KINDS),
    title: z.string().trim().max(200),
    meetingDate: isoDate,
    place: z.string().trim().max(200),
    participants: z.string().trim().max(2000),
    organisationId: z.string().min(1).nullable(),
    inquiryIds: z.array(z.string().min(1)).max(50),
    periodStart: isoDate,
    periodEnd: isoDate,
    sections: z.record(z.string(), z.boolean()),
    texts: z.record(z.string(), z.string().max(20_000)),
  })
  .superRefine((input, context) => {
    if (input.kind === 'organisation' && input.organisationId === null)
      context.addIssue({
        code: 'custom',
        path: ['organisationId'],
        message: 'organisationRequired',
      });
    if (input.kind === 'management' && (input.periodStart === null || input.periodEnd === null))
      context.addIssue({ code: 'custom', path: ['periodStart'], message: 'periodRequired' });
    if (input.periodStart && input.periodEnd && input.periodEnd < input.periodStart)
      context.addIssue({ code: 'custom', path: ['periodEnd'], message: 'periodInvalid' });
  }) satisfies z.ZodType<BriefInput>;

/** The first problem's code, for a Swedish message (see briefs.errors in i18n). */
export function briefInputProblem(raw: unknown): string | null {
  const parsed = briefInputSchema.safeParse(raw);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return issue?.code === 'custom' ? issue.message : 'invalid';
}

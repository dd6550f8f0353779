import { z } from 'zod';
import {
  AUTOMATIC_BACKUP_REASONS,
  type TeamServerRequest,
  type WriteAutomaticBackupRequest,
} from '@shared/desktopApi';
import type {
  FileFilter,
  OpenFileRequest,
  PrintToPdfRequest,
  SaveFileRequest,
} from '@shared/desktopApi';

// zod's own messages in Swedish, to match the rest of the app's error texts.
z.config(z.locales.sv());

/** Characters Windows, macOS or Linux refuse in a file name; control characters are refused too. */
const FORBIDDEN_NAME_CHARS = '<>:"/\\|?*';
const hasForbiddenChar = (name: string): boolean =>
  [...name].some((char) => FORBIDDEN_NAME_CHARS.includes(char) || char.charCodeAt(0) < 0x20);

const FileNameSchema = z
  .string()
  .trim()
  .min(1, 'filnamnet saknas')
  .max(200, 'filnamnet är för långt (högst 200 tecken)')
  .refine((name) => !hasForbiddenChar(name), 'filnamnet innehåller otillåtna tecken')
  .refine((name) => name !== '.' && name !== '..', 'filnamnet är inte giltigt');

const FileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,10})$/, 'filändelsen är inte giltig'))
    .min(1)
    .max(20),
}) satisfies z.ZodType<FileFilter>;

const FiltersSchema = z.array(FileFilterSchema).max(20);

export const NoInputSchema = z.undefined();

export const SaveFileRequestSchema = z.strictObject({
  suggestedName: FileNameSchema,
  filters: FiltersSchema,
  data: z.union([z.string(), z.instanceof(Uint8Array)], {
    error: 'data måste vara text eller binärdata (Uint8Array)',
  }),
}) satisfies z.ZodType<SaveFileRequest>;

export const OpenFileRequestSchema = z.strictObject({
  filters: FiltersSchema,
}) satisfies z.ZodType<OpenFileRequest>;

export const PrintToPdfRequestSchema = z.strictObject({
  suggestedName: FileNameSchema,
}) satisfies z.ZodType<PrintToPdfRequest>;

export const WriteAutomaticBackupRequestSchema = z.strictObject({
  data: z.string().min(1, 'säkerhetskopian är tom'),
  reason: z.enum(AUTOMATIC_BACKUP_REASONS),
  keep: z.number().int().min(1).max(100),
}) satisfies z.ZodType<WriteAutomaticBackupRequest>;

/** An automatic backup's bare file name as listed; no folders, so no path traversal. */
export const BackupNameSchema = z
  .string()
  .regex(/^lotsbok-[0-9TZ-]+-[a-z]+\.json$/, 'namnet är ingen säkerhetskopia');

export const ServerUrlSchema = z.string().min(1, 'serverns adress saknas').max(500);

/**
 * A request to the team server: a path from the server root (a database and CouchDB's own
 * endpoints; no ".." (nor "%2e%2e"), no scheme, so it can never leave that server), JSON in and
 * out.
 */
export const TeamServerRequestSchema = z.strictObject({
  serverUrl: ServerUrlSchema,
  request: z.strictObject({
    method: z.enum(['GET', 'POST', 'PUT', 'DELETE']),
    path: z
      .string()
      .max(1000)
      .regex(/^\/[A-Za-z0-9_$()+\-/:.%]*$/, 'sökvägen är inte giltig')
      // URL parsing resolves "." and ".." segments, "%2e" spelt ones too ("/%2e%2e/x" leaves a
      // server at https://host/couch for https://host/x), so no segment may be made of dots.
      .refine(
        (path) => !path.split('/').some((segment) => /^(\.|%2e)+$/i.test(segment)),
        'sökvägen är inte giltig',
      ),
    query: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    body: z.unknown().optional(),
    timeoutMs: z.number().int().min(1_000).max(120_000).optional(),
  }),
}) satisfies z.ZodType<TeamServerRequest>;

/** "Ogiltig begäran: suggestedName: filnamnet saknas" — field path first, then zod's (Swedish) text. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

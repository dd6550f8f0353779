import type { PrintToPDFOptions } from 'electron';
import type { z } from 'zod';
import { fail, ok, type Result } from '@shared/result';
import { describeIssues } from './schemas';

/**
 * The part of Electron's IpcMainInvokeEvent the handlers use. Keeping it this narrow lets the tests
 * pass a plain object instead of a faked Electron event.
 */
export type InvokeContext = {
  senderFrame: { url: string } | null;
  sender: { printToPDF: (options: PrintToPDFOptions) => Promise<Uint8Array> };
};

export type IpcHandler<T> = (context: InvokeContext, input: unknown) => Promise<Result<T>>;

/** Validates untrusted renderer input; the error reads "Ogiltig begäran: <fält>: <vad som är fel>". */
export function parseRequest<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success
    ? ok(parsed.data)
    : fail(`Ogiltig begäran: ${describeIssues(parsed.error)}`);
}

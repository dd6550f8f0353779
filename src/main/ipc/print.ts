import { fail, ok } from '@shared/result';
import { writeFileAtomic } from '../fsAtomic';
import { askSavePath, defaultPathFor } from './dialogs';
import { describeError } from './errors';
import { parseRequest, type IpcHandler } from './handler';
import { PrintToPdfRequestSchema } from './schemas';

const withPdfExtension = (name: string): string => (/\.pdf$/i.test(name) ? name : `${name}.pdf`);

/** Prints the page that asked (the renderer's current view) to an A4 PDF the user places. */
export const printToPdf: IpcHandler<string | null> = async (context, input) => {
  const request = parseRequest(PrintToPdfRequestSchema, input);
  if (!request.ok) return request;

  const filePath = await askSavePath({
    title: 'Spara som PDF',
    defaultPath: defaultPathFor(withPdfExtension(request.value.suggestedName)),
    filters: [{ name: 'PDF-dokument', extensions: ['pdf'] }],
  });
  if (filePath === null) return ok(null);

  try {
    // The page's own @page rules (margins, running header, "Sida 1 av 3") decide the layout.
    const pdf = await context.sender.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
    });
    await writeFileAtomic(filePath, pdf);
    return ok(filePath);
  } catch (error) {
    return fail(`Kunde inte skapa PDF-filen: ${describeError(error)}`);
  }
};

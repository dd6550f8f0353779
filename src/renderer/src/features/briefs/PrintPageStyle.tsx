export type PrintPageStyleProps = { header: string; page: string; of: string };

/** A CSS string literal: quotes and backslashes escaped, line breaks removed. */
const cssString = (text: string) =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;

/**
 * The printed page: A4, margins, the organisation's name and date at the top and "Sida 1 av 3"
 * at the bottom, via @page margin boxes (Chromium prints them; the text differs per brief, so it
 * is written here rather than in briefs.css).
 */
export function PrintPageStyle({ header, page, of }: PrintPageStyleProps) {
  const css = `@page {
  size: A4;
  margin: 20mm 18mm 18mm;
  @top-left { content: ${cssString(header)}; font: 9pt system-ui, sans-serif; color: #4b5563; }
  @bottom-right { content: ${cssString(`${page} `)} counter(page) ${cssString(` ${of} `)} counter(pages); font: 9pt system-ui, sans-serif; color: #4b5563; }
}`;
  return <style>{css}</style>;
}

import { foldSwedish } from '../../../domain/swedishText';

/** Words of a list or view name as a file-name slug: "Mina öppna" → "mina-oppna". */
export function fileSlug(text: string): string {
  return foldSwedish(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** "arenden-mina-oppna-2026-11-22.xlsx": what, which view (if any) and when. */
export function exportFileName(
  parts: readonly string[],
  date: string,
  extension: 'csv' | 'xlsx',
): string {
  const slugs = parts.map(fileSlug).filter((slug) => slug.length > 0);
  return `${[...slugs, date].join('-')}.${extension}`;
}

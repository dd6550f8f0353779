import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { BriefContent } from '@renderer/features/briefs/model/briefContent';
import { buildBriefDocx } from '@renderer/features/briefs/model/briefDocx';

/** A 1×1 transparent PNG. */
const PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  ),
  (char) => char.charCodeAt(0),
);

const CONTENT: BriefContent = {
  kind: 'management',
  title: 'Underlag till ledningsgruppen',
  subtitle: ['Period: 1 jan. 2026 – 31 mars 2026'],
  headerName: 'Föreningen Gemenskap',
  headerDate: '10 mars 2026',
  sections: [
    {
      id: 'overview',
      title: 'Nyckeltal',
      blocks: [
        { type: 'facts', items: [{ label: 'Nya ärenden', value: '5' }] },
        { type: 'paragraph', text: 'Fler IOP än förra året.' },
      ],
    },
    {
      id: 'byArea',
      title: 'Nya ärenden per prioriterat område',
      blocks: [
        {
          type: 'chart',
          id: 'byArea',
          chart: 'bar',
          title: 'Per område',
          valueLabel: 'Antal',
          points: [{ label: 'Barn', value: 2 }],
        },
        {
          type: 'table',
          caption: 'Per område',
          columns: ['Prioriterat område', 'Antal'],
          rows: [
            ['Barn', '2'],
            ['Äldre', '7'],
          ],
        },
        {
          type: 'chart',
          id: 'trend',
          chart: 'line',
          title: 'Per månad',
          valueLabel: 'Antal',
          points: [{ label: 'jan. 2026', value: 3 }],
        },
      ],
    },
  ],
};

async function readBack(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /word\/(header|footer)\d*\.xml$/.test(name))
      .map(text),
  );
  return {
    document: await text('word/document.xml'),
    headersAndFooters: headers.join('\n'),
    media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')),
  };
}

describe('brief .docx', () => {
  it('holds real headings, table cells, texts and the chart picture', async () => {
    const bytes = await buildBriefDocx(
      CONTENT,
      { byArea: { data: PNG, width: 600, height: 300 } },
      { page: 'Sida', of: 'av' },
    );
    const { document, media } = await readBack(bytes);
    expect(document).toMatch(/<w:pStyle w:val="Heading1"\/>.*Underlag till ledningsgruppen/s);
    expect(document).toMatch(/<w:pStyle w:val="Heading2"\/>(?:(?!<\/w:p>).)*Nyckeltal/s);
    expect(document).toContain('<w:tbl>');
    expect(document).toContain('Prioriterat område');
    expect(document).toContain('Äldre');
    expect(document).toContain('Fler IOP än förra året.');
    expect(document).toContain('<w:drawing>');
    expect(media).toHaveLength(1);
    // The chart without a picture still gives its figures.
    expect(document).toContain('jan. 2026: 3');
  });

  it('puts the name and date in the header and page numbers in the footer', async () => {
    const bytes = await buildBriefDocx(CONTENT, {}, { page: 'Sida', of: 'av' });
    const { headersAndFooters } = await readBack(bytes);
    expect(headersAndFooters).toContain('Föreningen Gemenskap');
    expect(headersAndFooters).toContain('10 mars 2026');
    expect(headersAndFooters).toContain('PAGE');
    expect(headersAndFooters).toContain('NUMPAGES');
    expect(headersAndFooters).toContain('Sida');
  });
});

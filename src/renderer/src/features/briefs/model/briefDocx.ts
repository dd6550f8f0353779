import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import type { BriefContent } from './briefContent';
import { blockChildren, NUMBERED, type BriefChartImage } from './docxBlocks';

export type { BriefChartImage } from './docxBlocks';

export type BriefDocxTexts = { page: string; of: string };

/** A4 in twips, 20 mm margins. */
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = 1_134;

/** The brief as a Word document: real headings and tables, the charts as pictures, page numbers. */
export function buildBriefDocument(
  content: BriefContent,
  images: Record<string, BriefChartImage>,
  texts: BriefDocxTexts,
): Document {
  const children: FileChild[] = [
    new Paragraph({ text: content.title, heading: HeadingLevel.HEADING_1 }),
    ...content.subtitle.map((line) => new Paragraph({ text: line })),
  ];
  let listIndex = 0;
  for (const section of content.sections) {
    children.push(new Paragraph({ text: section.title, heading: HeadingLevel.HEADING_2 }));
    for (const block of section.blocks) {
      if (block.type === 'list' && block.isNumbered) listIndex += 1;
      children.push(...blockChildren(block, images, listIndex));
    }
  }
  return new Document({
    title: content.title,
    creator: 'Lotsbok',
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: A4.width - 2 * MARGIN }],
                children: [new TextRun(content.headerName), new TextRun(`\t${content.headerDate}`)],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ children: [`${texts.page} `, PageNumber.CURRENT] }),
                  new TextRun({ children: [` ${texts.of} `, PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function buildBriefDocx(
  content: BriefContent,
  images: Record<string, BriefChartImage>,
  texts: BriefDocxTexts,
): Promise<Uint8Array> {
  const buffer = await Packer.toArrayBuffer(buildBriefDocument(content, images, texts));
  return new Uint8Array(buffer);
}

import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { BriefBlock, BriefContent } from './briefContent';

/** A chart rasterised in the browser (the preview's SVG → PNG), keyed by the chart block's id. */
export type BriefChartImage = { data: Uint8Array; width: number; height: number };

export type BriefDocxTexts = { page: string; of: string };

/** A4 in twips, 20 mm margins. */
const A4 = { width: 11_906, height: 16_838 };
const MARGIN = 1_134;
/** The printable width in pixels at 96 dpi (Word's image unit): 170 mm. */
const CONTENT_WIDTH_PX = 642;
const NUMBERED = 'brief-numbered';

const cellParagraph = (text: string, isBold = false) =>
  new Paragraph({ children: [new TextRun({ text, bold: isBold })] });

function table(columns: string[], rows: string[][], hasHeader = true): Table {
  const header = new TableRow({
    tableHeader: true,
    children: columns.map((column) => new TableCell({ children: [cellParagraph(column, true)] })),
  });
  const body = rows.map(
    (row) =>
      new TableRow({
        children: row.map(
          (text, index) =>
            new TableCell({ children: [cellParagraph(text, !hasHeader && index === 0)] }),
        ),
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: hasHeader ? [header, ...body] : body,
  });
}

function chartChildren(
  block: Extract<BriefBlock, { type: 'chart' }>,
  image: BriefChartImage | undefined,
): FileChild[] {
  const title = new Paragraph({ children: [new TextRun({ text: block.title, bold: true })] });
  if (!image) {
    // Without a picture the figures still reach the reader.
    return [
      title,
      ...block.points.map(
        (point) => new Paragraph({ text: `${point.label}: ${point.value}`, bullet: { level: 0 } }),
      ),
    ];
  }
  const scale = Math.min(1, CONTENT_WIDTH_PX / image.width);
  return [
    title,
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: image.data,
          transformation: {
            width: Math.round(image.width * scale),
            height: Math.round(image.height * scale),
          },
          altText: { name: block.title, title: block.title, description: block.title },
        }),
      ],
    }),
  ];
}

function blockChildren(
  block: BriefBlock,
  images: Record<string, BriefChartImage>,
  listIndex: number,
): FileChild[] {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          text: block.text,
          heading: HeadingLevel.HEADING_3,
          pageBreakBefore: block.startsPage === true,
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({ children: [new TextRun({ text: block.text, italics: block.isMuted })] }),
      ];
    case 'list':
      return block.items.map((item) =>
        block.isNumbered
          ? new Paragraph({
              text: item,
              numbering: { reference: NUMBERED, level: 0, instance: listIndex },
            })
          : new Paragraph({ text: item, bullet: { level: 0 } }),
      );
    case 'facts':
      return [
        table(
          ['', ''],
          block.items.map((item) => [item.label, item.value]),
          false,
        ),
        new Paragraph({ text: '' }),
      ];
    case 'table':
      return [table(block.columns, block.rows), new Paragraph({ text: '' })];
    case 'chart':
      return chartChildren(block, images[block.id]);
  }
}

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

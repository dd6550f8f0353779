import {
  HeadingLevel,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
} from 'docx';
import type { BriefBlock } from './briefContent';

/** One block of a brief as Word paragraphs and tables (the document around it: briefDocx.ts). */

/** A chart rasterised in the browser (the preview's SVG → PNG), keyed by the chart block's id. */
export type BriefChartImage = { data: Uint8Array; width: number; height: number };

/** The printable width in pixels at 96 dpi (Word's image unit): 170 mm. */
const CONTENT_WIDTH_PX = 642;
/** The numbering definition numbered lists refer to (defined in briefDocx.ts). */
export const NUMBERED = 'brief-numbered';

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

export function blockChildren(
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

import type { BriefBlock, BriefContent } from './briefContent';

/** Table cells may not hold pipes or line breaks in Markdown. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

function blockToMarkdown(block: BriefBlock): string {
  switch (block.type) {
    case 'heading':
      return `### ${block.text}`;
    case 'paragraph':
      return block.isMuted ? `_${block.text}_` : block.text;
    case 'list':
      return block.items
        .map((item, index) => `${block.isNumbered ? `${index + 1}.` : '-'} ${item}`)
        .join('\n');
    case 'facts':
      return block.items.map((item) => `- **${item.label}:** ${item.value}`).join('\n');
    case 'table':
      return [
        `| ${block.columns.map(cell).join(' | ')} |`,
        `| ${block.columns.map(() => '---').join(' | ')} |`,
        ...block.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
      ].join('\n');
    case 'chart':
      // A chart becomes its figures: Markdown has no pictures of its own.
      return [
        `**${block.title}**`,
        ...block.points.map((point) => `- ${point.label}: ${point.value}`),
      ].join('\n');
  }
}

/** The brief as Markdown, for pasting into e-mail, a wiki or a chat. */
export function briefToMarkdown(content: BriefContent): string {
  const parts = [`# ${content.title}`];
  if (content.subtitle.length > 0) parts.push(content.subtitle.join('  \n'));
  for (const section of content.sections) {
    parts.push(`## ${section.title}`);
    parts.push(...section.blocks.map(blockToMarkdown));
  }
  return `${parts.join('\n\n')}\n`;
}

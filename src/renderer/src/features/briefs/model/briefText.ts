import type { BriefBlock } from './briefContent';

/**
 * The user's free text as document blocks: blank lines separate paragraphs, lines starting with
 * "-" or "*" become a bulleted list.
 */
export function textBlocks(text: string, emptyText: string): BriefBlock[] {
  const blocks: BriefBlock[] = [];
  let paragraph: string[] = [];
  let items: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join(' ') });
    if (items.length > 0) blocks.push({ type: 'list', items });
    paragraph = [];
    items = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const bullet = /^[-*•]\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (bullet) {
      if (paragraph.length > 0) flush();
      items.push(bullet[1] ?? '');
    } else {
      if (items.length > 0) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks.length > 0 ? blocks : [{ type: 'paragraph', text: emptyText, isMuted: true }];
}

import type { BriefKind } from '../../../domain/brief';

/**
 * The one document model every brief is rendered from: the print preview, the .docx and the
 * Markdown all read this, so the three never disagree.
 */

export type BriefFact = { label: string; value: string };

export type BriefChartPoint = { label: string; value: number };

export type BriefBlock =
  | { type: 'heading'; text: string; startsPage?: boolean }
  | { type: 'paragraph'; text: string; isMuted?: boolean }
  | { type: 'list'; items: string[]; isNumbered?: boolean }
  | { type: 'facts'; items: BriefFact[] }
  | { type: 'table'; caption: string; columns: string[]; rows: string[][] }
  | {
      type: 'chart';
      /** Stable id, used to pair the chart with its rasterised PNG in the .docx. */
      id: string;
      chart: 'bar' | 'line';
      title: string;
      valueLabel: string;
      points: BriefChartPoint[];
    };

export type BriefSection = { id: string; title: string; blocks: BriefBlock[] };

export type BriefContent = {
  kind: BriefKind;
  title: string;
  /** Lines under the title: meeting date, period, place. */
  subtitle: string[];
  /** The running header of every page: the organisation's name (or the brief's title)… */
  headerName: string;
  /** …and the brief's date, formatted. */
  headerDate: string;
  sections: BriefSection[];
};

/** Every chart of a brief, in document order. */
export function chartsOf(content: BriefContent): Extract<BriefBlock, { type: 'chart' }>[] {
  return content.sections.flatMap((section) =>
    section.blocks.filter((block) => block.type === 'chart'),
  );
}

/** True when a stored value has the shape of a BriefContent (frozen content is stored as unknown). */
export function isBriefContent(value: unknown): value is BriefContent {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'title' in value &&
    typeof value.title === 'string' &&
    'sections' in value &&
    Array.isArray(value.sections) &&
    'headerName' in value &&
    typeof value.headerName === 'string'
  );
}

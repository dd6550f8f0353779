import type { BriefContent } from './model/briefContent';
import { BriefBlockView } from './BriefBlockView';
import { PrintPageStyle } from './PrintPageStyle';

export type BriefPreviewProps = { content: BriefContent; pageText: { page: string; of: string } };

/**
 * The live print preview: an A4 sheet on screen, and the only thing printed (see briefs.css). The
 * running header and page numbers come from the @page rules PrintPageStyle writes.
 */
export function BriefPreview({ content, pageText }: BriefPreviewProps) {
  return (
    <div className="brief-print">
      <PrintPageStyle
        header={`${content.headerName} · ${content.headerDate}`}
        page={pageText.page}
        of={pageText.of}
      />
      <article className="brief-doc" aria-labelledby="brief-doc-title">
        <header className="brief-doc__running" aria-hidden="true">
          <span>{content.headerName}</span>
          <span>{content.headerDate}</span>
        </header>
        <h2 id="brief-doc-title" className="brief-doc__title">
          {content.title}
        </h2>
        {content.subtitle.map((line) => (
          <p key={line} className="brief-doc__subtitle">
            {line}
          </p>
        ))}
        {content.sections.map((section) => (
          <section key={section.id} className="brief-doc__section" aria-label={section.title}>
            <h3 className="brief-doc__section-title">{section.title}</h3>
            {section.blocks.map((block, index) => (
              <BriefBlockView key={index} block={block} />
            ))}
          </section>
        ))}
      </article>
    </div>
  );
}

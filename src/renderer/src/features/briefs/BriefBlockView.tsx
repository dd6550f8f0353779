import { useTranslation } from 'react-i18next';
import type { BriefBlock } from './model/briefContent';
import { BriefChart } from './BriefChart';

export type BriefBlockViewProps = { block: BriefBlock };

/** One block of the document model, as print-ready HTML. */
export function BriefBlockView({ block }: BriefBlockViewProps) {
  const { t } = useTranslation();
  switch (block.type) {
    case 'heading':
      return (
        <h4 className={block.startsPage ? 'brief-doc__page-start' : undefined}>{block.text}</h4>
      );
    case 'paragraph':
      return <p className={block.isMuted ? 'brief-doc__muted' : undefined}>{block.text}</p>;
    case 'list':
      return block.isNumbered ? (
        <ol>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ol>
      ) : (
        <ul>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'facts':
      return (
        <dl className="brief-doc__facts">
          {block.items.map((item) => (
            <div key={item.label} className="brief-doc__fact">
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <table className="brief-doc__table">
          <caption className="brief-doc__caption">{block.caption}</caption>
          <thead>
            <tr>
              {block.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'chart':
      return (
        <BriefChart
          block={block}
          label={t('briefs.preview.chartLabel', {
            title: block.title,
            figures: block.points.map((point) => `${point.label} ${point.value}`).join(', '),
          })}
        />
      );
  }
}

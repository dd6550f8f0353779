import { Bar, BarChart, CartesianGrid, LabelList, Line, LineChart, XAxis, YAxis } from 'recharts';
import type { BriefBlock } from './model/briefContent';

type ChartBlock = Extract<BriefBlock, { type: 'chart' }>;

export type BriefChartProps = { block: ChartBlock; label: string };

/** Fixed width (CSS px) so the printed chart and the picture in Word look the same. */
export const CHART_WIDTH = 620;
const LINE_HEIGHT = 240;
/** Bars lie down, so long Swedish names ("Förutsättningar för arbete") fit as axis labels. */
const BAR_ROW_HEIGHT = 34;
const INK = '#0f766e';
const FONT = { fontSize: 12, fill: '#1f2933' };

/**
 * One chart of a brief, as SVG. The figure's accessible name carries the figures; the table that
 * follows every chart in the document holds them too.
 */
export function BriefChart({ block, label }: BriefChartProps) {
  const data = block.points.map((point) => ({ name: point.label, value: point.value }));
  return (
    <figure className="brief-chart" data-chart-id={block.id} role="img" aria-label={label}>
      <figcaption className="brief-chart__title">{block.title}</figcaption>
      <div aria-hidden="true">
        {block.chart === 'bar' ? (
          <BarChart
            width={CHART_WIDTH}
            height={data.length * BAR_ROW_HEIGHT + 40}
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 40, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e5e7eb" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={FONT} />
            <YAxis type="category" dataKey="name" tick={FONT} width={190} interval={0} />
            <Bar dataKey="value" name={block.valueLabel} fill={INK} isAnimationActive={false}>
              <LabelList dataKey="value" position="right" style={FONT} />
            </Bar>
          </BarChart>
        ) : (
          <LineChart
            width={CHART_WIDTH}
            height={LINE_HEIGHT}
            data={data}
            margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="name" tick={FONT} minTickGap={12} />
            <YAxis allowDecimals={false} tick={FONT} width={40} />
            <Line
              dataKey="value"
              name={block.valueLabel}
              stroke={INK}
              strokeWidth={2}
              dot={data.length <= 24 ? { r: 3, fill: INK } : false}
              isAnimationActive={false}
            />
          </LineChart>
        )}
      </div>
    </figure>
  );
}

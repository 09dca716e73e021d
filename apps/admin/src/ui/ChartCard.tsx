import { Card, Empty, Skeleton, Typography } from 'antd';
import { useId, type CSSProperties, type ReactNode } from 'react';

/**
 * What ChartCard hands its chart: the drawing is hidden from assistive technology (the table is its text), so it
 * must not take keyboard focus either — recharts' accessibility layer would make the svg a tab stop inside an
 * aria-hidden container, which screen readers then enter without a name.
 */
export interface DecorativeChartProps {
  accessibilityLayer: false;
}

const DECORATIVE_CHART: DecorativeChartProps = { accessibilityLayer: false };

/** The figures behind a chart, read by screen readers instead of the drawing. */
export interface ChartTable {
  columns: readonly string[];
  rows: readonly { key: string; cells: readonly string[] }[];
}

interface ChartCardProps {
  testId: string;
  title: string;
  /** One sentence on what the chart shows; also its accessible description. */
  summary: string;
  table: ChartTable;
  loading: boolean;
  emptyText: string;
  /** Controls next to the title (a filter). */
  extra?: ReactNode;
  /** Draws the chart itself, spreading `chart` on the recharts chart; hidden from assistive technology. */
  children: (chart: DecorativeChartProps) => ReactNode;
}

// Present for screen readers, invisible on screen.
const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/** A titled chart with its loading and empty states and a hidden data table as its text alternative. */
export function ChartCard({
  testId,
  title,
  summary,
  table,
  loading,
  emptyText,
  extra,
  children,
}: ChartCardProps) {
  const titleId = useId();
  const summaryId = useId();
  const isEmpty = !loading && table.rows.length === 0;
  return (
    <Card
      data-testid={testId}
      title={<span id={titleId}>{title}</span>}
      extra={extra}
      style={{ height: '100%' }}
      styles={{ body: { position: 'relative' } }}
    >
      <figure role="group" aria-labelledby={titleId} aria-describedby={summaryId} style={{ margin: 0 }}>
        <Typography.Paragraph id={summaryId} type="secondary" style={{ marginBottom: 12 }}>
          {summary}
        </Typography.Paragraph>
        {loading && <Skeleton active paragraph={{ rows: 6 }} />}
        {isEmpty && <Empty description={emptyText} />}
        {!loading && !isEmpty && <div aria-hidden>{children(DECORATIVE_CHART)}</div>}
        <table style={VISUALLY_HIDDEN}>
          <caption>{title}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) => (
                  <td key={table.columns[index] ?? index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </figure>
    </Card>
  );
}

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import { formatNumber } from '../../components/format-number';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
  /** A second figure shown in the table only (e.g. completions beside hours). */
  extra?: number;
}

interface Props {
  id: string;
  title: string;
  /** Says what the table holds; the chart is hidden from screen readers and the table carries its data. */
  caption: string;
  rows: ChartRow[];
  /** Header of the table's first column. */
  labelHeader: string;
  valueLabel: string;
  extraLabel?: string;
  /** Horizontal bars suit long labels such as names; vertical bars suit months. */
  orientation: 'horizontal' | 'vertical';
  empty: string;
  footer?: ReactNode;
}

/**
 * A bar chart with its data table beside it. The chart is decorative for screen
 * readers (aria-hidden, no keyboard layer); the table, with a caption, is the
 * accessible version of the same numbers.
 */
export function BarChartCard({ id, title, caption, rows, labelHeader, valueLabel, extraLabel, orientation, empty, footer }: Props) {
  const horizontal = orientation === 'horizontal';
  const height = horizontal ? Math.max(160, rows.length * 30 + 40) : 260;
  return (
    <section className="card chart-card" aria-labelledby={id} data-testid={id}>
      <h2 id={id}>{title}</h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="chart-card__body">
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height={height}>
              <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
                <CartesianGrid className="chart__grid" strokeDasharray="3 3" {...(horizontal ? { horizontal: false } : { vertical: false })} />
                {horizontal ? (
                  <>
                    <XAxis type="number" allowDecimals={false} tickLine={false} />
                    <YAxis type="category" dataKey="label" width={150} tickLine={false} interval={0} />
                  </>
                ) : (
                  <>
                    <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" />
                    <YAxis allowDecimals={false} tickLine={false} width={40} />
                  </>
                )}
                <Tooltip cursor={false} formatter={(value) => [formatNumber(Number(value)), valueLabel]} wrapperClassName="chart__tooltip" />
                <Bar dataKey="value" name={valueLabel} className="chart__bar" isAnimationActive={false} maxBarSize={28} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <table className="table chart-card__table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col" className="num">
                  {valueLabel}
                </th>
                {extraLabel ? (
                  <th scope="col" className="num">
                    {extraLabel}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="num">{formatNumber(r.value)}</td>
                  {extraLabel ? <td className="num">{formatNumber(r.extra ?? 0)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {footer}
    </section>
  );
}

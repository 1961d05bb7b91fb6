import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Decimation,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  TimeScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import 'chartjs-adapter-date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import { useLocale } from '../ui/locale';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  TimeScale,
  Tooltip,
  Filler,
  Legend,
  Decimation,
);

/** Past this many points a line is drawn plain (no dots, no curve) and thinned to what the pixels can show. */
const DENSE = 200;
const byX = (a: { x: number | string }, b: { x: number | string }) => Number(a.x) - Number(b.x);

export const PALETTE = ['#0f6e5f', '#c2410c', '#1d4ed8', '#a21caf', '#4d7c0f', '#b45309', '#0e7490', '#be123c'];

export interface Series {
  label: string;
  data: Array<{ x: number | string; y: number }>;
}

export interface ChartProps {
  /** 'points': one dot per value, never joined (per-post values: a line across gaps would read as a trend). */
  type: 'line' | 'bar' | 'points';
  series: Series[];
  /** x values are times (ms) on a time axis, else categories. */
  time?: boolean;
  percent?: boolean;
  label: string;
  /** The y axis's unit, shown as its title ("ER by followers", "posts"). */
  yTitle?: string;
  /** Sample sizes drawn above each bar of the first series ("n = 4"), by index. */
  counts?: readonly number[];
  /** Start the y axis at the data, not at 0 (never for bars). */
  fitY?: boolean;
  /** x values are plain numbers on a linear axis with this title ("hours since posting"). */
  linearX?: string;
  /**
   * Bars across, one per row, labelled on the left (category bars named by account or kind): every
   * label shows at 360 px, where names under upright bars would be skipped. The chart grows with its rows.
   */
  horizontal?: boolean;
}

/** Which field of a point each axis reads: bars across swap them. */
// platform-id-ok: chart.js's axis keys.
const UPRIGHT = { xAxisKey: 'x', yAxisKey: 'y' };
// platform-id-ok: chart.js's axis keys.
const ACROSS = { xAxisKey: 'y', yAxisKey: 'x' };

/** A horizontal bar chart's height: a row per bar, plus its axis. */
export const rowsHeight = (rows: number) => 40 + 30 * Math.max(1, rows);

/** Decimals that make every tick label distinct: 0.1 % steps need one, 0.05 % two. */
export function tickDigits(step: number, percent: boolean): number {
  const s = Math.abs(percent ? step * 100 : step);
  if (!Number.isFinite(s) || s <= 0 || s >= 1) return 0;
  return Math.min(4, Math.ceil(-Math.log10(s) - 1e-9));
}

/** Draws each bar's sample size above it, so a tall bar over one post is seen as one post. */
const countsPlugin = {
  id: 'pantauCounts',
  afterDatasetsDraw(chart: Chart) {
    const counts = (chart.options.plugins as { pantauCounts?: { counts?: readonly number[] } }).pantauCounts?.counts;
    const meta = chart.getDatasetMeta(0);
    if (!counts || !meta) return;
    const across = chart.options.indexAxis === 'y';
    const { ctx } = chart;
    ctx.save();
    ctx.font = '10px system-ui, sans-serif';
    ctx.fillStyle = '#555';
    ctx.textAlign = across ? 'left' : 'center';
    ctx.textBaseline = across ? 'middle' : 'alphabetic';
    meta.data.forEach((el, i) => {
      const n = counts[i];
      if (n === undefined || n === 0) return;
      if (across) ctx.fillText(`n=${n}`, el.x + 4, el.y);
      else ctx.fillText(`n=${n}`, el.x, el.y - 3);
    });
    ctx.restore();
  },
};

/** A chart.js chart: one question, readable colours, a legend only with several series. */
export function SimpleChart({ type, series, time, percent, label, yTitle, counts, fitY, linearX, horizontal }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const locale = useLocale();
  useEffect(() => {
    if (!canvas.current) return;
    const fmt = new Intl.NumberFormat(locale, percent ? { style: 'percent', maximumFractionDigits: 2 } : { notation: 'compact' });
    const tick = (v: number, step: number) =>
      new Intl.NumberFormat(
        locale,
        percent
          ? { style: 'percent', minimumFractionDigits: tickDigits(step, true), maximumFractionDigits: tickDigits(step, true) }
          : { notation: 'compact', maximumFractionDigits: tickDigits(step, false) },
      ).format(v);
    const points = type === 'points';
    const categoryAxis = (across: boolean) => ({
      type: 'category' as const,
      grid: { display: false },
      ticks: across ? { autoSkip: false, font: { size: 11 } } : { maxRotation: 0, autoSkip: true, autoSkipPadding: 6 },
    });
    const valueAxis = (across: boolean) => ({
      beginAtZero: type === 'bar' || !fitY,
      ...(yTitle ? { title: { display: true, text: yTitle, font: { size: 10 } } } : {}),
      ticks: {
        maxTicksLimit: across ? 4 : 5,
        callback: (v: string | number, _i: number, ticks: Array<{ value: number }>) =>
          tick(Number(v), ticks.length > 1 ? Math.abs(ticks[1]!.value - ticks[0]!.value) : Number(v)),
      },
    });
    const config: ChartConfiguration<'line' | 'bar', Array<{ x: number | string; y: number }>> = {
      type: points ? 'line' : type,
      data: {
        datasets: series.map((s, i) => ({
          label: s.label,
          // Decimation needs each line sorted by time.
          data: time && s.data.some((p, j) => j > 0 && byX(s.data[j - 1]!, p) > 0) ? [...s.data].sort(byX) : s.data,
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: type === 'bar' ? PALETTE[i % PALETTE.length] : `${PALETTE[i % PALETTE.length]}22`,
          // Never filled, never smoothed: a curve between samples days apart invents values between them.
          fill: false,
          tension: 0,
          showLine: !points,
          pointRadius: points ? 3 : s.data.length > DENSE ? 0 : 2,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        ...(counts ? { layout: { padding: horizontal ? { right: 34 } : { top: 14 } } } : {}),
        ...(horizontal ? { indexAxis: 'y' as const } : {}),
        // Time series are already {x: ms, y}: chart.js can skip parsing, which lets it decimate long ones.
        ...(time || linearX ? { parsing: false as const, normalized: true } : { parsing: horizontal ? ACROSS : UPRIGHT }),
        scales: horizontal
          ? { y: categoryAxis(true), x: valueAxis(true) }
          : {
              x: time
                ? {
                    type: 'time',
                    adapters: { date: { locale: locale.toLowerCase().startsWith('id') ? idLocale : enUS } },
                    grid: { display: false },
                    // A few labels, never rotated: at 360 px dates must not overlap.
                    ticks: { maxTicksLimit: 4, maxRotation: 0, autoSkip: true },
                  }
                : linearX
                  ? {
                      type: 'linear',
                      grid: { display: false },
                      title: { display: true, text: linearX, font: { size: 10 } },
                      ticks: { maxTicksLimit: 6 },
                    }
                  : categoryAxis(false),
              y: valueAxis(false),
            },
        plugins: {
          decimation: { enabled: Boolean(time), algorithm: 'lttb', samples: 400, threshold: DENSE },
          legend: { display: series.length > 1, position: 'bottom', labels: { boxWidth: 10 } },
          ...({ pantauCounts: { counts } } as object),
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${fmt.format(Number(ctx.parsed.y))}` } },
        },
      },
    };
    const chart = new Chart(canvas.current, { ...(config as ChartConfiguration), plugins: counts ? [countsPlugin] : [] });
    return () => chart.destroy();
  }, [type, series, time, percent, locale, yTitle, counts, fitY, linearX, horizontal]);
  const rows = horizontal ? Math.max(0, ...series.map((s) => s.data.length)) : 0;
  return (
    <div className="chart-box" {...(horizontal ? { style: { height: rowsHeight(rows) } } : {})}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

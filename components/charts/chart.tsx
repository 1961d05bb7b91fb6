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
  type: 'line' | 'bar';
  series: Series[];
  /** x values are times (ms) on a time axis, else categories. */
  time?: boolean;
  percent?: boolean;
  label: string;
}

/** A chart.js chart: one question, readable colours, a legend only with several series. */
export function SimpleChart({ type, series, time, percent, label }: ChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const locale = useLocale();
  useEffect(() => {
    if (!canvas.current) return;
    const fmt = new Intl.NumberFormat(locale, percent ? { style: 'percent', maximumFractionDigits: 1 } : { notation: 'compact' });
    const config: ChartConfiguration<'line' | 'bar', Array<{ x: number | string; y: number }>> = {
      type,
      data: {
        datasets: series.map((s, i) => ({
          label: s.label,
          // Decimation needs each line sorted by time.
          data: time && s.data.some((p, j) => j > 0 && byX(s.data[j - 1]!, p) > 0) ? [...s.data].sort(byX) : s.data,
          borderColor: PALETTE[i % PALETTE.length],
          backgroundColor: type === 'bar' ? PALETTE[i % PALETTE.length] : `${PALETTE[i % PALETTE.length]}22`,
          fill: type === 'line' && series.length === 1,
          tension: s.data.length > DENSE ? 0 : 0.25,
          pointRadius: s.data.length > DENSE ? 0 : 2,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        // Time series are already {x: ms, y}: chart.js can skip parsing, which lets it decimate long ones.
        // platform-id-ok: chart.js's axis keys.
        ...(time ? { parsing: false as const, normalized: true } : { parsing: { xAxisKey: 'x', yAxisKey: 'y' } }),
        scales: {
          x: time
            ? {
                type: 'time',
                adapters: { date: { locale: locale.toLowerCase().startsWith('id') ? idLocale : enUS } },
                grid: { display: false },
              }
            : { type: 'category', grid: { display: false } },
          y: { beginAtZero: true, ticks: { callback: (v) => fmt.format(Number(v)) } },
        },
        plugins: {
          decimation: { enabled: Boolean(time), algorithm: 'lttb', samples: 400, threshold: DENSE },
          legend: { display: series.length > 1, position: 'bottom', labels: { boxWidth: 10 } },
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${fmt.format(Number(ctx.parsed.y))}` } },
        },
      },
    };
    const chart = new Chart(canvas.current, config as ChartConfiguration);
    return () => chart.destroy();
  }, [type, series, time, percent, locale]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

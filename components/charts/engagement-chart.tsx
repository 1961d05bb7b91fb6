import { useEffect, useRef } from 'react';
import { Chart, LinearScale, LineController, LineElement, PointElement, TimeScale, Tooltip, Filler } from 'chart.js';
import 'chartjs-adapter-date-fns';
import { enUS, id as idLocale } from 'date-fns/locale';
import type { EngagementPoint } from '@/lib/db/queries';
import { formatExact } from '@/lib/format';
import { useLocale } from '../ui/locale';

Chart.register(LineController, LineElement, PointElement, LinearScale, TimeScale, Tooltip, Filler);

/** Engagement per post over time, one point per post, from its latest snapshot. */
export function EngagementChart({ points, seriesLabel }: { points: EngagementPoint[]; seriesLabel: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'line', EngagementPoint[]> | null>(null);
  const locale = useLocale();

  useEffect(() => {
    if (!canvas.current) return;
    chart.current = new Chart(canvas.current, {
      type: 'line',
      data: {
        datasets: [
          {
            label: seriesLabel,
            data: [],
            borderColor: '#0f6e5f',
            backgroundColor: '#0f6e5f',
            // One dot per post, never joined: posts days or years apart are not a curve.
            fill: false,
            showLine: false,
            pointRadius: 3,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        parsing: false,
        scales: {
          x: {
            type: 'time',
            time: { tooltipFormat: 'PPp' },
            adapters: { date: { locale: locale.toLowerCase().startsWith('id') ? idLocale : enUS } },
            grid: { display: false },
            ticks: { maxTicksLimit: 4, maxRotation: 0 },
          },
          y: { beginAtZero: true, ticks: { callback: (v) => new Intl.NumberFormat(locale, { notation: 'compact' }).format(Number(v)) } },
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (ctx) => `${formatExact(ctx.parsed.y ?? 0, locale)} · ${(ctx.raw as EngagementPoint).label}`,
            },
          },
        },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [locale, seriesLabel]);

  useEffect(() => {
    const c = chart.current;
    if (!c) return;
    c.data.datasets[0]!.data = points;
    c.update();
  }, [points, locale, seriesLabel]);

  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={seriesLabel} data-points={points.length} />
    </div>
  );
}

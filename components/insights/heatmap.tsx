import type { GridCell } from '@/lib/metrics/best-time';
import { useLocale } from '../ui/locale';

/** Weekday × hour grid: darker = higher ER; "·" = fewer than 2 posts. Volume in the tooltip. */
export function Heatmap({ grid, percent }: { grid: GridCell[]; percent: (n: number) => string }) {
  const locale = useLocale();
  const max = Math.max(0, ...grid.map((c) => c.er ?? 0));
  // Monday first, as specialists plan their week.
  const days = [1, 2, 3, 4, 5, 6, 0];
  const dayName = (d: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 22 + d));
  return (
    <div className="heatmap" role="table" data-testid="heatmap">
      <div className="heat-row">
        <span className="heat-day" />
        {Array.from({ length: 24 }, (_, h) => (
          <span key={h} className="heat-hour">
            {h % 3 === 0 ? h : ''}
          </span>
        ))}
      </div>
      {days.map((d) => (
        <div key={d} className="heat-row" role="row">
          <span className="heat-day">{dayName(d)}</span>
          {grid
            .filter((c) => c.weekday === d)
            .map((c) => (
              <span
                key={c.hour}
                role="cell"
                className="heat-cell"
                data-slot={`${c.weekday}-${c.hour}`}
                data-posts={c.posts}
                title={`${dayName(d)} ${String(c.hour).padStart(2, '0')}:00 · ${c.posts} posts${c.er !== undefined ? ` · ER ${percent(c.er)}` : ''}`}
                style={c.er !== undefined && max > 0 ? { background: `rgba(15,110,95,${0.15 + 0.85 * (c.er / max)})` } : undefined}
              >
                {c.er === undefined && c.posts > 0 ? '·' : ''}
              </span>
            ))}
        </div>
      ))}
    </div>
  );
}

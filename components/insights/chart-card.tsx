import { useState, type ReactNode } from 'react';
import { csvLine } from '@/lib/backup/csv';
import { t } from '@/lib/i18n/t';
import { downloadBlob } from '../ui/download';

export interface ChartCardProps {
  title: string;
  hint?: string;
  testId: string;
  /** Column headers and rows of the table view (for accessibility and copying); rows are built only when asked for. */
  table: { head: string[]; rows: () => Array<Array<string | number>> };
  children: ReactNode;
}

/** A chart that answers one question, with its numbers one click away as a table. */
export function ChartCard({ title, hint, testId, table, children }: ChartCardProps) {
  // Rows render only once the table is opened: a long history should not slow the first chart.
  const [open, setOpen] = useState(false);
  return (
    <section className="card stack" data-testid={testId}>
      <h2>{title}</h2>
      {hint && <div className="muted small">{hint}</div>}
      {children}
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary className="small muted">{t('chartTable')}</summary>
        <button className="small" data-action="table-csv" onClick={() => downloadCsv(testId, table)}>
          {t('tableCsv')}
        </button>
        <table className="data" data-testid={`${testId}-table`}>
          <thead>
            <tr>
              {table.head.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(open ? table.rows() : []).map((r, i) => (
              <tr key={i}>
                {r.map((c, j) => (
                  <td key={j}>{c}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** The table as it is shown, as a CSV file (formula-safe cells). */
function downloadCsv(name: string, table: ChartCardProps['table']) {
  const blob = new Blob(['\ufeff', csvLine(table.head), ...table.rows().map(csvLine)], { type: 'text/csv;charset=utf-8' });
  downloadBlob(blob, `pantau-${name}.csv`);
}

/** Helpers both X parsers share. */

const MONTHS: Record<string, number> = { Jan: 0, Feb: 1, Mar: 2, Apr: 3, May: 4, Jun: 5, Jul: 6, Aug: 7, Sep: 8, Oct: 9, Nov: 10, Dec: 11 };

/** "Fri Feb 06 21:09:45 +0000 2026" → "2026-02-06T21:09:45.000Z". Undefined if not that format. */
export function parseTwitterDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = /^\w{3} (\w{3}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(v);
  if (!m) return undefined;
  const [, mon, day, hh, mm, ss, sign, oh, om, year] = m;
  const month = MONTHS[mon!];
  if (month === undefined) return undefined;
  const offsetMs = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000;
  const ms = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss)) - offsetMs;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** X ids are snowflakes: the top bits are ms since 2010-11-04 (Twitter epoch). */
export function createdAtFromSnowflake(id: string): string {
  try {
    const ms = Number((BigInt(id) >> 22n) + 1288834974657n);
    // Ids before snowflakes (2010) carry no time.
    return ms > 1288834974657 && ms < 4102444800000 ? new Date(ms).toISOString() : '';
  } catch {
    return '';
  }
}

export const isStatusId = (v: unknown): v is string => typeof v === 'string' && /^\d{1,25}$/.test(v);

/** X handles are 1–15 word characters; we accept up to 50 so a longer future limit still parses. */
export function normaliseHandle(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const h = v.trim().replace(/^@/, '');
  return /^\w{1,50}$/.test(h) ? h : undefined;
}

export const statusUrl = (handle: string, id: string) => `https://x.com/${handle}/status/${id}`;

/**
 * X's API HTML-escapes post text ("&amp;", "&lt;", "&gt;"; seen in realdata user-tweets). We store
 * the text as the author wrote it, and the UI renders it as text, so decode exactly these.
 */
export function decodeXText(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, e: string) => (e === 'amp' ? '&' : e === 'lt' ? '<' : '>'));
}

import { LIMITS } from '../messaging/limits';
/**
 * Locale-aware parsing of the counts platforms display: "2.3K", "1,2 rb", "1,2 Mio.", "1.2万".
 *
 * Two kinds of value come out, and are kept apart:
 * - exact: a full number ("1,545,374", "553"), from aria text or JSON-like strings;
 * - abbreviated: a suffixed number ("29.9K"). X and YouTube truncate (2,989,906 shows as "2.9M"),
 *   so this is a lower bound and carries exact: false.
 *
 * The decimal mark follows the page language (<html lang>), never the digits: "1,234" is 1234
 * in en but 1.234 in id. Evidence: ../shared/realdata/README.md, "Abbreviated counts in the wild".
 */
export interface ParsedCount {
  value: number;
  exact: boolean;
}

/** Multipliers by normalised suffix (lower case, no trailing dot). */
/**
 * Suffixes every language may use: the English ones, and those written in a script of their own
 * (CJK, Cyrillic, Devanagari), which cannot be mistaken for a word of another language.
 */
const BASE_SUFFIXES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  b: 1e9,
  bn: 1e9,
  t: 1e12,
  // Russian / Ukrainian
  тыс: 1e3,
  млн: 1e6,
  млрд: 1e9,
  // CJK 10^4 units
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  億: 1e8,
  亿: 1e8,
  천: 1e3,
  만: 1e4,
  억: 1e8,
  // Hindi
  हज़ार: 1e3,
  हजार: 1e3,
  लाख: 1e5,
  करोड़: 1e7,
};

const INDONESIAN = { rb: 1e3, ribu: 1e3, jt: 1e6, juta: 1e6, m: 1e9, miliar: 1e9 }; // "1,2 M" = 1,2 miliar
const SOUTH_ASIAN = { lakh: 1e5, l: 1e5, crore: 1e7, cr: 1e7 };

/**
 * Latin-script suffixes by the page's language (its primary subtag, or the whole tag for a regional
 * form): "5 mi" is 5 million on a Portuguese page and nothing on an English one, "2 l" is two lakh
 * only in South Asian English and Hindi, and "1,2 M" is 1,2 miliar in Indonesian.
 */
const LOCALE_SUFFIXES: Record<string, Record<string, number>> = {
  id: INDONESIAN,
  ms: INDONESIAN,
  de: { tsd: 1e3, mio: 1e6, mrd: 1e9 },
  fr: { md: 1e9 },
  es: { mil: 1e3, mm: 1e6 },
  pt: { mil: 1e3, mi: 1e6, bi: 1e9 },
  pl: { tys: 1e3, mln: 1e6, mld: 1e9 },
  hi: SOUTH_ASIAN,
  'en-in': SOUTH_ASIAN,
};

interface Marks {
  decimal: string;
  group: string;
}

const marksCache = new Map<string, Marks>();

/** The decimal and grouping marks of a BCP 47 language tag, from Intl. */
export function numberMarks(lang: string): Marks {
  const key = lang || 'en';
  const cached = marksCache.get(key);
  if (cached) return cached;
  let marks: Marks = { decimal: '.', group: ',' };
  try {
    const parts = new Intl.NumberFormat(key).formatToParts(1234567.5);
    marks = {
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
      group: normaliseSpaces(parts.find((p) => p.type === 'group')?.value ?? ','),
    };
  } catch {
    // An invalid tag from a hostile page: fall back to English marks.
  }
  marksCache.set(key, marks);
  return marks;
}

function normaliseSpaces(s: string): string {
  return s.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');
}

function primaryLanguage(lang: string): string {
  return (lang || 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
}

const NUMBER_RE = /^([+]?[\d][\d.,' ]*)\s*([^\d\s.,][^\s]*?)?\.?$/u;

/**
 * Parse a displayed count in the page's language. Returns undefined for anything that is not a
 * count (so a caller stores "unknown", never a wrong number).
 */
export function parseCount(text: string | null | undefined, lang = 'en'): ParsedCount | undefined {
  if (typeof text !== 'string' || text.length > 64) return undefined;
  const cleaned = normaliseSpaces(text).trim().replace(/\s+/g, ' ');
  if (!cleaned) return undefined;
  const m = NUMBER_RE.exec(cleaned);
  if (!m) return undefined;
  const numeric = (m[1] ?? '').trim();
  const suffixRaw = (m[2] ?? '').toLowerCase().replace(/\.$/, '');
  const lng = primaryLanguage(lang);
  const marks = numberMarks(lang);

  if (suffixRaw) {
    // Own keys only: page text like "0__proto__" must not reach Object.prototype.
    const tag = lang.toLowerCase();
    const local = Object.hasOwn(LOCALE_SUFFIXES, tag)
      ? LOCALE_SUFFIXES[tag]!
      : Object.hasOwn(LOCALE_SUFFIXES, lng)
        ? LOCALE_SUFFIXES[lng]!
        : {};
    const mult = Object.hasOwn(local, suffixRaw)
      ? local[suffixRaw]
      : Object.hasOwn(BASE_SUFFIXES, suffixRaw)
        ? BASE_SUFFIXES[suffixRaw]
        : undefined;
    if (mult === undefined) return undefined;
    const mantissa = parseMantissa(numeric, marks);
    // Displays abbreviate to at most four digits ("9999K" at the very most): a longer mantissa is not a count.
    if (mantissa === undefined || mantissa >= 10_000) return undefined;
    const value = Math.round(mantissa * mult);
    return value <= LIMITS.maxCount ? { value, exact: false } : undefined;
  }

  const full = parseFullNumber(numeric, marks);
  return full === undefined || full > LIMITS.maxCount ? undefined : { value: full, exact: true };
}

/** "1,2" or "1.2" or "25": a short decimal before a suffix. */
function parseMantissa(s: string, marks: Marks): number | undefined {
  const compact = s.replace(/ /g, '');
  // Before a suffix there is at most one mark; it is the locale's decimal mark, but accept the
  // other one too when it cannot be a grouping mark (fewer than 3 digits follow it).
  const m = /^(\d+)(?:([.,])(\d{1,2}))?$/.exec(compact);
  if (!m) return undefined;
  const [, int, mark, frac] = m;
  if (mark && mark !== marks.decimal && mark === marks.group && frac && frac.length === 3) return undefined;
  return Number(`${int}${frac ? `.${frac}` : ''}`);
}

/** "1,545,374" (en), "1.545.374" (id/de), "1 545 374" (fr), "553": a whole count. */
function parseFullNumber(s: string, marks: Marks): number | undefined {
  const compact = s.trim();
  if (/^\d+$/.test(compact)) return safeInt(Number(compact));
  const groups = [marks.group, ' ', "'", '\u2019'].filter(Boolean);
  // Only the locale's own grouping (or a space / apostrophe) may appear, in groups of three.
  const groupRe = new RegExp(`^\\d{1,3}(?:[${groups.map(escapeRe).join('')}]\\d{3})+$`);
  if (groupRe.test(compact)) return safeInt(Number(compact.replace(/[^\d]/g, '')));
  return undefined;
}

function safeInt(n: number): number | undefined {
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

function escapeRe(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
}

/** Read a non-negative integer counter from untrusted JSON: a number or a digit string. */
export function toCount(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? v : undefined;
  if (typeof v === 'string' && /^\d{1,16}$/.test(v)) return safeInt(Number(v));
  return undefined;
}

/**
 * The count at the start of a label: "554 followers", "1,2 rb pengikut", "8.84K subscribers".
 * Tries the number with its suffix first, then the bare number; undefined if neither parses.
 */
export function leadingCount(text: string | null | undefined, lang = 'en'): ParsedCount | undefined {
  if (typeof text !== 'string') return undefined;
  const tokens = text
    .replace(/[\u00a0\u202f]/g, ' ')
    .trim()
    .split(/\s+/);
  if (!tokens[0] || !/^\d/.test(tokens[0])) return undefined;
  return (tokens[1] ? parseCount(`${tokens[0]} ${tokens[1]}`, lang) : undefined) ?? parseCount(tokens[0], lang);
}

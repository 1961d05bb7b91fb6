/** Small helpers for reading untrusted JSON of unknown shape. Pure; never throw. */

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function get(o: unknown, ...path: Array<string | number>): unknown {
  let cur = o;
  for (const k of path) {
    if (typeof k === 'number') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[k];
    } else {
      if (!isObj(cur)) return undefined;
      cur = cur[k];
    }
  }
  return cur;
}

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Bounds on every walk, so a hostile or pathological payload cannot stall the page. */
export const WALK_LIMITS = { depth: 80, nodes: 2_000_000 } as const;

/**
 * Visit every object in a JSON tree, depth-first, iteratively (no recursion limit to hit).
 * `visit` returns 'skip' to not descend into an object. Returns false if the walk was cut short.
 */
export function walkJson(root: unknown, visit: (obj: Obj) => void | 'skip'): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  let nodes = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++nodes > WALK_LIMITS.nodes) return false;
    if (depth > WALK_LIMITS.depth || node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push([node[i], depth + 1]);
      continue;
    }
    if (visit(node as Obj) === 'skip') continue;
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--) {
      const child = (node as Obj)[keys[i]!];
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return true;
}

/** Unix seconds (number or digit string) → ISO 8601 UTC, or '' when not a plausible time. */
export function isoFromUnixSeconds(v: unknown): string {
  const n = typeof v === 'string' && /^\d{9,11}$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 946684800 || n > 4102444800) return '';
  return new Date(n * 1000).toISOString();
}

/** Any parseable date string → ISO 8601 UTC, or ''. */
export function isoFromString(v: unknown): string {
  if (typeof v !== 'string' || v.length > 40) return '';
  const ms = Date.parse(v);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
}

/** The top-level keys of a payload, for a health sample (keys only, never content). */
export function shapeOf(v: unknown): string {
  if (Array.isArray(v)) return `array(${v.length})`;
  if (!isObj(v)) return typeof v;
  return Object.keys(v).slice(0, 8).join(',');
}

/**
 * Parse a response body: strip the anti-JSON-hijacking prefixes in common use on the web
 * ("for (;;);", "while(1);", ")]}'"), and read newline-delimited JSON documents (a Relay stream)
 * as an array of documents.
 */
export function parseJsonBody(text: string): unknown {
  const trimmed = text.replace(/^\s*(?:for\s*\(;;\);|while\s*\(1\);|\)\]\}',?)\s*/, '');
  try {
    return JSON.parse(trimmed);
  } catch (err) {
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim());
    if (lines.length < 2) throw err;
    return lines.map((l) => JSON.parse(l) as unknown);
  }
}

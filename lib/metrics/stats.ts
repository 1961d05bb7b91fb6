/** Small robust statistics. Pure. */

export function median(xs: readonly number[]): number | undefined {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

/** Weighted median: the value where the cumulative weight first reaches half the total. */
export function weightedMedian(values: readonly number[], weights: readonly number[]): number | undefined {
  const pairs = values
    .map((v, i) => [v, weights[i] ?? 0] as const)
    .filter(([, w]) => w > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  if (!pairs.length || total <= 0) return undefined;
  let acc = 0;
  for (let i = 0; i < pairs.length; i++) {
    acc += pairs[i]![1];
    if (acc > total / 2) return pairs[i]![0];
    if (acc === total / 2) return (pairs[i]![0] + pairs[i + 1]![0]) / 2;
  }
  return pairs[pairs.length - 1]![0];
}

/** Median absolute deviation. */
export function mad(xs: readonly number[]): number | undefined {
  const m = median(xs);
  return m === undefined ? undefined : median(xs.map((x) => Math.abs(x - m)));
}

/** Share of values at or below x, as a percentile 0–100. */
export function percentileRank(xs: readonly number[], x: number): number | undefined {
  if (!xs.length) return undefined;
  return (100 * xs.filter((v) => v <= x).length) / xs.length;
}

export function mean(xs: readonly number[]): number | undefined {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined;
}

export function stdev(xs: readonly number[]): number | undefined {
  const m = mean(xs);
  if (m === undefined || xs.length < 2) return undefined;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}

/** Append to a grouped list in a Map (linear, unlike rebuilding the array each time). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

import { mad, median } from './stats';
import { engagementAtAge, type AgedSample } from './velocity';
import { BREAKOUT_Z } from './outliers';

export interface PeerPost {
  samples: AgedSample[];
  /** Followers at the peer post's creation. */
  followers: number;
}

/** Peers compared at the same age needed before a breakout is called. */
export const MIN_PEERS = 5;

/**
 * Robust z of a post's ER against the same account's other posts at the same age (interpolated
 * from their snapshots). Undefined when fewer than MIN_PEERS posts were seen at that age, or they
 * do not vary: no alert is better than a false one.
 */
export function breakoutZ(er: number, ageMs: number, peers: readonly PeerPost[]): number | undefined {
  const ers = peers.flatMap((p) => {
    const e = engagementAtAge(p.samples, ageMs);
    return e === undefined || p.followers <= 0 ? [] : [e / p.followers];
  });
  if (ers.length < MIN_PEERS) return undefined;
  const m = median(ers)!;
  const d = mad(ers)!;
  return d > 0 ? (er - m) / (1.4826 * d) : undefined;
}

export const isBreakout = (z: number | undefined) => z !== undefined && z >= BREAKOUT_Z;

import twitterText from 'twitter-text';
import type { PlatformId } from '../platforms/types';

export interface Measure {
  used: number;
  limit: number;
}

/** X's own weighted length (URLs count 23, CJK and emoji count 2), from twitter-text. */
function measureX(text: string): Measure {
  return { used: twitterText.parseTweet(text).weightedLength, limit: 280 };
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;
export function graphemes(text: string): number {
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

const SIMPLE_LIMITS: Partial<Record<PlatformId, number>> = {
  bluesky: 300,
  threads: 500,
  linkedin: 3000,
  instagram: 2200,
  facebook: 63206,
  tiktok: 2200,
};

/** How much of a platform's length limit a text uses. X is exact; the rest are extended later. */
export function measure(platform: PlatformId, text: string): Measure {
  if (platform === 'x') return measureX(text);
  return { used: graphemes(text), limit: SIMPLE_LIMITS[platform] ?? 5000 };
}

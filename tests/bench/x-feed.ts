/** Synthetic X UserTweets responses for the benchmarks (2026 shape, distinct ids per `idBase`). */
import type { Page } from 'puppeteer-core';
import { serve } from '../e2e/harness';
import { entry, tweet, userTweets } from '../fixtures/x/graphql';

const AUTHORS = ['KopiKita', 'TehManis', 'RotiBakar', 'SusuSegar', 'NasiGoreng'];

export const postId = (idBase: bigint, n: number) => String(idBase + BigInt(n));

/** `total` posts as JSON bodies of `perResponse` posts each. */
export function xResponses(total: number, perResponse: number, idBase: bigint): string[] {
  return Array.from({ length: Math.ceil(total / perResponse) }, (_, r) =>
    JSON.stringify(
      userTweets(
        Array.from({ length: Math.min(perResponse, total - r * perResponse) }, (_, i) => {
          const n = r * perResponse + i;
          return entry(
            tweet({
              id: postId(idBase, n),
              author: { handle: AUTHORS[n % AUTHORS.length]!, followers: 10_000 + n },
              text: `Menu baru minggu ini nomor ${n}: kopi susu gula aren, roti bakar, dan teh manis dingin. #kopi #promo`,
              hashtags: ['kopi', 'promo'],
              likes: (n * 7) % 991,
              replies: n % 31,
              reposts: n % 53,
              quotes: n % 7,
              bookmarks: n % 11,
              views: String(1000 + n * 3),
              media: n % 3 === 0 ? ['photo'] : undefined,
            }),
            `tweet-${postId(idBase, n)}`,
          );
        }),
      ),
    ),
  );
}

/** Serve `html` at `pageUrl`, and response i of `bodies` at …/UserTweets?variables=i. */
export const serveXFeed = (page: Page, pageUrl: string, html: string, bodies: string[]) =>
  serve(page, (url) => {
    if (url === pageUrl) return { body: html };
    const m = /\/UserTweets\?variables=(\d+)$/.exec(url);
    return m ? { body: bodies[Number(m[1])]!, contentType: 'application/json' } : undefined;
  });

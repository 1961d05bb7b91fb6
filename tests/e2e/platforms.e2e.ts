import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeFeed, media } from '../fixtures/meta/media';
import { launch, openExtensionPage, readStore, REALDATA, screenshot, serve, waitFor, type Session } from './harness';

type Post = { platform: string; postId: string; authorHandle: string; metrics: Record<string, number>; approximate?: string[] };
type Profile = { platform: string; handle: string; followers?: number; approximate?: string[] };

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

const real = (p: string) => readFileSync(join(REALDATA, p));
/** JSON safe to inline in a <script>. */
const inline = (json: Buffer | string) => json.toString().replace(/<\//g, '<\\/');

async function storedPost(platform: string, postId: string): Promise<Post> {
  const ext = await openExtensionPage(s, 'popup.html');
  try {
    return await waitFor(
      async () => (await readStore<Post>(ext, 'posts')).find((p) => p.platform === platform && p.postId === postId),
      `${platform} post ${postId}`,
    );
  } finally {
    await ext.close();
  }
}

describe('capture on every platform (E2E, request interception)', () => {
  it('bluesky: XRPC getAuthorFeed and getProfiles fetched by bsky.app are stored exactly', async () => {
    const page = await s.browser.newPage();
    await serve(page, (url) => {
      if (url === 'https://bsky.app/profile/chriskenny.bsky.social')
        return {
          body: `<!doctype html><html lang="en"><body><script>
            fetch('https://public.api.bsky.app/xrpc/app.bsky.actor.getProfiles?actors=chriskenny.bsky.social');
            fetch('https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=chriskenny.bsky.social&limit=30');
          </script></body></html>`,
        };
      if (url.includes('/xrpc/app.bsky.feed.getAuthorFeed'))
        return { body: real('bluesky/get-author-feed.json'), contentType: 'application/json' };
      if (url.includes('/xrpc/app.bsky.actor.getProfiles'))
        return { body: real('bluesky/get-profiles.json'), contentType: 'application/json' };
      return undefined;
    });
    await page.goto('https://bsky.app/profile/chriskenny.bsky.social');
    expect((await storedPost('bluesky', '3loagm2phgk2t')).metrics).toEqual({ likes: 3, replies: 0, reposts: 2, quotes: 0 });
    expect((await storedPost('bluesky', '3lnneysi3ps2c')).metrics).toEqual({ likes: 13, replies: 0, reposts: 6, quotes: 0 });
    const ext = await openExtensionPage(s, 'popup.html');
    const profile = await waitFor(
      async () => (await readStore<Profile>(ext, 'profileSnapshots')).find((p) => p.handle === 'chriskenny.bsky.social'),
      'bluesky profile',
    );
    expect(profile.followers).toBe(554);
    await Promise.all([ext.close(), page.close()]);
  });

  it('youtube: ytInitialData in the page, then a youtubei/v1/browse continuation', async () => {
    const page = await s.browser.newPage();
    await serve(page, (url) => {
      if (url === 'https://www.youtube.com/@kurzgesagt/videos')
        return {
          body: `<!doctype html><html lang="en-GB"><body><ytd-app></ytd-app>
            <script>var ytInitialData = ${inline(real('youtube/browse-channel-videos-renderer.json'))};</script>
            <script>setTimeout(() => fetch('/youtubei/v1/browse?prettyPrint=false', { method: 'POST', body: '{"continuation":"x"}' }), 300);</script>
          </body></html>`,
        };
      if (url.startsWith('https://www.youtube.com/youtubei/v1/browse'))
        return { body: real('youtube/browse-channel-videos-lockup.json'), contentType: 'application/json' };
      return undefined;
    });
    await page.goto('https://www.youtube.com/@kurzgesagt/videos');
    expect((await storedPost('youtube', 'D0WQK7cMJn8')).metrics.views).toBe(1545374);
    expect((await storedPost('youtube', 'pHJIhxZEoxg')).metrics.views).toBe(2989906);
    expect(await storedPost('youtube', 'BD-LB23rRBE')).toMatchObject({ authorHandle: 'creativecommons', metrics: { views: 28 } });
    const ext = await openExtensionPage(s, 'popup.html');
    const channel = await waitFor(
      async () => (await readStore<Profile>(ext, 'profileSnapshots')).find((p) => p.platform === 'youtube' && p.handle === 'kurzgesagt'),
      'channel',
    );
    expect(channel).toMatchObject({ followers: 25000000, posts: 337, approximate: ['followers'] });
    await Promise.all([ext.close(), page.close()]);
  });

  it('instagram: the home feed GraphQL response (with its for (;;); prefix) is stored, hidden likes stay unknown', async () => {
    const page = await s.browser.newPage();
    const feed = homeFeed([
      { media: media({ code: 'DAbc123xyz', username: 'kopikita', caption: 'Kopi pagi #kopi', likes: 1520, comments: 48 }) },
      { media: media({ code: 'DHidden001', username: 'tehmanis', likes: 3, comments: 12, hidden: true }) },
    ]);
    await serve(page, (url) => {
      if (url === 'https://www.instagram.com/')
        return {
          body: `<!doctype html><html lang="en"><body><script>fetch('/graphql/query', { method: 'POST', body: 'doc_id=1' });</script></body></html>`,
        };
      if (url === 'https://www.instagram.com/graphql/query')
        return { body: `for (;;);${JSON.stringify(feed)}`, contentType: 'application/json' };
      return undefined;
    });
    await page.goto('https://www.instagram.com/');
    expect((await storedPost('instagram', 'DAbc123xyz')).metrics).toEqual({ likes: 1520, replies: 48 });
    expect((await storedPost('instagram', 'DHidden001')).metrics).toEqual({ replies: 12 });
    await page.close();
  });

  it('health: pages that show posts Pantau cannot read make the side panel say the layout may have changed', async () => {
    const page = await s.browser.newPage();
    await serve(page, (url) =>
      url.startsWith('https://www.instagram.com/kopikita')
        ? {
            body: `<!doctype html><html lang="en"><body><main id="m"></main><script>
              const paths = ['/kopikita/', '/kopikita/reels/', '/kopikita/tagged/'];
              paths.forEach((p, i) => setTimeout(() => {
                history.pushState({}, '', p);
                const a = document.createElement('a'); a.href = '/p/DNoData00' + i + '/'; a.textContent = 'post';
                document.getElementById('m').appendChild(a);
              }, 400 * (i + 1)));
            </script></body></html>`,
          }
        : undefined,
    );
    await page.goto('https://www.instagram.com/kopikita/');
    const panel = await openExtensionPage(s, 'sidepanel.html', { width: 420, height: 900 });
    const warn = await panel.waitForSelector('[data-health="instagram"][data-state="warn"]', { timeout: 15_000 });
    expect(await warn!.evaluate((e) => e.textContent)).toMatch(/Instagram layout may have changed: 3 pages showed posts/);
    await screenshot(panel, 'sidepanel-health-warning');
    await Promise.all([panel.close(), page.close()]);
  });

  it('the built manifest asks for exactly the documented permissions', async () => {
    const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'manifest.json'), 'utf8'));
    const { HOST_PERMISSIONS, MANIFEST_PERMISSIONS } = await import('../../lib/manifest-permissions');
    expect([...manifest.permissions].sort()).toEqual([...MANIFEST_PERMISSIONS].sort());
    expect([...manifest.host_permissions].sort()).toEqual([...HOST_PERMISSIONS].sort());
    expect(
      manifest.host_permissions.every((h: string) =>
        /^https:\/\/(?:[\w-]+\.)?(?:x|twitter|bsky|threads|instagram|tiktok|facebook|youtube|linkedin)\.(?:com|app|net)\/\*$/.test(h),
      ),
    ).toBe(true);
  });
});

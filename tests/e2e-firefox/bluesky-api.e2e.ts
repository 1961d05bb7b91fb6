/**
 * Direct posting from Firefox: Pantau's Firefox build connects to a real Bluesky PDS
 * (@atproto/dev-env, on 127.0.0.1; tests/helpers/pds.ts) from Settings and posts through it from the
 * event page. The server's origin is an optional host permission, asked for within the Connect
 * click; the harness answers Firefox's prompt "allow", as the user would.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RealPds, type PostRecord } from '../helpers/pds';
import { readStore, sendFromExtension, waitFor } from '../e2e/harness';
import { launchFirefox, openExtensionPage, type FirefoxSession } from './harness';

type Draft = { id: string; status: string; delivery?: { bluesky?: { parts?: Array<{ id: string }> } } };

/** Set an input's value as typing does (React reads the input event). */
async function fill(page: Page, selector: string, value: string) {
  await page.$eval(
    selector,
    (el, value) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    value,
  );
}

let pds: RealPds;
let s: FirefoxSession;
beforeAll(async () => {
  pds = await RealPds.start();
  s = await launchFirefox();
});
afterAll(async () => {
  await s?.close();
  await pds?.stop();
});

describe('Firefox: Bluesky API posting against a real PDS', () => {
  it('connects with an app password from Settings and posts with link, mention and hashtag facets', async () => {
    const options = await openExtensionPage(s, 'options.html', { width: 700, height: 1400 });
    await options.waitForSelector('[data-action="connect-bluesky"]');
    await fill(options, '[data-connection="bluesky"] input[aria-label="Server (PDS)"]', pds.origin);
    await fill(options, '[data-connection="bluesky"] input[aria-label="Handle or email"]', pds.poster.handle);
    await fill(options, '[data-connection="bluesky"] input[type="password"]', pds.poster.appPassword);
    await options.click('[data-action="connect-bluesky"]');
    await options.waitForSelector('[data-testid="bluesky-connected"]', { timeout: 15_000 });

    const text = 'Kopi baru di kedai, @teman.test! https://pantau.id/promo #kopi';
    const saved = await sendFromExtension<{ ok: boolean; id: string }>(options, 'saveDraft', { text, platforms: ['bluesky'] });
    expect(saved.ok).toBe(true);
    const res = await sendFromExtension<{ ok: boolean; live?: number }>(options, 'postViaApi', { id: saved.id, target: 'bluesky' });
    expect(res).toMatchObject({ ok: true, live: 1 });

    const row = await waitFor(
      async () => (await readStore<Draft>(options, 'drafts')).find((d) => d.id === saved.id && d.status === 'posted'),
      'the draft posted',
    );
    const [uri] = row.delivery!.bluesky!.parts!.map((p) => p.id);
    const record: PostRecord = await pds.getRecord(uri!);
    expect(record.value.text).toBe(text);
    const bytes = new TextEncoder().encode(text);
    const facets = (record.value.facets ?? []).map((f) => [
      new TextDecoder().decode(bytes.slice(f.index.byteStart, f.index.byteEnd)),
      f.features,
    ]);
    expect(facets).toContainEqual(['@teman.test', [{ $type: 'app.bsky.richtext.facet#mention', did: pds.friend.did }]]);
    expect(facets).toContainEqual(['https://pantau.id/promo', [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://pantau.id/promo' }]]);
    expect(facets).toContainEqual(['#kopi', [{ $type: 'app.bsky.richtext.facet#tag', tag: 'kopi' }]]);
    expect(pds.created().map((c) => c.validationStatus)).toEqual(['valid']);
    await options.close();
  });
});

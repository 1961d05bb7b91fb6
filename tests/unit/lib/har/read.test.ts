import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HarError, readHar } from '@/lib/har/read';
import { entry, tweet, userTweets } from '../../../fixtures/x/graphql';

const T = '2026-11-30T08:15:00.000Z';
const enc = new TextEncoder();
/** The file in small chunks, as a stream delivers it. */
async function* chunks(text: string, size = 97) {
  const bytes = enc.encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}
const read = (text: string, size = enc.encode(text).length) => readHar(chunks(text), { size });

const lockup = (id: string) => ({
  richItemRenderer: {
    content: {
      lockupViewModel: {
        contentId: id,
        contentType: 'LOCKUP_CONTENT_TYPE_VIDEO',
        metadata: {
          lockupMetadataViewModel: {
            title: { content: 'Video' },
            metadata: {
              contentMetadataViewModel: {
                metadataRows: [{ metadataParts: [{ text: { content: '1,234 views' } }, { text: { content: '13 days ago' } }] }],
              },
            },
          },
        },
      },
    },
  },
});

function har() {
  const xBody = JSON.stringify(userTweets([entry(tweet({ id: '1900000000000000001', author: { handle: 'KopiKita' } }))]));
  return {
    log: {
      version: '1.2',
      creator: { name: 'WebInspector', version: '537.36' },
      pages: [
        { id: 'page_1', title: 'https://x.com/KopiKita', startedDateTime: T },
        { id: 'page_2', title: 'https://www.youtube.com/@kopi/videos', startedDateTime: T },
      ],
      entries: [
        {
          pageref: 'page_1',
          startedDateTime: T,
          request: {
            method: 'GET',
            url: 'https://x.com/i/api/graphql/abc/UserTweets?variables=%7B%7D',
            headers: [
              { name: 'authorization', value: 'Bearer SECRET-TOKEN' },
              { name: 'cookie', value: 'auth_token=SECRET-COOKIE' },
            ],
            cookies: [{ name: 'auth_token', value: 'SECRET-COOKIE' }],
          },
          response: {
            status: 200,
            headers: [{ name: 'set-cookie', value: 'SECRET-SET' }],
            content: { mimeType: 'application/json', text: Buffer.from(xBody).toString('base64'), encoding: 'base64' },
          },
        },
        {
          pageref: 'page_2',
          startedDateTime: '2026-11-30T08:20:00.000Z',
          request: {
            method: 'POST',
            url: 'https://www.youtube.com/youtubei/v1/browse?prettyPrint=false',
            postData: { text: 'SECRET-POST' },
          },
          response: {
            status: 200,
            content: {
              mimeType: 'application/json',
              text: JSON.stringify({
                responseContext: {},
                onResponseReceivedActions: [
                  { appendContinuationItemsAction: { continuationItems: [lockup('abcdefghij1'), lockup('abcdefghij2')] } },
                ],
              }),
            },
          },
        },
        {
          startedDateTime: T,
          request: { url: 'https://example.com/api' },
          response: { content: { mimeType: 'application/json', text: '{}' } },
        },
        {
          startedDateTime: T,
          request: { url: 'https://x.com/i/api/graphql/abc/UserTweets' },
          response: { content: { mimeType: 'application/json' } },
        },
      ],
    },
  };
}

describe('readHar', () => {
  it('reads every accepted entry through the platform parsers, at the entry’s time, with the page as context', async () => {
    const r = await read(JSON.stringify(har()));
    expect(r.entriesTotal).toBe(4);
    expect(r.batches.map((b) => [b.platform, b.capturedAt, b.posts.map((p) => p.postId)])).toEqual([
      ['x', Date.parse(T), ['1900000000000000001']],
      ['youtube', Date.parse('2026-11-30T08:20:00.000Z'), ['abcdefghij1', 'abcdefghij2']],
    ]);
    // The continuation names no channel: the HAR's page (/@kopi/videos) does. "13 days ago" counts back from the entry.
    const yt = r.batches[1]!.posts[0]!;
    expect(yt).toMatchObject({
      authorHandle: 'kopi',
      createdAtPrecision: 'day',
      createdAt: new Date(Date.parse('2026-11-30T08:20:00.000Z') - 13 * 86_400_000).toISOString(),
    });
    expect(r.summary.x).toMatchObject({ entries: 2, posts: 1, noContent: 1 });
    expect(r.summary.youtube).toMatchObject({ entries: 1, posts: 2, skipped: {} });
  });

  it('keeps nothing of cookies, headers or request bodies', async () => {
    const text = JSON.stringify(await read(JSON.stringify(har())));
    for (const secret of ['SECRET-TOKEN', 'SECRET-COOKIE', 'SECRET-SET', 'SECRET-POST', 'example.com']) expect(text).not.toContain(secret);
  });

  it('refuses a file that is not a HAR, a damaged one, one of no known platform, one over the cap', async () => {
    const code = (p: Promise<unknown>) =>
      p.then(
        () => 'ok',
        (e: unknown) => (e instanceof HarError ? e.code : String(e)),
      );
    expect(await code(read('hello, this is not json'))).toBe('notHar');
    expect(await code(read(JSON.stringify({ some: 'json', log: 3 })))).toBe('notHar');
    const full = JSON.stringify(har());
    expect(await code(read(full.slice(0, Math.floor(full.length * 0.8))))).toBe('malformed');
    const other = har();
    other.log.entries = other.log.entries.slice(2, 3);
    expect(await code(read(JSON.stringify(other)))).toBe('noKnownEntries');
    expect(await code(readHar(chunks('{}'), { size: 2 * 1024 ** 3 }))).toBe('tooLarge');
    // A real HAR with no entries is not "not a HAR": it has nothing of a known platform.
    expect(await code(read(JSON.stringify({ log: { version: '1.2', creator: {}, pages: [], entries: [] } })))).toBe('noKnownEntries');
    // Saved without content: the platform's responses are there, their bodies are not.
    const empty = har();
    for (const e of empty.log.entries) delete (e.response.content as { text?: string }).text;
    expect(await code(read(JSON.stringify(empty)))).toBe('noContent');
  });

  it('leaves out platforms switched off in Settings', async () => {
    const r = await readHar(chunks(JSON.stringify(har())), { size: 1, enabled: (p) => p !== 'x' });
    expect(r.batches.map((b) => b.platform)).toEqual(['youtube']);
  });
});

describe('scripts/har-to-fixture', () => {
  it('keeps one platform’s accepted responses, and no cookies, headers or request bodies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'har-'));
    writeFileSync(join(dir, 'in.har'), JSON.stringify(har()));
    const script = join(import.meta.dirname, '..', '..', '..', '..', 'scripts', 'har-to-fixture.ts');
    execFileSync('node', ['--import', 'tsx', script, join(dir, 'in.har'), join(dir, 'out.har'), '--platform', 'youtube'], {
      stdio: 'pipe',
    });
    const text = readFileSync(join(dir, 'out.har'), 'utf8');
    for (const secret of ['SECRET', 'x.com', 'example.com']) expect(text).not.toContain(secret);
    const out = JSON.parse(text) as { log: { entries: unknown[]; pages: Array<{ id: string }> } };
    expect(out.log.entries).toHaveLength(1);
    expect(out.log.pages.map((p) => p.id)).toEqual(['page_2']);
    // A damaged HAR, or one with nothing to keep: one line and a failure, never the file (it holds cookies).
    writeFileSync(join(dir, 'cut.har'), JSON.stringify(har()).slice(0, 900));
    for (const [file, args] of [
      ['cut.har', []],
      ['in.har', ['--platform', 'tiktok']],
      ['in.har', ['--platform']],
    ] as const) {
      let failed: { status: number; stderr: string } | undefined;
      try {
        execFileSync('node', ['--import', 'tsx', script, join(dir, file), join(dir, 'x.har'), ...args], { stdio: 'pipe' });
      } catch (err) {
        failed = { status: (err as { status: number }).status, stderr: String((err as { stderr: Buffer }).stderr) };
      }
      expect(failed?.status, `${file} ${args.join(' ')}`).toBeGreaterThan(0);
      expect(failed!.stderr).not.toContain('SECRET');
      expect(failed!.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    }
    // And the fixture reads as the original did.
    const r = await readHar(chunks(text), { size: text.length });
    expect(r.batches.flatMap((b) => b.posts.map((p) => p.authorHandle))).toEqual(['kopi', 'kopi']);
  }, 60_000);
});

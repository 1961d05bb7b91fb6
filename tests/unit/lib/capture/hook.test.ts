import { describe, expect, it } from 'vitest';
import { installNetworkHook } from '@/lib/capture/hook';
import { BRIDGE_MAX_BODY_CHARS } from '@/lib/capture/bridge';

/** A window stand-in with the two things the hook touches: fetch and postMessage (no XHR here). */
function fakeWindow(respond: () => Response) {
  const posted: unknown[] = [];
  const win = {
    location: { href: 'https://x.com/home', origin: 'https://x.com' },
    fetch: async (_url: string) => respond(),
    postMessage: (m: unknown) => posted.push(m),
  };
  installNetworkHook((url) => url.includes('/graphql/'), win as never);
  return { win, posted };
}
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('the MAIN-world hook', () => {
  it('forwards a matched JSON response, and hands the page its response untouched', async () => {
    const { win, posted } = fakeWindow(() => new Response('{"a":1}', { headers: { 'content-type': 'application/json' } }));
    const res = await win.fetch('https://x.com/i/api/graphql/q/UserTweets');
    expect(await res.text()).toBe('{"a":1}');
    await settle();
    expect(posted).toHaveLength(1);
  });

  it('does not read a body whose content-length is over the bridge cap (it would be dropped anyway)', async () => {
    const { win, posted } = fakeWindow(() => new Response('{}', { headers: { 'content-length': String(BRIDGE_MAX_BODY_CHARS + 1) } }));
    const res = await win.fetch('https://x.com/i/api/graphql/q/UserTweets');
    await settle();
    expect(posted).toEqual([]);
    // Not cloned and read: the page's own body is still unread.
    expect(res.bodyUsed).toBe(false);
  });
});

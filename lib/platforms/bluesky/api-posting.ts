import { originOf } from '../../api-posting/origin';
import type { ApiPoster } from '../../api-posting/poster';
import {
  BlueskyClient,
  blueskyPostUrl,
  blueskySessionSchema,
  createSession,
  DEFAULT_BLUESKY_SERVICE,
  type BlueskySession,
  type StrongRef,
} from './api';

/**
 * Bluesky by its XRPC API: an app password creates a session once and is never stored; the
 * session refreshes itself. A thread is a reply chain (root + parent refs), with facets in UTF-8 bytes.
 */
export const blueskyPoster: ApiPoster<BlueskySession> = {
  target: 'bluesky',
  // https only (http on this machine, for a local PDS): the app password must never go in cleartext.
  signIn: async (f) =>
    createSession(originOf(f.service || DEFAULT_BLUESKY_SERVICE), (f.identifier ?? '').trim().replace(/^@/, ''), f.password ?? ''),
  parse: (stored) => {
    const parsed = blueskySessionSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  },
  connection: (s) => ({ label: `@${s.handle}`, server: s.service }),
  ownHandle: (s) => s.handle,
  async post(session, parts, { live, media, now, saveCredentials, onLive }) {
    const client = new BlueskyClient(session, saveCredentials);
    const made = [...live];
    const ref = (p: (typeof made)[number]): StrongRef => ({ uri: p.id, cid: p.cid ?? '' });
    for (let i = made.length; i < parts.length; i++) {
      const root = made[0];
      const parent = made[made.length - 1];
      const post = await client.post(parts[i]!, {
        now: new Date(now()),
        ...(root && parent ? { reply: { root: ref(root), parent: ref(parent) } } : {}),
        ...(i === 0 && media.length ? { images: media.map((m) => ({ blob: m.blob })) } : {}),
      });
      const part = { id: post.uri, cid: post.cid, url: blueskyPostUrl(post.uri, session.handle) };
      made.push(part);
      await onLive(part);
    }
  },
};

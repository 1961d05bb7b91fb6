import type { ApiPoster } from '../../api-posting/poster';
import { connectMastodon, mastodonAccountSchema, postStatus, uploadMedia, type MastodonAccount } from './api';

/**
 * Mastodon by its REST API with a user's access token, on the instance the user names (whose origin
 * alone is asked for as an optional host permission). A thread is a chain of in_reply_to_id.
 */
export const mastodonPoster: ApiPoster<MastodonAccount> = {
  target: 'mastodon',
  signIn: (f) => connectMastodon(f.instance ?? '', f.token ?? ''),
  parse: (stored) => {
    const parsed = mastodonAccountSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  },
  connection: (a) => ({ label: `${a.acct} · ${new URL(a.instance).host}`, server: a.instance, ...(a.limit ? { limit: a.limit } : {}) }),
  async post(account, parts, { live, media, idempotencyKey, onLive }) {
    const mediaIds = live.length === 0 && media.length ? await Promise.all(media.map((m) => uploadMedia(account, m.blob, m.name))) : [];
    let parent = live[live.length - 1];
    for (let i = live.length; i < parts.length; i++) {
      const made = await postStatus(account, parts[i]!, {
        idempotencyKey: idempotencyKey(i),
        ...(parent ? { inReplyToId: parent.id } : {}),
        ...(i === 0 && mediaIds.length ? { mediaIds } : {}),
      });
      parent = { id: made.id, ...(made.url ? { url: made.url } : {}) };
      await onLive(parent);
    }
  },
};

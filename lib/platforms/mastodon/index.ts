import type { TargetDefinition } from '../definition';

/**
 * Mastodon is a posting-only target: nothing is captured from it (its instances are many and its
 * API is open), drafts are posted by its API once an account is connected. Without a connection,
 * its fallback is the instance's /share page.
 */
export const mastodonTarget: TargetDefinition<'mastodon'> = {
  id: 'mastodon',
  name: 'Mastodon',
  utmSource: 'mastodon',
  // Links count 23 whatever their length; a remote mention counts as @user; the instance may set its own limit.
  counting: { unit: 'graphemes', limit: 500, linkWeight: 23, mentionsWithoutInstance: true, instanceLimit: true },
  posting: {
    mode: 'api',
    threads: true,
    // The instance's origin alone is asked for, as an optional host permission, before connecting.
    api: {
      fields: [
        { name: 'instance', label: 'optionsMastodonInstance' },
        { name: 'token', label: 'optionsMastodonToken', secret: true },
      ],
      originField: 'instance',
    },
    fallback: (text, instance) =>
      instance
        ? { url: `${instance}/share?text=${encodeURIComponent(text)}`, clipboard: false }
        : { url: 'https://joinmastodon.org/', clipboard: true },
  },
};

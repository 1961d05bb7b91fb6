import { describe, expect, it } from 'vitest';
import { facebookPlatform } from '@/lib/platforms/facebook';
import { parseJsonBody } from '@/lib/parse-kit/json';

const URL_GQL = 'https://www.facebook.com/api/graphql/';
// Hand-written after the realdata README's notes on www (2026): Story nodes with counters in
// comet_ufi_summary_and_actions_renderer.feedback, or in a separate renderer node.
const story = (postId: string, extra: object = {}) => ({
  __typename: 'Story',
  post_id: postId,
  id: `UzpfS${postId}`,
  permalink_url: `https://www.facebook.com/KopiKita/posts/${postId}`,
  comet_sections: {
    context_layout: {
      story: {
        comet_sections: {
          actor_photo: {
            story: { actors: [{ __typename: 'Page', id: '1000001', name: 'Kopi Kita', url: 'https://www.facebook.com/KopiKita' }] },
          },
          metadata: [{ story: { creation_time: 1763800000 } }],
        },
      },
    },
    content: { story: { message: { text: 'Promo akhir pekan #kopi' } } },
  },
  ...extra,
});
const feedback = (reactions: number, comments: number, shares: number) => ({
  reaction_count: { count: reactions },
  i18n_reaction_count: `${reactions}`,
  comment_rendering_instance: { comments: { total_count: comments } },
  share_count: { count: shares },
});

describe('facebook parseNetwork', () => {
  it('reads a logged-in feed story with its UFI feedback', () => {
    const body = {
      data: {
        node: story('1234567890123', { feedback_wrapper: { comet_ufi_summary_and_actions_renderer: { feedback: feedback(1500, 42, 7) } } }),
      },
    };
    const { posts, warnings } = facebookPlatform.parseNetwork({ url: URL_GQL, body });
    expect(warnings).toBeUndefined();
    expect(posts).toEqual([
      {
        platform: 'facebook',
        postId: '1234567890123',
        url: 'https://www.facebook.com/KopiKita/posts/1234567890123',
        authorHandle: 'KopiKita',
        createdAt: new Date(1763800000 * 1000).toISOString(),
        text: 'Promo akhir pekan #kopi',
        hashtags: ['kopi'],
        metrics: { likes: 1500, replies: 42, shares: 7 },
      },
    ]);
  });

  it('joins a logged-out story to its separate renderer node by subscription_target_id, across streamed documents', () => {
    const docs = [
      { data: { node: story('2234567890123') } },
      {
        data: {
          __typename: 'UnauthenticatedUCometUFISummaryAndActionsRenderer',
          feedback: { subscription_target_id: '2234567890123', ...feedback(88, 9, 1) },
        },
      },
    ];
    const body = parseJsonBody(docs.map((d) => JSON.stringify(d)).join('\n'));
    const { posts } = facebookPlatform.parseNetwork({ url: URL_GQL, body });
    expect(posts[0]!.metrics).toEqual({ likes: 88, replies: 9, shares: 1 });
  });

  it('does not take a shared (nested) story’s counters for the outer one', () => {
    const inner = story('3334567890123', {
      feedback_wrapper: { comet_ufi_summary_and_actions_renderer: { feedback: feedback(999, 99, 9) } },
    });
    const outer = story('3234567890123', { attached_story: inner });
    const { posts } = facebookPlatform.parseNetwork({ url: URL_GQL, body: { data: { node: outer } } });
    expect(posts.find((p) => p.postId === '3234567890123')!.metrics).toEqual({});
    expect(posts.find((p) => p.postId === '3334567890123')!.metrics.likes).toBe(999);
  });
});

/**
 * How an account answers its audience: reply rate, response time and the share of threads it
 * answered at all, from the threads Pantau saw. Pure.
 *
 * Definitions (README, "Conversations"):
 * - A **conversation** of an account is a thread whose root post is the account's own, with at
 *   least one **audience comment**: a post in the thread by anyone else.
 * - A comment is **answered** when the account posted a reply to that comment itself.
 * - **Reply rate**: answered audience comments ÷ audience comments.
 * - **Response time**: from a comment to the account's first reply to it, counted only when both
 *   times are exact and in order (a reply dated before its comment is clock skew: it still answers
 *   the comment, but gives no time).
 * - **Answered threads**: conversations where the account answered at least one comment.
 * Every figure says how many conversations it rests on and is undefined below MIN_CONVERSATIONS.
 */
import { median } from './stats';

/** A post as the conversation metrics read it. */
export interface ThreadPost {
  postId: string;
  /** Lower-cased handle (or another stable author key) of its author. */
  authorKey: string;
  /** Epoch ms; undefined when the platform gave no exact time. */
  createdAt?: number;
  /** The post this one replies to (undefined for a root). */
  replyTo?: string;
  /** The thread's root post (a root's is its own id, or undefined). */
  conversationId?: string;
}

/** Conversations a figure needs before it is shown. */
export const MIN_CONVERSATIONS = 5;

export interface Figure<T> {
  value?: T;
  /** Conversations the figure rests on. */
  conversations: number;
  /** Comments (reply rate, response time) it rests on. */
  comments: number;
}

export interface ResponseStats {
  replyRate: Figure<number>;
  /** Median and 90th percentile of the time to the first reply, ms. */
  responseTime: Figure<{ median: number; p90: number }>;
  answeredThreads: Figure<number>;
}

/** An audience comment and, when there is one, the account's first reply to it. */
export interface AudienceComment {
  comment: ThreadPost;
  conversationId: string;
  reply?: ThreadPost;
}

/** Nearest-rank percentile of sorted values (p in 0–100). */
export function nearestRank(sorted: readonly number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * The audience comments in an account's conversations, each with its first reply from the account.
 * `account` holds every key the account appears under (a handle and its other formats).
 */
export function audienceComments(posts: readonly ThreadPost[], account: ReadonlySet<string>): AudienceComment[] {
  const byId = new Map<string, ThreadPost>();
  for (const p of posts) if (!byId.has(p.postId)) byId.set(p.postId, p);
  const rootOf = (p: ThreadPost) => p.conversationId ?? (p.replyTo === undefined ? p.postId : undefined);
  // The account's replies, by the post they answer.
  const replies = new Map<string, ThreadPost[]>();
  for (const p of byId.values())
    if (account.has(p.authorKey) && p.replyTo !== undefined) {
      const list = replies.get(p.replyTo);
      if (list) list.push(p);
      else replies.set(p.replyTo, [p]);
    }
  const out: AudienceComment[] = [];
  for (const p of byId.values()) {
    if (account.has(p.authorKey) || p.replyTo === undefined) continue;
    const conversationId = rootOf(p);
    if (conversationId === undefined || conversationId === p.postId) continue;
    // Only threads rooted in the account's own post (a root never seen cannot be said to be its).
    const root = byId.get(conversationId);
    if (!root || !account.has(root.authorKey)) continue;
    const answers = replies.get(p.postId) ?? [];
    // The first reply: the earliest exact time, else any reply (answered, but with no time).
    const timed = answers.filter((r) => r.createdAt !== undefined).sort((a, b) => a.createdAt! - b.createdAt!);
    const reply = timed[0] ?? answers[0];
    out.push({ comment: p, conversationId, ...(reply ? { reply } : {}) });
  }
  return out;
}

/** Reply rate, response time and answered threads for one account. */
export function responseStats(posts: readonly ThreadPost[], account: ReadonlySet<string>): ResponseStats {
  const comments = audienceComments(posts, account);
  const threads = new Set(comments.map((c) => c.conversationId));
  const answeredThreads = new Set(comments.filter((c) => c.reply).map((c) => c.conversationId));
  const times: number[] = [];
  const timedThreads = new Set<string>();
  for (const c of comments) {
    const at = c.comment.createdAt;
    const back = c.reply?.createdAt;
    if (at === undefined || back === undefined || back < at) continue;
    times.push(back - at);
    timedThreads.add(c.conversationId);
  }
  times.sort((a, b) => a - b);
  const enough = (n: number) => n >= MIN_CONVERSATIONS;
  const answered = comments.filter((c) => c.reply).length;
  return {
    replyRate: {
      conversations: threads.size,
      comments: comments.length,
      ...(enough(threads.size) ? { value: answered / comments.length } : {}),
    },
    responseTime: {
      conversations: timedThreads.size,
      comments: times.length,
      ...(enough(timedThreads.size) ? { value: { median: median(times)!, p90: nearestRank(times, 90)! } } : {}),
    },
    answeredThreads: {
      conversations: threads.size,
      comments: comments.length,
      ...(enough(threads.size) ? { value: answeredThreads.size / threads.size } : {}),
    },
  };
}

/**
 * The "To answer" list of an own account: audience comments with no reply from it, oldest first,
 * leaving out those marked done or ignored.
 */
export function toAnswer(
  posts: readonly ThreadPost[],
  account: ReadonlySet<string>,
  dismissed: ReadonlySet<string> = new Set(),
): ThreadPost[] {
  return audienceComments(posts, account)
    .filter((c) => !c.reply && !dismissed.has(c.comment.postId))
    .map((c) => c.comment)
    .sort((a, b) => (a.createdAt ?? Infinity) - (b.createdAt ?? Infinity));
}

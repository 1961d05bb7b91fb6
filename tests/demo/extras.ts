import type { DraftRow, HealthRow, PostRow, ProfileSnapshotRow } from '../../lib/db/schema';
import { localDateInput } from '../../lib/insights/period';
import { STRAY_TEXTS, type DemoPlatform } from './cast';
import type { PostPlan } from './generate';
import type { Rng } from './random';
import { DAY, HOUR, midnight, MIN, sightings } from './timeline';

const FIRST = ['rina', 'dimas', 'ayu', 'bagus', 'sari', 'joko', 'maya', 'andre', 'tika', 'fajar', 'nadia', 'yoga'];
const LAST = ['ngopi', 'jpg', 'kuliner', 'daily', 'id', '99', 'travel', 'eats', 'wfh', 'senja'];
const STRAY_PLATFORMS: DemoPlatform[] = ['x', 'x', 'x', 'instagram', 'instagram', 'bluesky', 'youtube'];

/**
 * What scrolling leaves behind: about three dozen authors nobody watches, one or two posts each
 * from the last nine days, of any size from 40 followers to half a million. One of them posted
 * 50,000 characters without a space (the hostile-text case).
 */
export function strayAuthors(
  now: number,
  timeZone: string,
  r: Rng,
): { plans: PostPlan[]; profiles: ProfileSnapshotRow[]; hostile: PostPlan } {
  const plans: PostPlan[] = [];
  const profiles: ProfileSnapshotRow[] = [];
  for (let i = 0; i < 36; i++) {
    const platform = STRAY_PLATFORMS[i % STRAY_PLATFORMS.length]!;
    const base = `${FIRST[i % FIRST.length]}${platform === 'instagram' ? '.' : '_'}${LAST[(i * 7) % LAST.length]}${i > 11 ? i : ''}`;
    const handle = platform === 'bluesky' ? `${base.replace('_', '')}.bsky.social` : base;
    const followers = Math.round(Math.min(600_000, Math.max(40, 900 * r.logNormal(1.6))));
    for (let n = r.chance(0.3) ? 2 : 1; n > 0; n--) {
      const created = Math.round(now - r.between(0.5, 9) * DAY);
      const seen = sightings(r, created, now, timeZone, false).filter((t) => now - t < 9 * DAY);
      if (!seen.length) continue;
      plans.push({
        platform,
        handle,
        created,
        text: platform === 'youtube' ? 'Vlog: keliling 10 kedai kopi di Bandung dalam sehari #vlog' : r.pick(STRAY_TEXTS),
        seen,
        mediaType: platform === 'youtube' ? 'video' : r.pick(['text', 'photo'] as const),
        ...(platform === 'x' || platform === 'bluesky' ? { followers } : {}),
        potential: {
          platform,
          engagement24h: followers * 0.02 * r.logNormal(0.8),
          ...(platform === 'x' ? { viewsPer: r.between(50, 200) } : platform === 'youtube' ? { viewsPer: 30 } : {}),
        },
      });
    }
    if (r.chance(0.35))
      profiles.push({ platform, handle: handle.toLowerCase(), capturedAt: Math.round(now - r.between(0.2, 8) * DAY), followers });
  }
  const created = now - 2 * DAY - 3 * HOUR;
  const hostile: PostPlan = {
    platform: 'x',
    handle: 'promo_kilat88',
    created,
    // One "word" of 50,000 characters: the case that once froze the side panel.
    text: 'KOPIGRATISklikLINKdiBIO☕'.repeat(2100).slice(0, 50_000),
    seen: [created + 5 * HOUR],
    mediaType: 'text',
    followers: 312,
    potential: { platform: 'x', engagement24h: 3, viewsPer: 40 },
  };
  plans.push(hostile);
  return { plans, profiles, hostile };
}

/** Capture health per platform, as a week of browsing leaves it: X and Bluesky clean, Instagram with a few misses. */
export function demoHealth(posts: readonly PostRow[], now: number, timeZone: string, r: Rng): HealthRow[] {
  const platforms = [...new Set(posts.map((p) => p.platform))];
  return platforms.map((platform) => {
    const mine = posts.filter((p) => p.platform === platform);
    const coverage: NonNullable<HealthRow['coverage']> = {};
    for (let back = 7; back >= 0; back--) {
      const day = midnight(now, back, timeZone);
      const kept = mine.filter((p) => p.lastSeenAt >= day && p.lastSeenAt < day + DAY).length * 3;
      if (!kept) continue;
      const missed = platform === 'youtube' ? Math.round(kept * 0.08) : platform === 'instagram' ? r.int(0, 2) : 0;
      coverage[localDateInput(day + 12 * HOUR, timeZone)] = { seen: kept + missed, kept };
    }
    return {
      platform,
      postsParsed: mine.length * 3,
      payloadsNotUnderstood: platform === 'youtube' ? 2 : 0,
      selectorMisses: platform === 'instagram' ? 3 : 0,
      batchesRejected: 0,
      lastSuccessAt: Math.max(...mine.map((p) => p.lastSeenAt)),
      coverage,
      ...(platform === 'instagram'
        ? { lastProblemAt: now - 26 * HOUR, lastProblem: 'selector: like count not found in a post' }
        : platform === 'youtube'
          ? { lastProblemAt: now - 50 * HOUR, lastProblem: 'payload: response shape not understood', samples: ['contents,header,metadata'] }
          : {}),
    };
  });
}

/**
 * The calendar's week: a draft, two scheduled, one due (the notification is up), one missed while
 * the browser was closed, and the posted one that became the brand's good post.
 */
export function demoDrafts(posted: PostRow, now: number, timeZone: string): DraftRow[] {
  const at = (back: number, hour: number) => midnight(now, back, timeZone) + hour * HOUR;
  const base = { createdAt: now - 5 * DAY, updatedAt: now - 1 * DAY };
  const postedAt = Date.parse(posted.createdAt);
  return [
    {
      ...base,
      id: 'demo-draft',
      text: 'Ide: seri "kenalan sama petani kopi" tiap Kamis. #kopi',
      platforms: ['x', 'instagram'],
      status: 'draft',
    },
    {
      ...base,
      id: 'demo-scheduled-1',
      text: 'Besok pagi: Kopi Pandan Latte kembali! Diskon 15% untuk 100 pembeli pertama. #menubaru #promo',
      platforms: ['x', 'bluesky'],
      status: 'scheduled',
      scheduledAt: at(-1, 9),
      campaign: 'pandan-latte',
      utm: true,
    },
    {
      ...base,
      id: 'demo-scheduled-2',
      text: 'Weekend brew class: V60 untuk pemula, Sabtu jam 10. Daftar lewat link di bio. #manualbrew',
      platforms: ['instagram'],
      status: 'scheduled',
      scheduledAt: at(-3, 12) + 30 * MIN,
    },
    {
      ...base,
      id: 'demo-due',
      text: 'Selamat pagi! Sudah ngopi belum? ☕ #kopi #pagi',
      platforms: ['x'],
      status: 'due',
      scheduledAt: now - 10 * MIN,
    },
    {
      ...base,
      id: 'demo-missed',
      text: 'Promo malam: semua kopi susu Rp15.000 sampai jam 9. #promo',
      platforms: ['x', 'instagram'],
      status: 'missed',
      scheduledAt: at(1, 19),
    },
    {
      ...base,
      id: 'demo-posted',
      text: posted.text,
      platforms: ['x'],
      status: 'posted',
      scheduledAt: postedAt - 2 * MIN,
      postedAt,
      delivery: { x: { via: 'inPage', at: postedAt, url: posted.url, postId: posted.postId } },
    },
  ];
}

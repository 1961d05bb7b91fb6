import { metricsAt24h } from '../../lib/db/posts';
import type { AccountRow, DraftRow, HealthRow, PostRow, PostSnapshotRow, ProfileSnapshotRow } from '../../lib/db/schema';
import { hashtagsFromText } from '../../lib/parse-kit/text';
import { PERSONAS, TEXTS, type DemoPlatform, type Persona } from './cast';
import { abbreviated, countersAt, type PostPotential } from './counters';
import { demoDrafts, demoHealth, strayAuthors } from './extras';
import { followerCurve, followerSamples } from './followers';
import { idOf, rng, type Rng } from './random';
import { DAY, HOUR, MIN, postTimes, sightings } from './timeline';

/** The instant the committed screenshots are taken at, and their zone. */
export const DEMO_NOW = Date.parse('2026-11-30T10:00:00+07:00');
export const DEMO_TIME_ZONE = 'Asia/Jakarta';

/** Every table the demo fills, in the exact row shapes of lib/db/schema.ts. */
export interface DemoTables {
  posts: PostRow[];
  postSnapshots: PostSnapshotRow[];
  profileSnapshots: ProfileSnapshotRow[];
  accounts: AccountRow[];
  health: HealthRow[];
  drafts: DraftRow[];
}

export interface DemoDatabase {
  tables: DemoTables;
  /** Posts a test or a reader looks for: the competitor's breakout, the brand's good post, the 50,000-character one. */
  marks: { breakout: PostRow; ownHit: PostRow; hostile: PostRow };
}

export interface DemoOptions {
  /** "Now": every row is placed relative to it. The live demo passes Date.now(). */
  now?: number;
  /** The zone whose local days and hours the posting habits follow. */
  timeZone?: string;
  seed?: number;
}

/** Post ids as each platform spells them: X snowflakes carry their time, the rest are opaque. */
export function postIdFor(platform: DemoPlatform, created: number, r: Rng): string {
  if (platform === 'x') return ((BigInt(Math.round(created) - 1288834974657) << 22n) + BigInt(r.int(0, 4_194_303))).toString();
  if (platform === 'instagram') return idOf(r, 11);
  if (platform === 'youtube') return idOf(r, 11);
  return idOf(r, 13, 'abcdefghijklmnopqrstuvwxyz234567');
}

export function postUrlFor(platform: DemoPlatform, handle: string, id: string): string {
  if (platform === 'x') return `https://x.com/${handle}/status/${id}`;
  if (platform === 'instagram') return `https://www.instagram.com/p/${id}/`;
  if (platform === 'youtube') return `https://www.youtube.com/watch?v=${id}`;
  return `https://bsky.app/profile/${handle}/post/${id}`;
}

const MEDIA: Record<DemoPlatform, NonNullable<PostRow['mediaType']>[]> = {
  x: ['text', 'text', 'photo', 'photo', 'video', 'link'],
  instagram: ['photo', 'photo', 'mixed', 'video'],
  youtube: ['video'],
  bluesky: ['text', 'text', 'photo', 'link'],
};
const YT_TITLES = [
  'Cara bikin kopi susu kekinian di rumah',
  'Review 5 grinder murah di bawah 1 juta',
  'Latte art untuk pemula: hati, tulip, rosetta',
  'Kami coba kopi termahal di Jakarta',
  'Moka pot vs French press: mana yang lebih enak?',
  'Sehari jadi barista di kedai kami',
];

export interface PostPlan {
  platform: DemoPlatform;
  handle: string;
  created: number;
  text: string;
  potential: PostPotential;
  seen: number[];
  mediaType?: PostRow['mediaType'];
  followers?: number;
  /** Counters read from a feed's abbreviated text. */
  abbreviate?: boolean;
  quoteOf?: string;
  repostOf?: string;
  /** Relative date ("3 days ago"): its precision. */
  precision?: PostRow['createdAtPrecision'];
  id?: string;
}

/** One planned post as the writer would have stored it: its row, and a snapshot per sighting that carried counters. */
export function materialise(plan: PostPlan, r: Rng): { post: PostRow; snapshots: PostSnapshotRow[] } {
  const id = plan.id ?? postIdFor(plan.platform, plan.created, r);
  const snapshots: PostSnapshotRow[] = [];
  let prev: PostSnapshotRow['metrics'] | undefined;
  let metrics24h: PostRow['metrics24h'];
  let last: PostSnapshotRow | undefined;
  for (const at of plan.repostOf ? [] : plan.seen) {
    const exact = countersAt(plan.potential, at - plan.created, r, prev);
    prev = exact;
    const shown = plan.abbreviate ? abbreviated(exact, plan.platform) : { metrics: exact, approximate: [] };
    const snap: PostSnapshotRow = {
      platform: plan.platform,
      postId: id,
      capturedAt: at,
      metrics: shown.metrics,
      ...(shown.approximate.length ? { approximate: shown.approximate } : {}),
    };
    // The writer's rollup: interpolated between the two samples around the 24th hour, once.
    if (last && !metrics24h) metrics24h = metricsAt24h(plan.created, last.capturedAt, last.metrics, at, snap.metrics);
    snapshots.push(snap);
    last = snap;
  }
  const post: PostRow = {
    platform: plan.platform,
    postId: id,
    url: postUrlFor(plan.platform, plan.handle, id),
    authorHandle: plan.handle,
    authorKey: plan.handle.toLowerCase(),
    createdAt: new Date(plan.created).toISOString(),
    ...(plan.precision ? { createdAtPrecision: plan.precision } : {}),
    text: plan.text,
    hashtags: hashtagsFromText(plan.text),
    ...(plan.mediaType ? { mediaType: plan.mediaType } : {}),
    metrics: last?.metrics ?? {},
    ...(last?.approximate ? { approximate: last.approximate } : {}),
    ...(plan.followers !== undefined ? { authorFollowers: plan.followers } : {}),
    ...(plan.repostOf ? { repostOf: plan.repostOf } : {}),
    ...(plan.quoteOf ? { quoteOf: plan.quoteOf } : {}),
    firstSeenAt: plan.seen[0]!,
    lastSeenAt: plan.seen.at(-1)!,
    ...(last ? { lastSnapshotAt: last.capturedAt } : {}),
    ...(metrics24h ? { metrics24h } : {}),
  };
  return { post, snapshots };
}

/** A watched account's posts, planned: times from its cadence, engagement from its scale and usual ER. */
function planPersona(p: Persona, now: number, timeZone: string, r: Rng, at: (t: number) => number): PostPlan[] {
  return postTimes(p.cadence, r, now, timeZone).flatMap((created) => {
    const young = r.chance(p.young);
    const seen = sightings(r, created, now, timeZone, young);
    if (!seen.length) return [];
    const followers = at(created);
    const text = p.platform === 'youtube' ? `${r.pick(YT_TITLES)} #kopi #resep` : r.pick(TEXTS);
    const single = seen.length === 1;
    return [
      {
        platform: p.platform,
        handle: p.handle,
        created,
        text,
        seen,
        mediaType: r.pick(MEDIA[p.platform]),
        // X and Bluesky carry the author's followers on every post; Instagram's and YouTube's feeds do not.
        ...(p.platform === 'x' || p.platform === 'bluesky' ? { followers } : {}),
        potential: {
          platform: p.platform,
          engagement24h: followers * p.er * r.logNormal(0.45),
          ...(p.platform === 'x' ? { viewsPer: r.between(60, 140) } : p.platform === 'youtube' ? { viewsPer: r.between(22, 40) } : {}),
        },
        // Feeds that show "1.2K" rather than the number: Instagram's and YouTube's, when seen once.
        ...((p.platform === 'instagram' || p.platform === 'youtube') && single && r.chance(0.5) ? { abbreviate: true } : {}),
        // YouTube's feed says "3 days ago" until the watch page gives the date.
        ...(p.platform === 'youtube' && single && r.chance(0.5) ? { precision: 'day' as const } : {}),
      },
    ];
  });
}

/** Make one planned post the account's standout: seen young and at 26 h, far above its usual. */
function standout(plans: PostPlan[], pick: (p: PostPlan) => boolean, factor: number, now: number, timeZone: string, r: Rng): PostPlan {
  const plan = plans.filter(pick).at(-1);
  if (!plan) throw new Error('demo: no post to make a standout of');
  plan.potential.engagement24h *= factor;
  plan.seen = sightings(r, plan.created, now, timeZone, true);
  delete plan.abbreviate;
  return plan;
}

/**
 * A realistic Pantau database: the brand (@kopikita on X and Instagram), six competitors from
 * 2,989,906 followers down to 4,087, and a few dozen authors seen once or twice while scrolling.
 * Pure and deterministic: the same options give the same rows.
 */
export function generateDemo({ now = Date.now(), timeZone = DEMO_TIME_ZONE, seed = 14 }: DemoOptions = {}): DemoDatabase {
  const r = rng(seed);
  const tables: DemoTables = { posts: [], postSnapshots: [], profileSnapshots: [], accounts: [], health: [], drafts: [] };
  const plans: PostPlan[] = [];
  const byAccount = new Map<Persona, PostPlan[]>();
  for (const p of PERSONAS) {
    const curve = followerCurve(p, now, timeZone, r);
    tables.profileSnapshots.push(...followerSamples(p, curve, now, timeZone, r));
    tables.accounts.push({
      platform: p.platform,
      handle: p.handle.toLowerCase(),
      displayHandle: p.handle,
      role: p.role,
      ...(p.group ? { group: p.group } : {}),
      addedAt: now - (p.role === 'own' ? 70 : r.int(45, 68)) * DAY,
    });
    const mine = planPersona(p, now, timeZone, r, curve.at);
    byAccount.set(p, mine);
    plans.push(...mine);
  }
  const of = (handle: string, platform: DemoPlatform) =>
    byAccount.get(PERSONAS.find((p) => p.handle === handle && p.platform === platform)!)!;
  // The competitor's breakout: a post of BrewLab_ID's latest burst, 9× its usual, seen at 1, 3, 6 and 26 h.
  const breakout = standout(of('BrewLab_ID', 'x'), (p) => now - p.created > 30 * HOUR, 9, now, timeZone, r);
  breakout.text = 'Kami tutup 3 kedai dan buka 1 roastery. Thread soal kenapa kopi lokal butuh roaster lokal 🧵 #kopi #specialtycoffee';
  // The brand's good post: 3.5× its usual, two to three days old.
  const ownHit = standout(of('kopikita', 'x'), (p) => now - p.created > 40 * HOUR, 3.5, now, timeZone, r);
  ownHit.text = 'Thank you for 12,000 followers! Coffee is on us this Friday. #terimakasih #kopi';
  // The brand quotes a big competitor's post; the big competitor reposts a stray author.
  const raya = of('KopiRaya', 'x');
  const quoted = raya.at(-6)!;
  const quoting = of('kopikita', 'x')
    .slice(0, -2)
    .findLast((p) => p !== ownHit)!;
  quoted.id = postIdFor('x', quoted.created, r);
  quoting.quoteOf = quoted.id;
  quoting.text = 'Setuju! Kopi lokal makin keren 💪 Kita bikin versi gula aren minggu ini. #kopi';

  const strays = strayAuthors(now, timeZone, r);
  plans.push(...strays.plans);
  tables.profileSnapshots.push(...strays.profiles);
  for (const original of strays.plans.filter((s) => s.platform === 'x').slice(0, 3)) {
    original.id ??= postIdFor('x', original.created, r);
    const at = original.created + r.int(2, 20) * HOUR;
    if (at > now - 4 * HOUR) continue;
    plans.push({
      ...original,
      id: postIdFor('x', at, r),
      handle: 'KopiRaya',
      created: at,
      text: `RT @${original.handle}: ${original.text}`,
      repostOf: original.id,
      seen: [Math.min(now - 5 * MIN, at + r.int(3, 30) * HOUR)],
      followers: 2_989_906,
    });
  }

  const rows = new Map<PostPlan, PostRow>();
  for (const plan of plans) {
    const { post, snapshots } = materialise(plan, r);
    rows.set(plan, post);
    tables.posts.push(post);
    tables.postSnapshots.push(...snapshots);
  }
  tables.health.push(...demoHealth(tables.posts, now, timeZone, r));
  tables.drafts.push(...demoDrafts(rows.get(ownHit)!, now, timeZone));
  return { tables, marks: { breakout: rows.get(breakout)!, ownHit: rows.get(ownHit)!, hostile: rows.get(strays.hostile)! } };
}

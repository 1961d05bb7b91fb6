import type { AccountRole } from '../../lib/db/schema';

/** The four platforms the demo fills (each with its own counters: views on X and YouTube only). */
export type DemoPlatform = 'x' | 'instagram' | 'bluesky' | 'youtube';

/** How an account posts, in local days before "now" (0 = today). */
export type Cadence =
  /** Monday to Friday, each day with probability p, one post per listed hour; nothing at weekends. */
  | { kind: 'weekdays'; p: number; hours: number[] }
  /** Every day with probability p. */
  | { kind: 'daily'; p: number; hours: number[] }
  /** `size` posts in one afternoon, then nothing for `everyDays` days. */
  | { kind: 'bursts'; everyDays: number; size: number; lastDayBack: number }
  /** Exactly these days, one post each (an account that went quiet). */
  | { kind: 'days'; daysBack: number[]; hour: number }
  /** On these weekdays (0 = Sunday), except during a gap of days back [from, to]. */
  | { kind: 'weekly'; weekdays: number[]; hour: number; gap?: [number, number] };

/** One watched account: its scale, growth, usual engagement and habits. */
export interface Persona {
  platform: DemoPlatform;
  /** As the platform spells it (stored lower-cased as the key). */
  handle: string;
  role: Extract<AccountRole, 'own' | 'competitor'>;
  group?: string;
  /** Followers at "now". */
  followers: number;
  /** Followers gained (negative: lost) over the last 30 days. */
  monthGrowth: number;
  /** Median engagement ÷ followers at 24 h of age. */
  er: number;
  cadence: Cadence;
  /** Share of posts first seen young and again later (1 h, 3 h, 6 h, 26 h). */
  young: number;
  /** Exact follower counts, or abbreviated ("412K", a lower bound). */
  approximateFollowers?: boolean;
}

/**
 * The cast: one brand on X and Instagram, and six competitors from 2.99 M followers down to 4 k,
 * each with a habit of its own (weekday regulars, a burst poster, a channel with a three-week gap,
 * one quiet for a month).
 */
export const PERSONAS: readonly Persona[] = [
  {
    platform: 'x',
    handle: 'kopikita',
    role: 'own',
    group: 'Kopi Kita',
    followers: 12_140,
    monthGrowth: 212,
    er: 0.014,
    cadence: { kind: 'weekdays', p: 0.8, hours: [8, 19] },
    young: 0.5,
  },
  {
    platform: 'instagram',
    handle: 'kopikita',
    role: 'own',
    group: 'Kopi Kita',
    followers: 8_420,
    monthGrowth: 96,
    er: 0.031,
    cadence: { kind: 'weekly', weekdays: [1, 3, 5], hour: 18 },
    young: 0.3,
  },
  {
    platform: 'x',
    handle: 'KopiRaya',
    role: 'competitor',
    group: 'Chains',
    followers: 2_989_906,
    monthGrowth: 3_120,
    er: 0.0009,
    cadence: { kind: 'weekdays', p: 0.95, hours: [7, 11, 16, 20] },
    young: 0.35,
  },
  {
    platform: 'x',
    handle: 'BrewLab_ID',
    role: 'competitor',
    group: 'Indie roasters',
    followers: 35_260,
    monthGrowth: 410,
    er: 0.007,
    cadence: { kind: 'bursts', everyDays: 11, size: 5, lastDayBack: 2 },
    young: 0.6,
  },
  {
    platform: 'instagram',
    handle: 'senja.roastery',
    role: 'competitor',
    group: 'Indie roasters',
    followers: 181_230,
    monthGrowth: 4_547,
    er: 0.011,
    cadence: { kind: 'daily', p: 0.75, hours: [17] },
    young: 0.15,
  },
  {
    platform: 'youtube',
    handle: 'NgopiDiRumah',
    role: 'competitor',
    group: 'Chains',
    followers: 412_000,
    monthGrowth: -1_900,
    er: 0.0045,
    cadence: { kind: 'weekly', weekdays: [2, 6], hour: 18, gap: [9, 29] },
    young: 0.2,
    approximateFollowers: true,
  },
  {
    platform: 'bluesky',
    handle: 'warungteh.bsky.social',
    role: 'competitor',
    group: 'Indie roasters',
    followers: 4_087,
    monthGrowth: 3,
    er: 0.034,
    cadence: { kind: 'weekdays', p: 0.7, hours: [7] },
    young: 0.25,
  },
  {
    platform: 'x',
    handle: 'kopi_b',
    role: 'competitor',
    group: 'Indie roasters',
    followers: 6_812,
    monthGrowth: -14,
    er: 0.02,
    cadence: { kind: 'days', daysBack: [34, 38, 44, 51, 57], hour: 10 },
    young: 0,
  },
];

/** Post texts: a brand's week in Indonesian and English, with the hashtags people use. */
export const TEXTS = [
  'Pagi! Es Kopi Susu Gula Aren balik lagi, diskon 20% sampai jam 10 ☕ #kopi #promo',
  'New single origin from Gayo: notes of brown sugar and lime. Available this week only. #specialtycoffee #gayo',
  'Siapa yang masih WFH hari ini? Kopi tubruk dulu biar fokus. #kopi #wfh',
  'Behind the roast: 12 minutes, 205°C, and a lot of listening to the crack. #roasting #coffee',
  'Jumat berkah: beli 2 gratis 1 untuk semua menu dingin. #promo #jumatberkah',
  'Kami buka cabang baru di Bintaro! Grand opening Sabtu ini 🎉 #kopi #bintaro',
  'Tips seduh V60 di rumah: 15 g kopi, 250 ml air, 92°C. Coba dan ceritakan hasilnya! #manualbrew #v60',
  'Hujan gini enaknya kopi apa? Tulis di kolom komentar 👇 #kopi #musimhujan',
  'Our baristas tried 40 milk alternatives so you do not have to. Oat wins. #coffee #oatmilk',
  'Menu baru: Kopi Pandan Latte. Wangi, manis, ga bikin enek. #menubaru #kopi',
  'Giveaway! Follow, repost, dan tag 2 teman. Pemenang diumumkan Senin. #giveaway #kopi',
  'Panen kopi Toraja tahun ini lebih sedikit, tapi rasanya luar biasa. #toraja #specialtycoffee',
  'Ngopi sore sambil nunggu macet reda. Siapa yang relate? #kopisore',
  'We are hiring: head barista for our Kemang store. DM us. #hiring #coffee',
  'Harga naik? Tidak. Ukuran baru 500 ml untuk harga yang sama. #kopi #promo',
  'Cold brew 18 jam, hasilnya? Halus banget. #coldbrew',
  'Hari Kopi Nasional: semua kopi hitam Rp10.000 seharian. #harikopi #promo',
  'From farm to cup in 21 days. Here is the journey of one bag of beans. #traceability #specialtycoffee',
  'Kopi susu, kopi hitam, atau teh? Pilih satu. #polling',
  'Thank you for 12,000 followers! Coffee is on us this Friday. #terimakasih #kopi',
] as const;

/** What unwatched authors post (what scrolling a feed leaves behind). */
export const STRAY_TEXTS = [
  'Antre 20 menit demi kopi viral ini. Worth it? Lumayan. #kuliner',
  'Work from cafe day. Wifi kencang, colokan banyak. #wfc',
  'Ada yang tahu kopi susu yang enak di Depok? #depok',
  'My morning routine: one pour-over, no phone for 30 minutes.',
  'Review jujur: latte-nya terlalu manis buat saya. #review',
  'Kopi sachet tetap juara kalau tanggal tua 😅',
  'Found a tiny roastery near the station, beans roasted this morning. #coffee',
  'Barista-nya ramah, tempatnya adem. Balik lagi minggu depan. #cafe',
] as const;

/**
 * One identity per account. A platform names an account in several forms (YouTube: channel id and
 * @handle; X: numeric id and screen name; Bluesky: DID and handle; Facebook: page id and vanity
 * name), and a handle can change. Payloads that join two forms are reported by the parsers
 * (`identities`); the writer keeps them as aliases, stores every row under the handle, and merges
 * rows already stored under another form (the migration runs when the join is first seen, since
 * only then is it known). Call inside the ingest transaction.
 */
import type { AccountIdentity, CapturedPost, CapturedProfile, PlatformId } from '../platforms/types';
import type { PantauDB } from './db';
import type { AccountRow, AliasRow, ProfileSnapshotRow } from './schema';

/** The tables an ingest transaction must include for this module. */
export const identityTables = (db: PantauDB) => [db.aliases, db.posts, db.profileSnapshots, db.accounts];

/**
 * Learn the forms a batch joined; merge rows stored under a form that is not the handle. Returns
 * how many accounts were merged. Known joins cost one bulk read per batch; only a join seen for the
 * first time (or a rename) writes, and those merges run side by side in the transaction.
 */
export async function learnIdentities(
  db: PantauDB,
  platform: PlatformId,
  identities: readonly AccountIdentity[],
  now: number,
): Promise<number> {
  const pairs = identities.flatMap(({ handle, ids }) =>
    ids.map((id) => ({ alias: id.toLowerCase(), handle })).filter((p) => p.alias !== p.handle.toLowerCase()),
  );
  const targets = [...new Set(identities.map((i) => i.handle.toLowerCase()))];
  const [prevs, targetAliases] = await Promise.all([
    db.aliases.bulkGet(pairs.map((p) => [platform, p.alias] as [string, string])),
    db.aliases.bulkGet(targets.map((t) => [platform, t] as [string, string])),
  ]);
  const fresh = pairs.flatMap((p, i) => (prevs[i]?.handle.toLowerCase() === p.handle.toLowerCase() ? [] : [{ ...p, prev: prevs[i] }]));
  // Rows arriving under the old handle of a renamed account map to the new one, not back.
  const renamedBack = targets.filter((_, i) => targetAliases[i]);
  if (renamedBack.length) await db.aliases.bulkDelete(renamedBack.map((t) => [platform, t] as [string, string]));
  if (!fresh.length) return 0;
  const rows: AliasRow[] = fresh.map((p) => ({ platform, alias: p.alias, handle: p.handle, at: now }));
  // The id now names a new handle: the account was renamed. Its old handle becomes an alias too.
  for (const p of fresh)
    if (p.prev && p.prev.handle.toLowerCase() !== p.handle.toLowerCase())
      rows.push({ platform, alias: p.prev.handle.toLowerCase(), handle: p.handle, at: now });
  await db.aliases.bulkPut(rows);
  // Most new joins have nothing stored under the other form (an X user id never names rows): find
  // the forms that do in three queries for the batch, and merge only those.
  const forms = rows.map((r) => r.alias);
  const [postKeys, sampleKeys, accounts] = await Promise.all([
    db.posts
      .where('[platform+authorKey]')
      .anyOf(forms.map((f) => [platform, f]))
      .keys(),
    db.profileSnapshots
      .where('[platform+handle+capturedAt]')
      .inAnyRange(
        forms.map((f) => [
          [platform, f, -Infinity],
          [platform, f, Infinity],
        ]),
      )
      .keys(),
    db.accounts.bulkGet(forms.map((f) => [platform, f] as [string, string])),
  ]);
  const stored = new Set<string>([
    ...postKeys.map((k) => String((k as unknown[])[1])),
    ...sampleKeys.map((k) => String((k as unknown[])[1])),
    ...accounts.flatMap((a) => (a ? [a.handle] : [])),
  ]);
  const merged = await Promise.all(rows.filter((r) => stored.has(r.alias)).map((r) => mergeAccount(db, platform, r.alias, r.handle)));
  return merged.reduce((a: number, b) => a + b, 0);
}

/** Move every row stored under `from` (lower-cased form) to `handle`. Returns 1 when anything moved. */
export async function mergeAccount(db: PantauDB, platform: PlatformId, from: string, handle: string): Promise<number> {
  const to = handle.toLowerCase();
  if (from === to) return 0;
  let moved = false;
  const [posts, samples, account] = await Promise.all([
    db.posts.where('[platform+authorKey]').equals([platform, from]).toArray(),
    db.profileSnapshots.where('[platform+handle+capturedAt]').between([platform, from, 0], [platform, from, Infinity]).toArray(),
    db.accounts.get([platform, from]),
  ]);
  if (posts.length) {
    moved = true;
    await db.posts.bulkPut(posts.map((p) => ({ ...p, authorHandle: handle, authorKey: to })));
  }
  if (samples.length) {
    moved = true;
    await db.profileSnapshots.bulkDelete(samples.map((s) => [s.platform, s.handle, s.capturedAt] as [string, string, number]));
    // A sample the handle already has at the same instant wins (it is the same sighting).
    const rows: ProfileSnapshotRow[] = samples.map((s) => ({ ...s, handle: to }));
    const existing = await db.profileSnapshots.bulkGet(rows.map((r) => [r.platform, r.handle, r.capturedAt] as [string, string, number]));
    await db.profileSnapshots.bulkPut(rows.filter((_, i) => !existing[i]));
  }
  if (account) {
    moved = true;
    const kept = await db.accounts.get([platform, to]);
    await db.accounts.delete([platform, from]);
    // The user's own choice on the handle wins; otherwise the watched form's role and group carry over.
    const row: AccountRow = kept ?? { ...account, handle: to, displayHandle: handle };
    await db.accounts.put(row);
  }
  return moved ? 1 : 0;
}

/** Rows of a batch under the handle their alias maps to (a channel id becomes its @handle). */
export async function canonicalRows(
  db: PantauDB,
  platform: PlatformId,
  posts: CapturedPost[],
  profiles: CapturedProfile[],
): Promise<{ posts: CapturedPost[]; profiles: CapturedProfile[] }> {
  const forms = [...new Set([...posts.map((p) => p.authorHandle.toLowerCase()), ...profiles.map((p) => p.handle.toLowerCase())])];
  if (!forms.length) return { posts, profiles };
  const found = await db.aliases.bulkGet(forms.map((f) => [platform, f] as [string, string]));
  const map = new Map(found.flatMap((a) => (a ? [[a.alias, a.handle] as const] : [])));
  if (!map.size) return { posts, profiles };
  return {
    posts: posts.map((p) => {
      const h = map.get(p.authorHandle.toLowerCase());
      return h ? { ...p, authorHandle: h } : p;
    }),
    profiles: profiles.map((p) => {
      const h = map.get(p.handle.toLowerCase());
      return h ? { ...p, handle: h } : p;
    }),
  };
}

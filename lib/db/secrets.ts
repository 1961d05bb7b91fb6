import type { PantauDB } from './db';
import type { ComposeTarget } from '../platforms/registry';

/** Credentials are stored per API target (one account each). */
export type SecretKey = ComposeTarget;

/** The stored value, unparsed: callers check it with their schema (it may be from an older version). */
export async function getSecret(db: PantauDB, key: SecretKey): Promise<unknown> {
  return (await db.secrets.get(key))?.value;
}

export async function putSecret(db: PantauDB, key: SecretKey, value: unknown): Promise<void> {
  await db.secrets.put({ key, value });
}

/** "Disconnect": the credentials go; what was posted with them stays on the drafts. */
export async function deleteSecret(db: PantauDB, key: SecretKey): Promise<void> {
  await db.secrets.delete(key);
}

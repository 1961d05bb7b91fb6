import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * The real words of a message catalog (lib/i18n/locales/<lang>.yml: flat, one `key: value` a line),
 * so a test can assert the sentence a user reads rather than a key.
 */
export function readCatalog(lang: 'en' | 'id'): Record<string, string> {
  const out: Record<string, string> = {};
  const file = readFileSync(join(import.meta.dirname, '..', '..', 'lib', 'i18n', 'locales', `${lang}.yml`), 'utf8');
  for (const line of file.split('\n')) {
    const m = /^([A-Za-z0-9_]+):\s*(.*)$/.exec(line);
    if (!m) continue;
    const raw = m[2]!.trim();
    out[m[1]!] = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
  }
  return out;
}

/** The fake browser answers i18n from a catalog, with $1… substitutions, as chrome.i18n does. */
export function useCatalog(lang: 'en' | 'id'): void {
  const catalog = readCatalog(lang);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (catalog[key] ?? key).replace(/\$(\d)/g, (_, n: string) => String(list[Number(n) - 1] ?? ''));
  }) as typeof fakeBrowser.i18n.getMessage;
}

import type { Page } from 'puppeteer-core';

/** Row counts of the extension's stores, read from an extension page in one transaction. */
export const countRows = (page: Page, stores: string[]) =>
  page.evaluate(
    (stores) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('pantau');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(stores);
          const reqs = stores.map((s) => tx.objectStore(s).count());
          tx.oncomplete = () => (open.result.close(), resolve(reqs.map((r) => r.result)));
        };
      }),
    stores,
  );

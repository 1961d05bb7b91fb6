import { useEffect, useState } from 'react';
import type { WxtStorageItem } from '@wxt-dev/storage';

/** A @wxt-dev/storage item's value, kept current as it changes (in this page or any other). */
export function useStorageItem<T>(item: WxtStorageItem<T, Record<string, unknown>>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch((v) => setValue(v));
  }, [item]);
  return value;
}

import { useEffect } from 'react';
import { panelTabItem } from '@/lib/settings';

/** Show the tab another page asked for (the popup's draft count opens the Drafts list), once. */
export function usePanelTab<T extends string>(tabs: readonly T[], show: (tab: T) => void): void {
  const key = tabs.join(',');
  useEffect(() => {
    const open = (tab: string | null) => {
      if (!tab || !key.split(',').includes(tab)) return;
      show(tab as T);
      void panelTabItem.setValue(null);
    };
    void panelTabItem.getValue().then(open);
    return panelTabItem.watch(open);
  }, [key, show]);
}

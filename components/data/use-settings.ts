import { useMemo } from 'react';
import { normaliseSettings, settingsItem, type Settings } from '@/lib/settings';
import { useStorageItem } from '../ui/use-storage-item';

/** The settings, normalised, kept current as they change (undefined until read). */
export function useSettings(): Settings | undefined {
  const raw = useStorageItem(settingsItem);
  return useMemo(() => (raw === undefined ? undefined : normaliseSettings(raw)), [raw]);
}

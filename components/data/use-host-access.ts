import { useEffect, useState } from 'react';
import { missingHostAccess, watchHostAccess, type HostAccess } from '@/lib/background/host-access';

/** Which platforms Pantau may not read yet (undefined while checking), kept live as permissions change. */
export function useHostAccess(): HostAccess | undefined {
  const [access, setAccess] = useState<HostAccess>();
  useEffect(() => {
    const load = () => void missingHostAccess().then(setAccess);
    load();
    return watchHostAccess(load);
  }, []);
  return access;
}

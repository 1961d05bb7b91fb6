import { createContext, useContext } from 'react';
import type { PlatformId } from '@/lib/platforms/types';

/** A stored post, by its key. */
export interface PostRef {
  platform: PlatformId;
  postId: string;
}

/**
 * Opens a post's detail page in the side panel (its history, ER, "× its usual", counters). Any view
 * listing posts calls it on a click; the panel's App provides it. Outside the panel it does nothing.
 */
export const OpenPostContext = createContext<(ref: PostRef) => void>(() => undefined);

export const useOpenPost = () => useContext(OpenPostContext);

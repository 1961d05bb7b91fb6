import { defineExtensionMessaging } from '@webext-core/messaging';
import type { z } from 'zod';
import type { PlatformId } from '../platforms/types';
import type { CaptureBatch, composeSchema, saveDraftSchema, scheduleDraftSchema, setAccountRoleSchema } from './schemas';

/** What a badge on a watched account's post shows. */
export interface BadgeData {
  postId: string;
  engagement: number;
  followers: number;
  er: number;
  medianEr: number;
}

/** The error codes a UI turns into words (see lib/i18n/locales). */
export type ErrorCode = 'invalidInput' | 'scheduleInPast' | 'notFound' | 'forbidden' | 'storageFull' | 'internal';
export type Result<T = object> = ({ ok: true } & T) | { ok: false; error: ErrorCode; detail?: string };

export type ComposeOutcome = Result<{ method: 'inPage' | 'intent'; tabId?: number }>;

/**
 * The typed protocol between content scripts, extension pages and the background.
 * Names start with a verb. Inputs are validated with the zod schemas in ./schemas on receipt.
 */
export interface ProtocolMap {
  /** content script → background: one batch of captured rows. */
  capturePosts(batch: CaptureBatch): Result<{ stored: number }>;
  /** extension page → background. */
  saveDraft(input: z.infer<typeof saveDraftSchema>): Result<{ id: string }>;
  scheduleDraft(input: z.infer<typeof scheduleDraftSchema>): Result<{ id: string }>;
  deleteDraft(input: { id: string }): Result;
  markDraftPosted(input: { id: string }): Result;
  setAccountRole(input: z.infer<typeof setAccountRoleSchema>): Result;
  /** Delete captured posts, history, watchlist and health (drafts are kept). */
  clearData(input: { confirm: 'DELETE' }): Result;
  composeOnX(input: z.infer<typeof composeSchema>): ComposeOutcome;
  /** content script → background: ER badges for the watched accounts' posts on screen. */
  getBadges(input: { platform: PlatformId; postIds: string[] }): BadgeData[];
  /** background → X content script: fill the native composer on this tab. */
  fillComposer(input: { text: string }): { ok: boolean; reason?: string };
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

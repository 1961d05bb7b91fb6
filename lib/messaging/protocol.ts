import { defineExtensionMessaging } from '@webext-core/messaging';
import type { PlatformId } from '../platforms/types';
import type { ComposeTarget } from '../platforms/registry';
import type { PostingErrorCode } from '../api-posting/errors';
import type { Connection } from '../api-posting/poster';
import type { FillComposerInput } from '../composer-fill/serve';
import type { ComposeReport } from '../platforms/types';
import type * as S from './schemas';
type CaptureBatch = S.CaptureBatch;

/** What a badge on a watched account's post shows. */
export interface BadgeData {
  postId: string;
  engagement: number;
  followers: number;
  er: number;
  /** "× its usual" (lib/metrics/usual.ts), when the account has enough posts at the same age. */
  timesUsual?: number;
  /** The peers' median ER it divides by, and the age compared at (hours). */
  usualEr?: number;
  ageHours?: number;
}

/** The error codes a UI turns into words (see lib/i18n/locales). */
export type ErrorCode =
  | 'invalidInput'
  | 'scheduleInPast'
  | 'notFound'
  | 'forbidden'
  | 'storageFull'
  | 'internal'
  | 'queueFull'
  | 'tooManyMedia'
  | 'permissionDenied'
  | PostingErrorCode;
export type Result<T = object> = ({ ok: true } & T) | { ok: false; error: ErrorCode; detail?: string };

/**
 * How a draft was handed to a platform: filled in its composer in a tab (`inPage`), opened on its
 * intent/share page (`intent`), or left on the clipboard with the upload/home page open
 * (`clipboard`: the caller copies `text`). `filled` of `total` thread posts are in the composer.
 */
export type ComposeOutcome = Result<{
  method: 'inPage' | 'intent' | 'clipboard';
  tabId?: number;
  filled?: number;
  total?: number;
  media?: ComposeReport['media'];
  text?: string;
}>;

/** Which direct-posting accounts are connected (never their tokens). */
export type Connections = Partial<Record<ComposeTarget, Connection>>;

/** A direct post: the first post's address, and how many of the thread's posts are live. */
export type ApiOutcome = Result<{ url?: string; live: number; total: number }> & { live?: number; total?: number };
type In<T extends { _output: unknown }> = T['_output'];

/**
 * The typed protocol between content scripts, extension pages and the background.
 * Names start with a verb. Inputs are validated with the zod schemas in ./schemas on receipt.
 */
export interface ProtocolMap {
  /** content script → background: one batch of captured rows. */
  capturePosts(batch: CaptureBatch): Result<{ stored: number }>;
  /** extension page → background. */
  saveDraft(input: In<typeof S.saveDraftSchema>): Result<{ id: string }>;
  scheduleDraft(input: In<typeof S.scheduleDraftSchema>): Result<{ id: string }>;
  /** "Add to queue": the next free queue slot of the draft's platforms. */
  queueDraft(input: In<typeof S.saveDraftSchema>): Result<{ id: string; scheduledAt: number }>;
  rescheduleDraft(input: In<typeof S.rescheduleSchema>): Result;
  snoozeDraft(input: In<typeof S.snoozeSchema>): Result<{ scheduledAt: number }>;
  /** "Delete": gone from every list at once, and kept a minute for "Undo". */
  deleteDraft(input: { id: string }): Result;
  undoDeleteDraft(input: { id: string }): Result;
  /** "Use as template": a new draft with the same text, targets, options and images. */
  duplicateDraft(input: { id: string }): Result<{ id: string }>;
  markDraftPosted(input: In<typeof S.markPostedSchema>): Result;
  /** "Is this your post?": yes links the draft to the captured post, no dismisses it. */
  answerSuggestion(input: In<typeof S.answerSuggestionSchema>): Result;
  setAccountRole(input: In<typeof S.setAccountRoleSchema>): Result;
  /** "Ignore": the account is ignored at once; its stored posts go after the undo window. */
  ignoreAccount(input: In<typeof S.accountRefSchema>): Result;
  /** "Undo" of Ignore, within the window: the role before comes back with every post. */
  undoIgnore(input: In<typeof S.accountRefSchema>): Result;
  /** Delete captured posts, history, watchlist and health (drafts are kept). */
  clearData(input: { confirm: 'DELETE' }): Result;
  /** Store rows read from an imported HAR file, at the entry's time, through the one writer. */
  importCapture(input: In<typeof S.importBatchSchema>): Result<{ stored: number }>;
  /** Storage is full: delete unwatched accounts' posts older than a day. */
  freeUpSpace(input: Record<string, never>): Result<{ removed: number }>;
  /** Fill a platform's composer with these posts (or open its fallback). */
  composeNow(input: In<typeof S.composeNowSchema>): ComposeOutcome;
  /** "Post now" on a draft: every target (or one), as its notification button does. */
  postDraftNow(input: In<typeof S.postNowSchema>): Result<{ outcomes: Partial<Record<ComposeTarget, ComposeOutcome | ApiOutcome>> }>;
  attachMedia(input: In<typeof S.attachMediaSchema>): Result<{ id: string }>;
  removeMedia(input: { id: string }): Result;
  /** Sign in to a target's API with its connect form's values (its definition's `posting.api.fields`). */
  connect(input: In<typeof S.connectSchema>): Result<{ connection: Connection }>;
  disconnect(input: In<typeof S.apiTargetSchema>): Result;
  getConnections(input: Record<string, never>): Result<Connections>;
  postViaApi(input: In<typeof S.postViaApiSchema>): ApiOutcome;
  /** The context menu's "Draft a post from this page / selection". */
  draftFromPage(input: In<typeof S.draftFromPageSchema>): Result<{ id: string }>;
  /** content script → background: whether capture is switched on for the sending tab's platform. */
  captureEnabled(input: Record<string, never>): { on: boolean };
  /** content script → background: ER badges for the watched accounts' posts on screen. */
  getBadges(input: { platform: PlatformId; postIds: string[] }): BadgeData[];
  /** background → a platform's content script: fill the native composer on this tab. */
  fillComposer(input: FillComposerInput): ComposeReport;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

import type { ComposeTarget, MeasureOptions } from '@/lib/compose';
import { partsFor } from '@/lib/compose/draft';
import { findHashtags } from '@/lib/compose/entities';
import type { DraftInput } from '@/lib/db/drafts';
import { MEDIA_MAX_BYTES, MEDIA_PER_DRAFT, MEDIA_TYPES } from '@/lib/db/schema';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { sendMessage, type ApiOutcome, type ComposeOutcome, type ErrorCode } from '@/lib/messaging/protocol';
import { PLATFORM_NAMES } from '@/lib/platforms/registry';
import { hashtagSetsItem, parseTags, type HashtagSet } from '@/lib/settings';
import { errorText } from '../ui/errors';
import type { NoticeData } from '../ui/notice';
import { blocking, draftProblems } from './problems';

/** What the composer's actions act on: the draft as shown, how to change it, how to count and date. */
export interface ComposerContext {
  state: DraftInput;
  onChange(next: DraftInput): void;
  measureOpts: MeasureOptions;
  now(): number;
  locale: string;
}

const failed = (res: { error: ErrorCode; detail?: string }): NoticeData => ({ kind: 'error', text: errorText(res.error, res.detail) });

/**
 * Why the draft cannot go out (to every target, or to `target` only: one platform's problem does
 * not stop the others), as one notice; undefined when it can. Each problem also shows next to the
 * text that fixes it.
 */
function refuse({ state, measureOpts }: ComposerContext, target?: ComposeTarget): NoticeData | undefined {
  const all = draftProblems(state, measureOpts);
  const issues = target ? blocking(all, target) : all;
  return issues.length ? { kind: 'error', text: t('problemFixFirst', [issues.map((p) => p.text).join(' ')]) } : undefined;
}

/** Saves the draft (new or changed) and gives its id, or what went wrong. */
async function ensureSaved({ state, onChange }: ComposerContext): Promise<string | NoticeData> {
  const res = await sendMessage('saveDraft', state);
  if (!res.ok) return failed(res);
  if (res.id !== state.id) onChange({ ...state, id: res.id });
  return res.id;
}

export async function saveDraft(ctx: ComposerContext): Promise<NoticeData> {
  const id = await ensureSaved(ctx);
  return typeof id === 'string' ? { kind: 'ok', text: t('composerSaved') } : id;
}

export async function scheduleAt(ctx: ComposerContext, at: number | undefined): Promise<NoticeData> {
  const refused = refuse(ctx);
  if (refused) return refused;
  if (at === undefined) return { kind: 'error', text: t('errScheduleInvalid') };
  if (at <= ctx.now()) return { kind: 'error', text: t('errScheduleInPast') };
  const res = await sendMessage('scheduleDraft', { ...ctx.state, scheduledAt: at });
  if (!res.ok) return failed(res);
  ctx.onChange({ ...ctx.state, id: res.id });
  return { kind: 'ok', text: t('composerScheduled', [formatDateTime(at, ctx.locale)]) };
}

export async function addToQueue(ctx: ComposerContext): Promise<NoticeData> {
  const refused = refuse(ctx);
  if (refused) return refused;
  const res = await sendMessage('queueDraft', ctx.state);
  if (!res.ok) return failed(res);
  ctx.onChange({ ...ctx.state, id: res.id });
  return { kind: 'ok', text: t('composerQueued', [formatDateTime(res.scheduledAt, ctx.locale)]) };
}

/** Hands the draft to one platform: its composer in a tab ('page') or its API. */
export async function postTo(ctx: ComposerContext, target: ComposeTarget, how: 'page' | 'api'): Promise<NoticeData> {
  const refused = refuse(ctx, target);
  if (refused) return refused;
  const id = await ensureSaved(ctx);
  if (typeof id !== 'string') return id;
  if (how === 'api') {
    const res: ApiOutcome = await sendMessage('postViaApi', { id, target });
    if (res.ok) return { kind: 'ok', text: t('composerApiPosted', [PLATFORM_NAMES[target], String(res.live), String(res.total)]) };
    const partial = res.live ? ` ${t('composerApiPartial', [String(res.live), String(res.total ?? '?')])}` : '';
    return { kind: 'error', text: `${errorText(res.error, res.detail)}${partial}` };
  }
  const parts = partsFor(ctx.state, target, ctx.measureOpts);
  const res: ComposeOutcome = await sendMessage('composeNow', { target, parts, draftId: id });
  return outcomeText(target, res);
}

/** Attaches images to the draft (saving it first), stopping at the first one refused. */
export async function attachImages(ctx: ComposerContext, files: FileList | null): Promise<NoticeData> {
  const id = await ensureSaved(ctx);
  if (typeof id !== 'string') return id;
  for (const file of [...(files ?? [])]) {
    if (!(MEDIA_TYPES as readonly string[]).includes(file.type)) return { kind: 'error', text: t('composerMediaType', [file.name]) };
    if (file.size > MEDIA_MAX_BYTES) return { kind: 'error', text: t('composerMediaSize', [file.name, '8']) };
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(String(r.result));
      r.onerror = () => reject(r.error);
      r.readAsDataURL(file);
    });
    const res = await sendMessage('attachMedia', {
      draftId: id,
      name: file.name.slice(0, 200),
      type: file.type as (typeof MEDIA_TYPES)[number],
      dataUrl,
    });
    if (!res.ok)
      return {
        kind: 'error',
        text: res.error === 'tooManyMedia' ? t('composerMediaMax', [String(MEDIA_PER_DRAFT)]) : errorText(res.error, res.detail),
      };
  }
  return undefined;
}

export const removeImage = (id: string) => void sendMessage('removeMedia', { id });

/** Saves the hashtags in `text` as a named set (replacing one of that name). */
export async function saveHashtagSet(sets: readonly HashtagSet[], name: string, text: string): Promise<NoticeData> {
  const tags = findHashtags(text).map((h) => h.value);
  if (!name.trim() || !tags.length) return { kind: 'error', text: t('composerSetNeedsTags') };
  const next = [...sets.filter((s) => s.name !== name.trim()), { name: name.trim(), tags: parseTags(tags.join(' ')) }];
  await hashtagSetsItem.setValue(next);
  return { kind: 'ok', text: t('composerSetSaved', [name.trim()]) };
}

/** `text` with the set's tags that it lacks appended; undefined when it has them all. */
export function withHashtagSet(text: string, set: HashtagSet): string | undefined {
  const present = new Set(findHashtags(text).map((h) => h.value.toLowerCase()));
  const add = set.tags.filter((tag) => !present.has(tag.toLowerCase())).map((tag) => `#${tag}`);
  return add.length ? `${text.trimEnd()}${text.trim() ? '\n\n' : ''}${add.join(' ')}` : undefined;
}

/** Words for how a draft was handed to a platform; copies to the clipboard when that is the way. */
export async function outcomeText(target: ComposeTarget, res: ComposeOutcome): Promise<NoticeData> {
  if (!res.ok) return { kind: 'error', text: errorText(res.error, res.detail) };
  const name = PLATFORM_NAMES[target];
  if (res.method === 'clipboard') {
    const copied = res.text
      ? await navigator.clipboard.writeText(res.text).then(
          () => true,
          () => false,
        )
      : false;
    return { kind: copied ? 'ok' : 'warn', text: t(copied ? 'composerCopied' : 'composerCopyFailed', [name]) };
  }
  const mediaNote = res.media === 'notSupported' ? ` ${t('composerMediaManual')}` : '';
  if (res.method === 'intent') return { kind: 'ok', text: `${t('composerIntentOpened', [name])}${mediaNote}` };
  const threadNote =
    (res.total ?? 1) > 1 && (res.filled ?? 1) < (res.total ?? 1)
      ? ` ${t('composerThreadPartial', [String(res.filled), String(res.total)])}`
      : '';
  return { kind: 'ok', text: `${t('composerFilled', [name])}${threadNote}${mediaNote}` };
}

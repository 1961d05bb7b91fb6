import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  COMPOSE_TARGETS,
  isOver,
  measure,
  moveSplit,
  splitParts,
  THREAD_TARGETS,
  type ComposeTarget,
  type MeasureOptions,
} from '@/lib/compose';
import { finalText, isDiverged, partsFor, threaded, variantText } from '@/lib/compose/draft';
import { findHashtags } from '@/lib/compose/entities';
import { getDb } from '@/lib/db/db';
import type { DraftInput } from '@/lib/db/drafts';
import { MEDIA_PER_DRAFT, MEDIA_MAX_BYTES, MEDIA_TYPES } from '@/lib/db/schema';
import { formatDateTime, fromLocalInput, toLocalInput } from '@/lib/format';
import { t } from '@/lib/i18n/t';
import { sendMessage, type ApiOutcome, type ComposeOutcome, type Connections } from '@/lib/messaging/protocol';
import { PLATFORM_NAMES } from '@/lib/platforms/names';
import { POSTING } from '@/lib/platforms/posting';
import { hashtagSetsItem, parseTags } from '@/lib/settings';
import { errorText } from '../ui/errors';
import { useLocale } from '../ui/locale';
import { useStorageItem } from '../ui/use-storage-item';
import { VariantPreview } from './variant-preview';
import { Notice, type NoticeData } from '../ui/notice';

export type ComposerState = DraftInput;

export interface ComposerProps {
  state: ComposerState;
  onChange(next: ComposerState): void;
  connections: Connections;
  measureOpts: MeasureOptions;
  /** Suggested slots from the best-time grid (epoch ms), best first. */
  suggested: number[];
  now(): number;
}

const db = getDb();

/** The problems that stop a draft from going out, in words (empty: fine). */
export function problems(state: ComposerState, opts: MeasureOptions): string[] {
  const out: string[] = [];
  if (!state.text.trim()) out.push(t('composerEmpty'));
  if (!state.platforms.length) out.push(t('composerNoPlatform'));
  for (const p of state.platforms) {
    const parts = partsFor(state, p, opts);
    const bad = parts.map((part) => measure(p, part, opts)).find(isOver);
    if (!bad) continue;
    if (bad.title && bad.title.used > bad.title.limit)
      out.push(t('composerTitleOver', [PLATFORM_NAMES[p], String(bad.title.used - bad.title.limit)]));
    else if (bad.hashtags && bad.hashtags.used > bad.hashtags.limit)
      out.push(t('composerTooManyHashtags', [PLATFORM_NAMES[p], String(bad.hashtags.used), String(bad.hashtags.limit)]));
    else
      out.push(
        t(THREAD_TARGETS.includes(p) ? 'composerOverThreadable' : 'composerOverPlatform', [
          PLATFORM_NAMES[p],
          String(bad.used - bad.limit),
        ]),
      );
  }
  return out;
}

/**
 * The full composer: one base text, a variant per platform (editing one forks it from the base),
 * exact counting and a preview with the feed's fold, thread splitting with movable split points,
 * hashtag sets, UTM tagging, images, and every way out: save, schedule, queue, post now, API.
 */
export function Composer({ state, onChange, connections, measureOpts, suggested, now }: ComposerProps) {
  const locale = useLocale();
  const [notice, setNotice] = useState<NoticeData>();
  const [busy, setBusy] = useState(false);
  const [when, setWhen] = useState(() => toLocalInput(now() + 60 * 60 * 1000));
  const [setName, setSetName] = useState('');
  const allSets = useStorageItem(hashtagSetsItem) ?? [];
  const mediaRows = useLiveQuery(() => (state.id ? db.media.where('draftId').equals(state.id).sortBy('addedAt') : []), [state.id]);
  const media = useMemo(() => mediaRows ?? [], [mediaRows]);
  const saved = useLiveQuery(() => (state.id ? db.drafts.get(state.id) : undefined), [state.id]);
  const urls = useMemo(() => new Map(media.map((m) => [m.id, URL.createObjectURL(m.blob)])), [media]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);

  const set = (patch: Partial<ComposerState>) => {
    onChange({ ...state, ...patch });
    setNotice(undefined);
  };
  const issues = problems(state, measureOpts);

  const run = async (action: () => Promise<NoticeData>) => {
    setBusy(true);
    try {
      setNotice(await action());
    } catch (err) {
      setNotice({ kind: 'error', text: t('errInternal', [String(err).slice(0, 120)]) });
    } finally {
      setBusy(false);
    }
  };
  const refuse = (): NoticeData | undefined => (issues.length ? { kind: 'error', text: issues.join(' ') } : undefined);
  const ensureSaved = async (): Promise<string | NoticeData> => {
    const res = await sendMessage('saveDraft', state);
    if (!res.ok) return { kind: 'error', text: errorText(res.error, res.detail) };
    if (res.id !== state.id) onChange({ ...state, id: res.id });
    return res.id;
  };

  const save = () =>
    run(async () => {
      const id = await ensureSaved();
      return typeof id === 'string' ? { kind: 'ok', text: t('composerSaved') } : id;
    });
  const schedule = (at: number | undefined) =>
    run(async () => {
      const refused = refuse();
      if (refused) return refused;
      if (at === undefined) return { kind: 'error', text: t('errScheduleInvalid') };
      if (at <= now()) return { kind: 'error', text: t('errScheduleInPast') };
      const res = await sendMessage('scheduleDraft', { ...state, scheduledAt: at });
      if (!res.ok) return { kind: 'error', text: errorText(res.error, res.detail) };
      onChange({ ...state, id: res.id });
      return { kind: 'ok', text: t('composerScheduled', [formatDateTime(at, locale)]) };
    });
  const queue = () =>
    run(async () => {
      const refused = refuse();
      if (refused) return refused;
      const res = await sendMessage('queueDraft', state);
      if (!res.ok) return { kind: 'error', text: errorText(res.error, res.detail) };
      onChange({ ...state, id: res.id });
      return { kind: 'ok', text: t('composerQueued', [formatDateTime(res.scheduledAt, locale)]) };
    });

  const postOne = (target: ComposeTarget, how: 'page' | 'api') =>
    run(async () => {
      const refused = refuse();
      if (refused) return refused;
      const id = await ensureSaved();
      if (typeof id !== 'string') return id;
      if (how === 'api') {
        const res: ApiOutcome = await sendMessage('postViaApi', { id, target: target as 'bluesky' | 'mastodon' });
        if (res.ok) return { kind: 'ok', text: t('composerApiPosted', [PLATFORM_NAMES[target], String(res.live), String(res.total)]) };
        const partial = res.live ? ` ${t('composerApiPartial', [String(res.live), String(res.total ?? '?')])}` : '';
        return { kind: 'error', text: `${errorText(res.error, res.detail)}${partial}` };
      }
      const parts = partsFor(state, target, measureOpts);
      const res: ComposeOutcome = await sendMessage('composeNow', { target, parts, draftId: id });
      return outcomeText(target, res);
    });

  const addMedia = (files: FileList | null) =>
    run(async () => {
      const id = await ensureSaved();
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
    });

  const saveSet = async () => {
    const tags = findHashtags(state.text).map((h) => h.value);
    if (!setName.trim() || !tags.length) {
      setNotice({ kind: 'error', text: t('composerSetNeedsTags') });
      return;
    }
    const next = [...allSets.filter((s) => s.name !== setName.trim()), { name: setName.trim(), tags: parseTags(tags.join(' ')) }];
    await hashtagSetsItem.setValue(next);
    setSetName('');
    setNotice({ kind: 'ok', text: t('composerSetSaved', [setName.trim()]) });
  };
  const insertSet = (name: string) => {
    const s = allSets.find((x) => x.name === name);
    if (!s) return;
    const present = new Set(findHashtags(state.text).map((h) => h.value.toLowerCase()));
    const add = s.tags.filter((tag) => !present.has(tag.toLowerCase())).map((tag) => `#${tag}`);
    if (add.length) set({ text: `${state.text.trimEnd()}${state.text.trim() ? '\n\n' : ''}${add.join(' ')}` });
  };

  const togglePlatform = (p: ComposeTarget) =>
    set({
      platforms: state.platforms.includes(p)
        ? state.platforms.filter((x) => x !== p)
        : COMPOSE_TARGETS.filter((x) => x === p || state.platforms.includes(x)),
    });

  return (
    <section className="stack composer" aria-labelledby="full-composer-title">
      <div className="row">
        <h2 id="full-composer-title">{t('composerFullTitle')}</h2>
        <span className="spacer" />
        {saved && (
          <span className="pill" data-testid="draft-status">
            {t(`draftStatus_${saved.status}`)}
            {saved.scheduledAt ? ` · ${formatDateTime(saved.scheduledAt, locale)}` : ''}
          </span>
        )}
        <button className="small" data-action="new-draft" onClick={() => onChange({ text: '', platforms: state.platforms })}>
          {t('composerNew')}
        </button>
      </div>
      <div className="row wrap" role="group" aria-label={t('composerPlatforms')}>
        {COMPOSE_TARGETS.map((p) => (
          <label key={p} className={`chip ${state.platforms.includes(p) ? 'on' : ''}`}>
            <input type="checkbox" data-platform-toggle={p} checked={state.platforms.includes(p)} onChange={() => togglePlatform(p)} />
            {PLATFORM_NAMES[p]}
          </label>
        ))}
      </div>
      <textarea
        data-testid="base-text"
        rows={6}
        value={state.text}
        placeholder={t('composerPlaceholder')}
        aria-label={t('composerBase')}
        onChange={(e) => set({ text: e.target.value, ...(state.threads ? { threads: undefined } : {}) })}
      />
      <div className="row wrap small">
        <label>
          <input
            type="checkbox"
            data-action="toggle-thread"
            checked={Boolean(state.thread)}
            onChange={(e) => set({ thread: e.target.checked, threads: undefined })}
          />{' '}
          {t('composerThread')}
        </label>
        <label>
          <input
            type="checkbox"
            data-action="toggle-numbering"
            disabled={!state.thread}
            checked={Boolean(state.numbering)}
            onChange={(e) => set({ numbering: e.target.checked })}
          />{' '}
          {t('composerNumbering')}
        </label>
        <label>
          <input type="checkbox" data-action="toggle-utm" checked={Boolean(state.utm)} onChange={(e) => set({ utm: e.target.checked })} />{' '}
          {t('composerUtm')}
        </label>
        <input
          data-testid="campaign"
          placeholder={t('composerCampaign')}
          aria-label={t('composerCampaign')}
          value={state.campaign ?? ''}
          maxLength={100}
          onChange={(e) => set({ campaign: e.target.value || undefined })}
        />
      </div>
      <div className="row wrap small">
        <select aria-label={t('composerHashtagSets')} data-testid="hashtag-set" value="" onChange={(e) => insertSet(e.target.value)}>
          <option value="">{allSets.length ? t('composerInsertSet') : t('composerNoSets')}</option>
          {allSets.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name} ({s.tags.map((x) => `#${x}`).join(' ')})
            </option>
          ))}
        </select>
        <input
          placeholder={t('composerSetName')}
          aria-label={t('composerSetName')}
          value={setName}
          onChange={(e) => setSetName(e.target.value)}
        />
        <button className="small" data-action="save-set" onClick={() => void saveSet()}>
          {t('composerSaveSet')}
        </button>
      </div>
      <div className="row wrap small" data-testid="media">
        {media.map((m) => (
          <span key={m.id} className="thumb">
            <img src={urls.get(m.id)} alt={m.name} width={48} height={48} />
            <button
              className="small"
              aria-label={t('composerRemoveMedia', [m.name])}
              onClick={() => void sendMessage('removeMedia', { id: m.id })}
            >
              ×
            </button>
          </span>
        ))}
        {media.length < MEDIA_PER_DRAFT && (
          <label className="button-like">
            {t('composerAddImages')}
            <input
              type="file"
              accept={MEDIA_TYPES.join(',')}
              multiple
              hidden
              data-testid="media-input"
              onChange={(e) => void addMedia(e.target.files)}
            />
          </label>
        )}
        {media.length > 0 && <span className="muted">{t('composerMediaHint')}</span>}
      </div>

      {state.platforms.map((p) => (
        <VariantCard key={p} target={p} state={state} onChange={set} opts={measureOpts} />
      ))}

      {issues.length > 0 && state.text.trim() && (
        <div className="notice error" role="alert" data-testid="composer-problems">
          {issues.join(' ')}
        </div>
      )}

      <div className="row wrap">
        <button data-action="save-draft" disabled={busy || !state.text.trim()} onClick={() => void save()}>
          {t('composerSaveDraft')}
        </button>
        <button data-action="add-to-queue" disabled={busy || !state.text.trim()} onClick={() => void queue()}>
          {t('composerAddToQueue')}
        </button>
        <input
          id="composer-at"
          type="datetime-local"
          aria-label={t('composerScheduleAt')}
          value={when}
          onChange={(e) => setWhen(e.target.value)}
        />
        <button data-action="schedule-at" disabled={busy || !state.text.trim()} onClick={() => void schedule(fromLocalInput(when))}>
          {t('composerConfirmSchedule')}
        </button>
      </div>
      {suggested.length > 0 && (
        <div className="row wrap small" data-testid="suggested-slots">
          <span className="muted">{t('composerSuggested')}</span>
          {suggested.map((at) => (
            <button key={at} className="small" data-slot={at} disabled={busy || !state.text.trim()} onClick={() => void schedule(at)}>
              {formatDateTime(at, locale)}
            </button>
          ))}
        </div>
      )}
      <h3>{t('composerPostNow')}</h3>
      <div className="row wrap">
        {state.platforms.map((p) => {
          const api = (p === 'bluesky' && connections.bluesky) || (p === 'mastodon' && connections.mastodon);
          return (
            <span key={p} className="row">
              {p !== 'mastodon' && (
                <button
                  className={api ? '' : 'primary'}
                  data-post={p}
                  disabled={busy || !state.text.trim()}
                  onClick={() => void postOne(p, 'page')}
                >
                  {POSTING[p].mode === 'upload' ? t('composerCopyOpen', [PLATFORM_NAMES[p]]) : t('composerFill', [PLATFORM_NAMES[p]])}
                </button>
              )}
              {api ? (
                <button className="primary" data-post-api={p} disabled={busy || !state.text.trim()} onClick={() => void postOne(p, 'api')}>
                  {t('composerPostApi', [PLATFORM_NAMES[p]])}
                </button>
              ) : (
                p === 'mastodon' && <span className="muted small">{t('composerConnectHint', [PLATFORM_NAMES[p]])}</span>
              )}
            </span>
          );
        })}
      </div>
      <Notice notice={notice} testId="composer-notice" />
    </section>
  );
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

function VariantCard({
  target,
  state,
  onChange,
  opts,
}: {
  target: ComposeTarget;
  state: ComposerState;
  onChange(patch: Partial<ComposerState>): void;
  opts: MeasureOptions;
}) {
  const text = variantText(state, target);
  const diverged = isDiverged(state, target);
  const posted = finalText(state, target);
  const m = measure(target, posted, opts);
  const isThread = threaded(state, target) && m.used > m.limit;
  const parts = isThread ? (state.threads?.[target] ?? splitParts(target, posted, { numbering: Boolean(state.numbering) }, opts)) : [];
  const numberedParts = isThread ? partsFor(state, target, opts) : [];
  const setVariant = (value: string) => {
    const variants = { ...state.variants };
    if (value === state.text) delete variants[target];
    else variants[target] = value;
    const threads = { ...state.threads };
    delete threads[target];
    onChange({ variants: Object.keys(variants).length ? variants : undefined, threads: Object.keys(threads).length ? threads : undefined });
  };
  const move = (i: number, dir: 'earlier' | 'later') => onChange({ threads: { ...state.threads, [target]: moveSplit(parts, i, dir) } });
  const over = isOver(m) && !isThread;
  return (
    <div className="card stack variant" data-variant={target} data-diverged={diverged ? 'true' : 'false'}>
      <div className="row">
        <b>{PLATFORM_NAMES[target]}</b>
        <span className={`pill ${diverged ? 'own' : ''}`}>{diverged ? t('composerDiverged') : t('composerSameAsBase')}</span>
        <span className="spacer" />
        {m.title && (
          <span className={`counter small ${m.title.used > m.title.limit ? 'over' : 'muted'}`}>
            {t('composerTitleCount', [String(m.title.used), String(m.title.limit)])}
          </span>
        )}
        {m.hashtags && (
          <span className={`counter small ${m.hashtags.used > m.hashtags.limit ? 'over' : 'muted'}`}>
            {t('composerHashtagCount', [String(m.hashtags.used), String(m.hashtags.limit)])}
          </span>
        )}
        <span className={`counter small ${over ? 'over' : 'muted'}`} data-count={target} data-used={m.used} data-limit={m.limit}>
          {isThread ? t('composerThreadCount', [String(parts.length)]) : t('composerCount', [String(m.used), String(m.limit)])}
        </span>
      </div>
      <textarea
        rows={3}
        value={text}
        aria-label={t('composerVariantFor', [PLATFORM_NAMES[target]])}
        data-variant-text={target}
        onChange={(e) => setVariant(e.target.value)}
      />
      {diverged && (
        <button className="small" data-action="reset-variant" onClick={() => setVariant(state.text)}>
          {t('composerResetVariant')}
        </button>
      )}
      {m.warnings?.includes('linksNotClickable') && <div className="notice warn small">{t('composerLinksNotClickable')}</div>}
      {over && (
        <div className="notice error small" role="alert" data-testid="over-limit">
          {t(THREAD_TARGETS.includes(target) ? 'composerOverThreadable' : 'composerOverPlatform', [
            PLATFORM_NAMES[target],
            String(m.used - m.limit),
          ])}
        </div>
      )}
      {isThread ? (
        <ol className="thread stack" data-thread={target}>
          {numberedParts.map((part, i) => {
            const pm = measure(target, part, opts);
            return (
              <li key={i} className="stack">
                <VariantPreview target={target} text={part} opts={opts} />
                <div className="row small">
                  <span className={`counter ${pm.used > pm.limit ? 'over' : 'muted'}`} data-part-count={i}>
                    {t('composerCount', [String(pm.used), String(pm.limit)])}
                  </span>
                  <span className="spacer" />
                  {i < numberedParts.length - 1 && (
                    <>
                      <button
                        className="small"
                        data-move={`${i}:earlier`}
                        title={t('composerMoveEarlier')}
                        onClick={() => move(i, 'earlier')}
                      >
                        {t('composerMoveEarlierShort')}
                      </button>
                      <button className="small" data-move={`${i}:later`} title={t('composerMoveLater')} onClick={() => move(i, 'later')}>
                        {t('composerMoveLaterShort')}
                      </button>
                    </>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      ) : (
        <VariantPreview target={target} text={posted} opts={opts} />
      )}
    </div>
  );
}

/**
 * What capture costs the page a specialist is reading: a fixture x.com profile that loads 20 posts
 * per UserTweets response as the user scrolls (2,000 posts), renders them from the JSON as X's
 * client does, and keeps a window of articles in the DOM (X virtualises its timeline). The same
 * scroll runs with the extension loaded and without it, alternating, in otherwise identical
 * browsers; main-thread figures come from CDP Performance metrics and a timeline trace.
 */
import type { CDPSession, Page } from 'puppeteer-core';
import { launch, openExtensionPage, serve, type Session } from '../e2e/harness';
import { countRows } from './idb';
import { median } from './stats';
import { xResponses } from './x-feed';

export const SCROLL_POSTS = 2000;
const PER_PAGE = 20;
const LONG_TASK_MS = 50;

/**
 * The profile page: fetches the next response when the reader nears the bottom, renders articles
 * with X's test ids from the JSON, and drops the oldest beyond 60 (a spacer keeps the height).
 */
const scrollPage = (pages: number) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>KopiKita / X</title>
<style>article{display:block;padding:12px;border-bottom:1px solid #eee;min-height:120px;font:15px system-ui}</style></head>
<body><main><div id="spacer"></div><section id="timeline" aria-label="Timeline"></section></main>
<script>
  const timeline = document.getElementById('timeline');
  const spacer = document.getElementById('spacer');
  let next = 0, loading = false;
  window.__loaded = 0;
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const button = (id, n) => '<button data-testid="' + id + '" aria-label="' + n + ' ' + id + 's"><span>' + n + '</span></button>';
  function render(t) {
    const l = t.legacy, h = t.core.user_results.result.core.screen_name;
    const a = document.createElement('article');
    a.setAttribute('data-testid', 'tweet');
    a.setAttribute('role', 'article');
    a.innerHTML = '<div data-testid="User-Name"><a href="/' + h + '"><span>' + esc(h) + '</span></a>' +
      '<a href="/' + h + '/status/' + l.id_str + '"><time datetime="' + new Date(l.created_at).toISOString() + '">Nov 2</time></a></div>' +
      '<div data-testid="tweetText" lang="in"><span>' + esc(l.full_text) + '</span></div>' +
      (l.extended_entities ? '<div data-testid="tweetPhoto"><img alt="Image"></div>' : '') +
      '<div role="group" aria-label="' + l.reply_count + ' replies, ' + l.retweet_count + ' reposts, ' + l.favorite_count + ' likes, ' +
      l.bookmark_count + ' bookmarks, ' + t.views.count + ' views">' + button('reply', l.reply_count) + button('retweet', l.retweet_count) +
      button('like', l.favorite_count) + '<a href="/' + h + '/status/' + l.id_str + '/analytics"><span>' + t.views.count + '</span></a>' +
      button('bookmark', l.bookmark_count) + '</div>';
    return a;
  }
  async function more() {
    if (loading || next >= ${pages}) return;
    loading = true;
    const res = await fetch('/i/api/graphql/bench/UserTweets?variables=' + encodeURIComponent(JSON.stringify({ userId: '42', cursor: next++ })));
    const json = await res.json();
    const add = json.data.user.result.timeline.timeline.instructions.find((i) => i.type === 'TimelineAddEntries');
    const frag = document.createDocumentFragment();
    for (const e of add.entries) frag.appendChild(render(e.content.itemContent.tweet_results.result));
    timeline.appendChild(frag);
    window.__loaded += add.entries.length;
    while (timeline.children.length > 60) {
      spacer.style.height = (spacer.offsetHeight + timeline.firstElementChild.offsetHeight) + 'px';
      timeline.firstElementChild.remove();
    }
    loading = false;
    if (document.documentElement.scrollHeight - scrollY - innerHeight < 1500) more();
  }
  addEventListener('scroll', () => { if (document.documentElement.scrollHeight - scrollY - innerHeight < 1500) more(); }, { passive: true });
  more();
</script></body></html>`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: Array<{ url?: string }> } };
}

export interface ScrollRun {
  /** Main-thread script time (CDP Performance ScriptDuration) over the scroll, ms. */
  scriptMs: number;
  /** Main-thread busy time (TaskDuration), ms. */
  taskMs: number;
  /** The longest main-thread task, ms, and the longest one in which Pantau's code ran. */
  longestTaskMs: number;
  longestOwnTaskMs: number;
  /** Tasks over 50 ms in which Pantau's code ran. */
  ownLongTasks: number;
  /** Time inside Pantau's scripts on the page's main thread (trace attribution), ms. */
  ownScriptMs: number;
}

const isOurs = (url: string | undefined) => Boolean(url?.startsWith('chrome-extension://'));

/** The page renderer's main thread: the CrRendererMain that ran the x.com page's script. */
function analyseTrace(events: TraceEvent[]): Pick<ScrollRun, 'longestTaskMs' | 'longestOwnTaskMs' | 'ownLongTasks' | 'ownScriptMs'> {
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const pageThread = [
    ...new Set(
      events.filter((e) => e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('https://x.com/')).map((e) => `${e.pid}:${e.tid}`),
    ),
  ].find((k) => mains.has(k));
  if (!pageThread) throw new Error('no x.com main thread in the trace');
  const onThread = events.filter((e) => `${e.pid}:${e.tid}` === pageThread && e.ph === 'X' && e.dur !== undefined);
  const tasks = onThread.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
  // Script entry points with their script's URL: callbacks, evaluation, compilation.
  const ours = onThread
    .filter((e) => ['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.evaluateModule', 'TimerFire', 'EventDispatch'].includes(e.name))
    .filter((e) => isOurs(e.args?.data?.url) || isOurs(e.args?.data?.stackTrace?.[0]?.url))
    .sort((a, b) => a.ts - b.ts);
  // Union of intervals, so nested events are not counted twice.
  let ownUs = 0;
  let end = -Infinity;
  for (const e of ours) {
    const s = Math.max(e.ts, end);
    const f = e.ts + e.dur!;
    if (f > s) ownUs += f - s;
    end = Math.max(end, f);
  }
  let longest = 0;
  let longestOwn = 0;
  let ownLong = 0;
  let j = 0;
  for (const t of tasks) {
    const ms = t.dur! / 1000;
    longest = Math.max(longest, ms);
    while (j < ours.length && ours[j]!.ts < t.ts) j++;
    const hasOurs = j < ours.length && ours[j]!.ts < t.ts + t.dur!;
    if (hasOurs) {
      longestOwn = Math.max(longestOwn, ms);
      if (ms > LONG_TASK_MS) ownLong++;
    }
  }
  return {
    longestTaskMs: +longest.toFixed(1),
    longestOwnTaskMs: +longestOwn.toFixed(1),
    ownLongTasks: ownLong,
    ownScriptMs: +(ownUs / 1000).toFixed(1),
  };
}

const metric = async (cdp: CDPSession) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value])) as Record<string, number>;

/** Scroll the fixture profile to its end as a reader would (mouse wheel), measuring the main thread. */
async function scrollOnce(s: Session, bodies: string[]): Promise<ScrollRun> {
  const page: Page = await s.browser.newPage();
  await page.setViewport({ width: 1000, height: 900 });
  await serve(page, (url) => {
    if (url === 'https://x.com/KopiKita') return { body: scrollPage(bodies.length) };
    const m = /\/UserTweets\?variables=(.+)$/.exec(url);
    if (!m) return undefined;
    const { cursor } = JSON.parse(decodeURIComponent(m[1]!)) as { cursor: number };
    return { body: bodies[cursor]!, contentType: 'application/json' };
  });
  await page.goto('https://x.com/KopiKita');
  await page.bringToFront();
  await page.waitForFunction(() => (window as unknown as { __loaded: number }).__loaded > 0);
  await new Promise((r) => setTimeout(r, 1000)); // settle: the first batch stored, scripts compiled
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metric(cdp);
  await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  await page.mouse.move(500, 450);
  const total = bodies.length * PER_PAGE;
  for (let step = 0; ; step++) {
    await page.mouse.wheel({ deltaY: 900 });
    await new Promise((r) => setTimeout(r, 40));
    if (step % 10 === 9 && (await page.evaluate(() => (window as unknown as { __loaded: number }).__loaded)) >= total) break;
    if (step > 20_000) throw new Error('the scroll never reached the end');
  }
  await new Promise((r) => setTimeout(r, 2000)); // the content script's debounced scans and sends
  const trace = JSON.parse(Buffer.from((await page.tracing.stop())!).toString('utf8')) as { traceEvents: TraceEvent[] };
  const after = await metric(cdp);
  await page.close();
  return {
    scriptMs: +((after.ScriptDuration! - before.ScriptDuration!) * 1000).toFixed(1),
    taskMs: +((after.TaskDuration! - before.TaskDuration!) * 1000).toFixed(1),
    ...analyseTrace(trace.traceEvents),
  };
}

export interface CaptureOverhead {
  on: ScrollRun[];
  off: ScrollRun[];
  /** Median main-thread script time, ms, with the extension and without. */
  scriptMs: { withExtension: number; without: number };
  /** Median script time with the extension ÷ without. */
  captureOverheadRatio: number;
  taskRatio: number;
  longestTaskMs: number;
  longestOwnTaskMs: number;
  ownLongTasks: number;
  ownScriptMs: number;
  /** The fewest posts any run with the extension stored (every run must store all of them). */
  storedPosts: number;
}

/** Alternate runs with and without the extension (each in a fresh browser), `runs` of each. */
export async function benchCaptureOverhead(runs = 3): Promise<CaptureOverhead> {
  const bodies = xResponses(SCROLL_POSTS, PER_PAGE, 1_950_000_000_000_000_000n);
  const on: ScrollRun[] = [];
  const off: ScrollRun[] = [];
  let storedPosts = Infinity;
  for (let i = 0; i < runs; i++) {
    for (const withExtension of [false, true]) {
      const s = await launch({ extension: withExtension });
      try {
        const run = await scrollOnce(s, bodies);
        (withExtension ? on : off).push(run);
        if (withExtension) storedPosts = Math.min(storedPosts, await countPosts(s));
      } finally {
        await s.close();
      }
    }
  }
  const scriptMs = { withExtension: median(on.map((r) => r.scriptMs)), without: median(off.map((r) => r.scriptMs)) };
  return {
    on,
    off,
    scriptMs,
    captureOverheadRatio: +(scriptMs.withExtension / scriptMs.without).toFixed(3),
    taskRatio: +(median(on.map((r) => r.taskMs)) / median(off.map((r) => r.taskMs))).toFixed(3),
    longestTaskMs: Math.max(...on.map((r) => r.longestTaskMs)),
    longestOwnTaskMs: Math.max(...on.map((r) => r.longestOwnTaskMs)),
    ownLongTasks: Math.max(...on.map((r) => r.ownLongTasks)),
    ownScriptMs: median(on.map((r) => r.ownScriptMs)),
    storedPosts,
  };
}

/** Every scrolled post must have been captured, or the overhead figure means nothing. */
async function countPosts(s: Session): Promise<number> {
  const page = await openExtensionPage(s, 'popup.html');
  const [n] = await countRows(page, ['posts']);
  await page.close();
  return n!;
}

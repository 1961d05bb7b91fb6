/**
 * npm run bench: measures the built extension in headless Chromium and prints one table, each
 * figure against a baseline measured in the same run (absolute times vary by machine; ratios
 * travel). Writes bench/latest.json. Exits non-zero only on errors, never on slowness.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launch, ROOT } from '../e2e/harness';
import { benchCaptureOverhead, SCROLL_POSTS } from './capture';
import { benchComposerKeystroke, LONG_DRAFT_CHARS } from './composer';
import { benchDashboard, DASHBOARD_POSTS, SNAPSHOTS_PER_POST } from './dashboard';
import { benchHeap, HEAP_POSTS } from './heap';
import { benchIngest, INGEST_POSTS } from './ingest';
import { benchPopupPaint } from './popup';
import { median } from './stats';

const step = (what: string) => console.log(`… ${what}`);

/** Every content script, min + gzip (the MAIN-world hooks are listed as <platform>-hook), and whether React slipped in. */
function contentScripts() {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  const kb: Record<string, number> = {};
  const withReact: string[] = [];
  for (const f of files) {
    const src = readFileSync(join(dir, f));
    kb[f.replace(/\.js$/, '')] = +(gzipSync(src, { level: 9 }).length / 1024).toFixed(1);
    if (/react\.(transitional\.)?element|__REACT_DEVTOOLS_GLOBAL_HOOK__|react-dom/.test(src.toString('utf8'))) withReact.push(f);
  }
  return { kb, withReact };
}

async function main() {
  const started = Date.now();
  step(`ingest: ${INGEST_POSTS} posts`);
  const s = await launch();
  let version: string;
  let ingest: Awaited<ReturnType<typeof benchIngest>>;
  try {
    version = await s.browser.version();
    ingest = await benchIngest(s);
  } finally {
    await s.close();
  }

  // A large history in a fresh browser: the dashboard, then the popup on the same database.
  step(`dashboard: seeding ${DASHBOARD_POSTS / 1000}k posts / ${(DASHBOARD_POSTS * SNAPSHOTS_PER_POST) / 1e6}M snapshots`);
  const big = await launch();
  let dashboard: Awaited<ReturnType<typeof benchDashboard>>;
  let popup: Awaited<ReturnType<typeof benchPopupPaint>>;
  try {
    dashboard = await benchDashboard(big);
    step('popup: open to first meaningful paint');
    popup = await benchPopupPaint(big);
  } finally {
    await big.close();
  }

  step(`composer: keystroke to count on a ${LONG_DRAFT_CHARS}-character X Premium draft`);
  const typing = await launch();
  let keystroke: Awaited<ReturnType<typeof benchComposerKeystroke>>;
  try {
    keystroke = await benchComposerKeystroke(typing);
  } finally {
    await typing.close();
  }

  step(`capture overhead: ${SCROLL_POSTS}-post scroll, with and without the extension (3 × 2 browsers)`);
  const capture = await benchCaptureOverhead(3);
  if (capture.storedPosts !== SCROLL_POSTS) throw new Error(`the scroll stored ${capture.storedPosts} of ${SCROLL_POSTS} posts`);

  step(`content-script heap: ${HEAP_POSTS} posts seen`);
  const heap = await benchHeap();
  const scripts = contentScripts();
  const popupPaintMs = median(popup.runs);

  const result = {
    ingestPostsPerSec: ingest.ingestPostsPerSec,
    rawPutPerSec: ingest.rawPutPerSec,
    ingestRatio: ingest.ingestRatio,
    ingestMs: ingest.ingestMs,
    pageFetchedMs: ingest.pageFetchedMs,
    captureOverheadRatio: capture.captureOverheadRatio,
    captureTaskRatio: capture.taskRatio,
    captureScriptMs: capture.scriptMs,
    captureOwnScriptMs: capture.ownScriptMs,
    longestTaskMs: capture.longestOwnTaskMs,
    longestTaskAnyMs: capture.longestTaskMs,
    ownLongTasks: capture.ownLongTasks,
    dashboardMs: dashboard.dashboardMs,
    dashboardRawGetAllMs: dashboard.rawGetAllMs,
    dashboardRatio: dashboard.dashboardRatio,
    contentScriptKb: scripts.kb,
    contentScriptsWithReact: scripts.withReact,
    popupPaintMs,
    popupPaintRunsMs: popup.runs,
    keystrokeMs: keystroke.keystrokeMs,
    keystrokeShortMs: keystroke.keystrokeShortMs,
    keystrokeRatio: keystroke.keystrokeRatio,
    popupOpenedAs: popup.how,
    contentScriptHeapMb: heap.contentScriptHeapMb,
    heapMb: { withExtension: heap.withExtension, without: heap.without },
    machine: { cores: cpus().length, ramGb: Math.round(totalmem() / 2 ** 30), browser: version },
    measuredAt: new Date().toISOString(),
  };

  const largest = Object.entries(scripts.kb)
    .filter(([k]) => !k.endsWith('-hook'))
    .sort((a, b) => b[1] - a[1]);
  const hooks = Object.entries(scripts.kb).filter(([k]) => k.endsWith('-hook'));
  const met = (ok: boolean) => (ok ? 'met' : '**missed**');
  const rows: string[][] = [
    [
      `Ingest: ${INGEST_POSTS} posts + snapshots, page fetch → Dexie`,
      `${result.ingestPostsPerSec} posts/s`,
      `raw IndexedDB put, one transaction: ${result.rawPutPerSec} posts/s`,
      `**${result.ingestRatio}**`,
      '≥ 0.6',
      met(result.ingestRatio >= 0.6),
    ],
    [
      `Capture overhead: ${SCROLL_POSTS}-post x.com scroll, main-thread script time`,
      `${result.captureScriptMs.withExtension} ms (Pantau's own: ${result.captureOwnScriptMs} ms)`,
      `extension not loaded: ${result.captureScriptMs.without} ms`,
      `**${result.captureOverheadRatio}** (all main-thread work: ${result.captureTaskRatio})`,
      '≤ 1.03',
      met(result.captureOverheadRatio <= 1.03),
    ],
    [
      'Capture: longest main-thread task that ran Pantau code',
      `${result.longestTaskMs} ms (${result.ownLongTasks} over 50 ms)`,
      `longest task of any kind: ${result.longestTaskAnyMs} ms`,
      '–',
      'none > 50 ms',
      met(result.ownLongTasks === 0),
    ],
    [
      `Dashboard: first chart, ${DASHBOARD_POSTS / 1000}k posts / ${(DASHBOARD_POSTS * SNAPSHOTS_PER_POST) / 1e6}M snapshots`,
      `${result.dashboardMs} ms`,
      `raw indexed getAll of the window's posts: ${result.dashboardRawGetAllMs} ms`,
      `**${result.dashboardRatio}**`,
      '≤ 2 and ≤ 300 ms',
      met(result.dashboardRatio <= 2 && result.dashboardMs <= 300),
    ],
    [
      `Composer: keystroke → count, ${LONG_DRAFT_CHARS}-character X Premium draft`,
      `${result.keystrokeMs} ms (median of 7)`,
      `the same keystroke on a 250-character draft: ${result.keystrokeShortMs} ms`,
      `**${result.keystrokeRatio}**`,
      '≤ 100 ms',
      met(result.keystrokeMs <= 100),
    ],
    [
      'Content script per platform, min + gzip',
      `${largest.map(([k, v]) => `${k} ${v}`).join(', ')} KB; hooks ${Math.min(...hooks.map((h) => h[1]))}–${Math.max(...hooks.map((h) => h[1]))} KB`,
      '–',
      '–',
      '≤ 25 KB, no React',
      met(largest[0]![1] <= 25 && !scripts.withReact.length),
    ],
    [
      `Popup open → first meaningful paint (${popup.how}, ${DASHBOARD_POSTS / 1000}k posts stored)`,
      `${popupPaintMs} ms (median of ${popup.runs.length})`,
      '–',
      '–',
      '≤ 150 ms',
      met(popupPaintMs <= 150),
    ],
    [
      `Content-script heap after ${HEAP_POSTS} posts seen`,
      `+${result.contentScriptHeapMb} MB`,
      `heap at start (page's own growth without the extension subtracted)`,
      '–',
      '≤ +5 MB',
      met(result.contentScriptHeapMb <= 5),
    ],
  ];
  console.log('\nPantau benchmark (built extension, headless Chromium)\n');
  console.log('| figure | measured | baseline (same run) | ratio | target | |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  console.log(`\n${result.machine.cores} cores, ${result.machine.ramGb} GB, ${version}; ${Math.round((Date.now() - started) / 1000)} s`);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log('wrote bench/latest.json');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

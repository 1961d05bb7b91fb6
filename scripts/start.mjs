// npm start: WXT's dev runner, which opens Chromium with Pantau loaded and reloads on change.
// With no display (a server, CI, SSH) a browser window cannot open: build once and say where
// the extension is, instead of crashing.
import { spawnSync } from 'node:child_process';

const hasDisplay =
  Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';
const run = (args) => spawnSync('npx', ['wxt', ...args], { stdio: 'inherit' }).status ?? 1;

if (hasDisplay) process.exit(run([]));

const status = run(['build']);
if (status !== 0) process.exit(status);
console.log(`
No display found, so Chromium cannot be opened here. Pantau is built.
Load it by hand in Chrome or Chromium:
  1. open chrome://extensions and turn on "Developer mode";
  2. click "Load unpacked" and choose the folder:  .output/chrome-mv3
Then open https://x.com and scroll a competitor's profile.
(On a machine with a display, npm start opens Chromium with Pantau loaded and reloads on change.)
`);

import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

// WXT's dev runner. Debian's Chromium running as root needs --no-sandbox, and a machine
// with no display cannot open a browser window at all (scripts/start.mjs handles that case).
const debianChromium = '/usr/bin/chromium';
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

export default defineWebExtConfig({
  disabled: !hasDisplay,
  binaries: existsSync(debianChromium) ? { chrome: debianChromium } : undefined,
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox', '--disable-gpu'] : [],
  startUrls: ['https://x.com/home'],
});

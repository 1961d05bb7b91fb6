// npm test and npm run bench need Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
// Installs it with apt-get when missing and we are root; otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH=${path} does not exist.`);
  process.exit(1);
}
if (process.getuid?.() !== 0) {
  console.error('Chromium is missing. Install it with:  sudo apt-get update && sudo apt-get install -y chromium');
  process.exit(1);
}
console.log("Chromium is missing: installing Debian's chromium (apt-get)…");
execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });

// The Firefox E2E subset needs Debian's Firefox ESR at /usr/bin/firefox-esr (or FIREFOX_PATH), 140 or
// newer (puppeteer's installExtension needs 138; Pantau's manifest asks for 140). Installs it with
// apt-get when missing and we are root; otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(path)) {
  if (process.env.FIREFOX_PATH) {
    console.error(`FIREFOX_PATH=${path} does not exist.`);
    process.exit(1);
  }
  if (process.getuid?.() !== 0) {
    console.error('Firefox is missing. Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr');
    process.exit(1);
  }
  console.log("Firefox is missing: installing Debian's firefox-esr (apt-get)…");
  execSync('apt-get update && apt-get install -y firefox-esr', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
const major = Number(/(\d+)\./.exec(execSync(`${path} --version`, { encoding: 'utf8' }))?.[1]);
if (!(major >= 140)) {
  console.error(`${path} is Firefox ${major}; the Firefox tests need 140 or newer (apt-get install -y firefox-esr).`);
  process.exit(1);
}

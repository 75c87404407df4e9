// Where the browsers are on this machine: one search for the test runner, the benchmark, the
// package and demo checks, and the screenshots.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const firstExisting = (...paths) => paths.find((path) => path && existsSync(path));

/** The first of `names` found on the PATH, as `command -v` finds it in .ci/run. */
export const onPath = (...names) =>
  firstExisting(
    ...names.flatMap((name) => (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name))),
  );

/** Chromium or Chrome: `CHROME_PATH`, else the PATH, else the usual places on a Mac; undefined when none is found. */
export const findChromium = () =>
  firstExisting(
    process.env.CHROME_PATH,
    onPath('chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'),
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  );

/** Chromium's path, or an error that says what needs it and how to install it. */
export function chromiumPath(what) {
  const path = findChromium();
  if (!path) {
    throw new Error(`${what} needs Chromium: install it (apt-get install chromium) or set CHROME_PATH.`);
  }
  return path;
}

/**
 * Headless Chromium as the project's scripts drive it (the size check, the demo check, the
 * screenshots): no sandbox, no GPU, nothing fetched in the background. `what` names the script in
 * the message when there is no Chromium; `options` go to puppeteer's launch.
 */
export async function launchChromium(what, options = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: chromiumPath(what),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    ...options,
  });
}

/** Firefox: `FIREFOX_PATH`, else the PATH (Debian's firefox-esr first), else the usual place on a Mac. */
export const findFirefox = () =>
  firstExisting(
    process.env.FIREFOX_PATH,
    onPath('firefox-esr', 'firefox'),
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  );

/** Headless Firefox driven by puppeteer-core over WebDriver BiDi, or undefined when there is none. */
export async function launchFirefox(options = {}) {
  const path = findFirefox();
  if (!path) return undefined;
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ browser: 'firefox', executablePath: path, headless: true, ...options });
}

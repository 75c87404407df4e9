// Runs the test suite in Chromium, Firefox and WebKit. Finds the browsers on this machine, starts
// WebKit's WebDriver server inside a virtual display, runs @web/test-runner, and stops the server.
// Arguments are passed on to the runner (e.g. `npm test -- --group ladder`).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { findChromium, firstExisting, onPath } from './browsers.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
// PM_BROWSERS=chromium (or "chromium firefox") runs a subset while working on something.
const only = process.env.PM_BROWSERS?.split(/[\s,]+/).filter(Boolean);
const wanted = (name) => !only || only.includes(name);
const BROWSERS = ['chromium', 'firefox', 'webkit'];
if (ci && only && !BROWSERS.every(wanted)) {
  console.error(`PM_BROWSERS=${process.env.PM_BROWSERS} asks for fewer browsers than CI runs: unset it.`);
  process.exit(1);
}

const chrome = findChromium();
if (!chrome && wanted('chromium')) {
  console.error(
    'pm-ladder tests need Chromium or Chrome: install it (Debian: apt-get install chromium) or set CHROME_PATH.',
  );
  process.exit(1);
}

const firefox =
  wanted('firefox') && firstExisting(process.env.FIREFOX_PATH, onPath('firefox-esr', 'firefox'));
const webkitDriver = firstExisting(process.env.WEBKIT_WEBDRIVER_PATH, onPath('WebKitWebDriver'));
const miniBrowser = firstExisting(
  process.env.MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
);
const xvfbRun = onPath('xvfb-run');
const webkit = wanted('webkit') && webkitDriver && miniBrowser && xvfbRun;

const missing = [];
if (!firefox && wanted('firefox')) missing.push('Firefox (apt-get install firefox-esr)');
if (!webkit && wanted('webkit')) missing.push('WebKit (apt-get install webkit2gtk-driver xvfb)');
if (missing.length && !only) {
  const message = `Skipping ${missing.join(' and ')}: not found on this machine.`;
  if (ci) {
    console.error(`${message} CI runs every browser.`);
    process.exit(1);
  }
  console.warn(message);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, driver) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (driver.exitCode !== null) break;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

const totalsDir = mkdtempSync(join(tmpdir(), 'pm-ladder-test-'));
const env = { ...process.env, PM_TEST_TOTALS: join(totalsDir, 'totals.json') };
if (wanted('chromium')) env.CHROME_PATH = chrome;
else delete env.CHROME_PATH;
let driver;
if (firefox) env.FIREFOX_PATH = firefox;
else delete env.FIREFOX_PATH;
if (webkit) {
  const port = await freePort();
  driver = spawn(xvfbRun, ['-a', webkitDriver, `--port=${port}`], { stdio: 'ignore', detached: true });
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    stopDriver();
    rmSync(totalsDir, { recursive: true, force: true });
    console.error(error.message);
    process.exit(1);
  }
  env.WEBKIT_WEBDRIVER_PORT = String(port);
  env.MINIBROWSER_PATH = miniBrowser;
}

function stopDriver() {
  if (driver && driver.exitCode === null) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

const runner = spawn(
  process.execPath,
  [
    'node_modules/@web/test-runner/dist/bin.js',
    '--config',
    'web-test-runner.config.mjs',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit', env },
);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    runner.kill(signal);
    stopDriver();
    process.exit(code);
  });
}
runner.on('exit', (code, signal) => {
  stopDriver();
  try {
    const totals = JSON.parse(readFileSync(env.PM_TEST_TOTALS, 'utf8'));
    console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  } catch {
    // The runner stopped before any test ran; its own output says why.
  }
  rmSync(totalsDir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});

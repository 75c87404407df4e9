import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import puppeteer from 'puppeteer-core';
import { fixtureServer } from './test/fixture-server.mjs';
import { ssrPages } from './test/ssr/ssr-middleware.mjs';
import { mediaFeaturesPlugin } from './test/media-features-plugin.mjs';
import { a11yTreePlugin } from './test/a11y-tree-plugin.mjs';
import { commonjsPackages } from './test/frameworks/commonjs-packages.mjs';
import { totalsReporter } from './scripts/totals-reporter.mjs';

// scripts/test.mjs finds the browsers and sets these; see BROWSERS in the README.
const { CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PORT, MINIBROWSER_PATH } = process.env;

const chromium = () =>
  chromeLauncher({
    launchOptions: {
      executablePath: CHROME_PATH,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        // Two test pages run at once; neither may be slowed down as a background tab.
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
        '--disable-renderer-backgrounding',
        // For the heap test: a garbage collection on demand, and exact heap sizes.
        '--js-flags=--expose-gc',
        '--enable-precise-memory-info',
      ],
    },
  });
const firefox = (preferences = {}) =>
  chromeLauncher({
    puppeteer,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: preferences,
    },
  });
const webkit = () =>
  webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: 'localhost',
    port: Number(WEBKIT_WEBDRIVER_PORT),
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args: ['--automation'] },
    },
  });

// One Chromium serves every group.
const chrome = CHROME_PATH ? [chromium()] : [];
const browsers = [
  ...chrome,
  ...(FIREFOX_PATH ? [firefox()] : []),
  ...(WEBKIT_WEBDRIVER_PORT && MINIBROWSER_PATH ? [webkit()] : []),
];

// The media-features group: Chromium emulates forced colours and reduced motion per test; Firefox
// cannot, so a second Firefox starts with both on ("override the page's colours: always", and
// reduced motion). WebKit can do neither and does not run it.
const mediaBrowsers = [
  ...chrome,
  ...(FIREFOX_PATH
    ? [firefox({ 'browser.display.document_color_use': 2, 'ui.prefersReducedMotion': 1 })]
    : []),
];

// Print media and the accessibility tree, which only Chromium's DevTools protocol gives the tests.
const devtools = ['test/theming/print.test.ts', 'test/theming/speech.test.ts'];

export default {
  rootDir: '.',
  nodeResolve: true,
  groups: [
    { name: 'data', files: 'test/data/**/*.test.ts' },
    { name: 'loading', files: 'test/internal/**/*.test.ts' },
    { name: 'ladder', files: 'test/ladder/**/*.test.ts' },
    { name: 'role-card', files: 'test/role-card/**/*.test.ts' },
    { name: 'role-compare', files: 'test/role-compare/**/*.test.ts' },
    { name: 'salary-range', files: 'test/salary-range/**/*.test.ts' },
    { name: 'reliability', files: 'test/reliability/**/*.test.ts' },
    {
      name: 'theming',
      files: [
        'test/theming/**/*.test.ts',
        '!test/theming/media.test.ts',
        ...devtools.map((file) => `!${file}`),
      ],
    },
    { name: 'media', files: 'test/theming/media.test.ts', browsers: mediaBrowsers },
    { name: 'devtools', files: devtools, browsers: chrome },
    { name: 'frameworks', files: 'test/frameworks/**/*.test.*' },
    { name: 'ssr', files: 'test/ssr/**/*.test.ts' },
  ],
  // One test file at a time in each browser: a second page takes the window's focus (and with
  // it :focus-visible and a button's activation by Enter in Firefox), and on two cores, time,
  // which made timing-sensitive tests flaky in WebKit.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  browsers,
  // Lit announces its development build in every file; the tests use it for its extra checks.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  middleware: [fixtureServer, ssrPages],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    mediaFeaturesPlugin(),
    // What a screen reader is given: the accessibility tree, in Chromium (test/theming/speech.test.ts).
    a11ySnapshotPlugin(),
    a11yTreePlugin(),
    commonjsPackages(),
  ],
  reporters: [defaultReporter(), totalsReporter()],
};

/* global document, window -- page.evaluate callbacks run in the browser */
// Takes full-page screenshots of the demo pages in headless Chromium: light and dark, 1200 and
// 320 CSS px wide, and right-to-left. Needs the demo served (`npm start`) at DEMO_URL.
// Usage: node scripts/screenshots.mjs [page ...]   (default: index.html); writes .screenshots/,
// with tall pages also cut into parts. `--readme` also refreshes docs/screenshot.png, the
// default ladder as the README shows it.
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './browsers.mjs';

const base = process.env.DEMO_URL ?? 'http://localhost:8000/demo/';
const args = process.argv.slice(2);
const readme = args.includes('--readme');
const named = args.filter((arg) => !arg.startsWith('--'));
const pages = named.length ? named : ['index.html'];
const variants = [
  { name: 'light-1200', width: 1200, scheme: 'light' },
  { name: 'dark-1200', width: 1200, scheme: 'dark' },
  { name: 'light-320', width: 320, scheme: 'light' },
  { name: 'dark-320', width: 320, scheme: 'dark' },
  { name: 'rtl-1200', width: 1200, scheme: 'light', rtl: true },
];

await mkdir('.screenshots', { recursive: true });
const browser = await launchChromium('Taking screenshots');
try {
  if (readme) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 900, deviceScaleFactor: 1 });
    await page.goto(new URL('index.html', base).href, { waitUntil: 'networkidle0' });
    const ladder = await page.$('pm-ladder');
    await mkdir('docs', { recursive: true });
    await ladder.screenshot({ path: 'docs/screenshot.png' });
    console.log('docs/screenshot.png');
    await page.close();
  }
  for (const name of pages) {
    for (const variant of variants) {
      const page = await browser.newPage();
      await page.setViewport({ width: variant.width, height: 900 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: variant.scheme }]);
      await page.goto(new URL(name, base).href, { waitUntil: 'networkidle0' });
      if (variant.rtl) await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
      await page.evaluate(() => document.fonts.ready);
      // A viewport as tall as the page, so that everything is rendered as on screen, not captured beyond it.
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewport({ width: variant.width, height: Math.max(900, pageHeight) });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const file = `.screenshots/${name.replace(/\W+/g, '-')}-${variant.name}.png`;
      await page.screenshot({ path: file, fullPage: true });
      // Tall narrow pages are also cut into screen-sized tiles, which stay legible when viewed.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const tile = Math.max(900, variant.width * 2);
      if (height > tile * 1.5) {
        for (let top = 0, part = 1; top < height; top += tile, part++) {
          const clip = { x: 0, y: top, width: variant.width, height: Math.min(tile, height - top) };
          await page.screenshot({
            path: file.replace('.png', `-part${part}.png`),
            clip,
            captureBeyondViewport: true,
          });
        }
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${file}${overflow > 0 ? `  (scrolls sideways by ${overflow}px)` : ''}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
}

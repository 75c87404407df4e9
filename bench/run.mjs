/* global window -- page.evaluate callbacks run in the browser */
// The pm-ladder benchmark: headless Chromium renders each figure with <pm-ladder> (the production
// bundle) and with the hand-written baseline of bench/vanilla.js, alternating the two sample by
// sample, and reports medians, 95% intervals and each figure as a ratio to the baseline.
//
//   npm run bench               the full run; writes bench/results.json and prints the table
//   npm run bench -- --quick    fewer samples; exits 1 on a regression (CI, see GATES)
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { chromiumPath } from '../scripts/browsers.mjs';
import { measure } from '../scripts/compressed-size.mjs';
import { serve } from '../scripts/serve.mjs';

const quick = process.argv.includes('--quick');
const SAMPLES = quick ? 12 : 40;
const WARMUP = 3;
const BUNDLE = 'dist/pm-ladder.bundle.js';

/** The targets of the performance issue: ratios to the baseline's figure, and one absolute. */
const TARGETS = [
  { figure: 'firstRender', size: 100, ratio: 1.3 },
  { figure: 'firstRender', size: 1000, ratio: 1.3 },
  { figure: 'select', size: 1000, ratio: 0.25 },
  { figure: 'current', size: 1000, ratio: 0.25 },
];
const FIRST_RENDER_1000_MS = 50;
const HEAP_GROWTH = 0.2;

/**
 * What the quick run in CI fails on: the targets' ratios, and the heap. First render misses its
 * 1.3 target (about 2.1 at 1,000 roles and 1.5 at 100 when measured, see the README): until it
 * holds, its gate is a regression limit above the measured ratio and its interval, so that a
 * change making it clearly worse still fails.
 */
const REGRESSION_LIMITS = { 'firstRender 100': 4, 'firstRender 1000': 3 };
const GATES = TARGETS.map((target) => ({
  ...target,
  ratio: REGRESSION_LIMITS[`${target.figure} ${target.size}`] ?? target.ratio,
}));

const FIGURES = [
  { figure: 'firstRender', label: 'first render', sizes: quick ? [100, 1000] : [8, 100, 1000] },
  { figure: 'select', label: 'select a role', sizes: quick ? [1000] : [8, 100, 1000] },
  { figure: 'current', label: 'change current', sizes: quick ? [1000] : [8, 100, 1000] },
  { figure: 'replace', label: 'replace the ladder', sizes: quick ? [] : [8, 100, 1000] },
  { figure: 'salaryRanges', label: 'salary ranges on a page', sizes: quick ? [] : [1000] },
  { figure: 'roleCards', label: 'role cards on a page', sizes: quick ? [] : [100] },
  {
    figure: 'competencyCards',
    label: 'role cards, 20 competencies each',
    sizes: quick ? [] : [100],
  },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** A distribution-free 95% interval for the median, from order statistics. */
function interval(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const half = (1.96 * Math.sqrt(n)) / 2;
  const low = Math.max(0, Math.floor(n / 2 - half));
  const high = Math.min(n - 1, Math.ceil(n / 2 + half) - 1);
  return [sorted[low], sorted[high]];
}

const summary = (values) => ({ median: median(values), ci95: interval(values), samples: values.length });

async function launch() {
  return puppeteer.launch({
    executablePath: chromiumPath('The benchmark'),
    headless: true,
    args: [
      '--no-sandbox',
      '--js-flags=--expose-gc',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
    ],
  });
}

async function benchPage(browser, origin) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${origin}/bench/page.html`);
  await page.waitForFunction(() => window.benchReady === true);
  return page;
}

async function measureFigures(page) {
  const results = [];
  for (const { figure, label, sizes } of FIGURES) {
    for (const size of sizes) {
      const run = (contender) =>
        page.evaluate(
          async (name, who, n) => {
            window.gc?.();
            return window.bench.figures[name](who, n);
          },
          figure,
          contender,
          size,
        );
      for (let i = 0; i < WARMUP; i++) {
        await run('pm-ladder');
        await run('vanilla');
      }
      const element = [];
      const baseline = [];
      const ratios = [];
      for (let i = 0; i < SAMPLES; i++) {
        // Alternate who goes first, so drift and caches favour neither.
        const [a, b] = i % 2 ? ['vanilla', 'pm-ladder'] : ['pm-ladder', 'vanilla'];
        const first = await run(a);
        const second = await run(b);
        const ours = a === 'pm-ladder' ? first : second;
        const theirs = a === 'pm-ladder' ? second : first;
        element.push(ours);
        baseline.push(theirs);
        ratios.push(ours / theirs);
      }
      results.push({
        figure,
        label,
        size,
        element: summary(element),
        vanilla: summary(baseline),
        ratio: summary(ratios),
      });
      process.stderr.write('.');
    }
  }
  await page.evaluate(() => window.bench.clear());
  return results;
}

async function measureEvaluation(browser, origin) {
  const litOnly = await build({
    stdin: { contents: "export * from 'lit';", resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const sources = {
    'pm-ladder.bundle.js': await readFile(BUNDLE, 'utf8'),
    'lit alone': litOnly.outputFiles[0].text,
  };
  const times = Object.fromEntries(Object.keys(sources).map((name) => [name, []]));
  const samples = quick ? 6 : 20;
  for (let i = 0; i < samples; i++) {
    for (const name of i % 2 ? Object.keys(sources).reverse() : Object.keys(sources)) {
      const page = await browser.newPage();
      await page.goto(`${origin}/bench/empty.html`, { waitUntil: 'domcontentloaded' });
      // Parse, evaluate and define, from an in-memory module: no network in the figure.
      times[name].push(
        await page.evaluate(async (text) => {
          const url = URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
          const start = performance.now();
          await import(url);
          return performance.now() - start;
        }, sources[name]),
      );
      await page.close();
    }
  }
  const sizes = Object.fromEntries(Object.entries(sources).map(([name, text]) => [name, measure(text)]));
  return {
    evaluation: Object.fromEntries(Object.entries(times).map(([name, values]) => [name, summary(values)])),
    sizes,
  };
}

async function measureLongTasksAndHeap(page) {
  const tasks = [];
  for (let i = 0; i < (quick ? 3 : 10); i++)
    tasks.push(await page.evaluate(() => window.bench.longestTask(1000)));
  const client = await page.createCDPSession();
  const heap = async () => {
    await page.evaluate(() => window.gc?.());
    await client.send('HeapProfiler.collectGarbage');
    return (await client.send('Runtime.getHeapUsage')).usedSize;
  };
  await page.evaluate(() => window.bench.churn(50));
  const before = await heap();
  await page.evaluate(() => window.bench.churn(1000));
  const after = await heap();
  return {
    longestTaskMs: Math.max(...tasks),
    heap: { beforeBytes: before, afterBytes: after, growth: after / before - 1, cycles: 1000 },
  };
}

const ms = (value) => value.toFixed(2);
const range = ({ median: m, ci95: [low, high] }, digits = 2) =>
  `${m.toFixed(digits)} (${low.toFixed(digits)}–${high.toFixed(digits)})`;

function table(report) {
  const rows = [
    ['figure', 'size', 'pm-ladder ms', 'vanilla ms', 'ratio', 'target'],
    ...report.figures.map((row) => {
      const target = TARGETS.find((t) => t.figure === row.figure && t.size === row.size);
      return [
        row.label,
        String(row.size),
        range(row.element),
        range(row.vanilla),
        range(row.ratio),
        target ? `≤ ${target.ratio}` : '',
      ];
    }),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  const out = [
    line(rows[0]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.slice(1).map(line),
  ];
  out.push('');
  out.push('Medians with 95% intervals; ratio = pm-ladder / vanilla, per alternating pair.');
  if (report.evaluation) {
    out.push('');
    for (const [name, value] of Object.entries(report.evaluation)) {
      const size = report.sizes[name];
      out.push(
        `${name}: evaluate + define ${range(value)} ms; ${size.min} B min, ${size.gzip} B gzip, ${size.brotli} B brotli`,
      );
    }
  }
  out.push('');
  out.push(
    `1,000 roles: first render ${range(firstRender1000(report).element)} ms (target < ${FIRST_RENDER_1000_MS} ms); longest task ${
      report.longestTaskMs ? `${ms(report.longestTaskMs)} ms` : 'none over 50 ms'
    }`,
  );
  out.push(
    `heap after ${report.heap.cycles} attach/detach cycles: ${(report.heap.beforeBytes / 1e6).toFixed(2)} MB → ${(report.heap.afterBytes / 1e6).toFixed(2)} MB (${(report.heap.growth * 100).toFixed(1)}%, target ≤ ${HEAP_GROWTH * 100}%)`,
  );
  return out.join('\n');
}

/** The first-render row at 1,000 roles, which the absolute target of 50 ms is about. */
const firstRender1000 = (report) => report.figures.find((r) => r.figure === 'firstRender' && r.size === 1000);

/** The figures whose ratio to the baseline is past its limit. */
function ratioMisses(report, limits) {
  const missed = [];
  for (const target of limits) {
    const row = report.figures.find((r) => r.figure === target.figure && r.size === target.size);
    if (row && row.ratio.median > target.ratio) {
      missed.push(`${row.label} at ${row.size}: ratio ${ms(row.ratio.median)} > ${target.ratio}`);
    }
  }
  return missed;
}

/** The absolute targets of a first render of 1,000 roles: its time, and its longest task. */
function renderMisses(report) {
  const missed = [];
  const firstRender = firstRender1000(report).element.median;
  if (firstRender >= FIRST_RENDER_1000_MS) {
    missed.push(`first render at 1,000 roles: ${ms(firstRender)} ms ≥ ${FIRST_RENDER_1000_MS} ms`);
  }
  if (report.longestTaskMs > 50) missed.push(`a task of ${ms(report.longestTaskMs)} ms at 1,000 roles`);
  return missed;
}

const heapMisses = (report) =>
  report.heap.growth > HEAP_GROWTH ? [`heap grew ${(report.heap.growth * 100).toFixed(1)}%`] : [];

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const server = await serve(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
try {
  const page = await benchPage(browser, origin);
  const report = {
    date: new Date().toISOString(),
    browser: await browser.version(),
    samples: SAMPLES,
    quick,
    figures: await measureFigures(page),
    ...(await measureLongTasksAndHeap(page)),
    ...(quick ? {} : await measureEvaluation(browser, origin)),
  };
  process.stderr.write('\n');
  console.log(table(report));
  if (!quick) await writeFile('bench/results.json', `${JSON.stringify(report, null, 2)}\n`);
  const missed = [...ratioMisses(report, TARGETS), ...renderMisses(report), ...heapMisses(report)];
  console.log(missed.length ? `\nTargets missed:\n- ${missed.join('\n- ')}` : '\nAll targets hold.');
  if (quick) {
    const regressions = [...ratioMisses(report, GATES), ...heapMisses(report)];
    if (regressions.length) {
      console.log(`\nRegressions past the CI gates:\n- ${regressions.join('\n- ')}`);
      process.exitCode = 1;
    } else {
      console.log('No regression past the CI gates.');
    }
  }
} finally {
  await browser.close();
  server.close();
}

// Runs inside the benchmark page: each function renders one figure once, for one contender,
// and returns the milliseconds it took. bench/run.mjs calls them, alternating the contenders.
import '../dist/pm-ladder.bundle.js';
import { generatedLadder } from './ladders.js';
import * as vanilla from './vanilla.js';

const stage = document.getElementById('stage');
// The baseline is styled by the very same sheets, so that style and layout cost the same.
const sheets = (tag) => customElements.get(tag).elementStyles.map((style) => style.styleSheet ?? style);
const layout = () => stage.offsetHeight;

const ladders = new Map();
/** One document per size, and a second one to replace it with; `competencies` gives it that many. */
function ladderOf(size, second = false, competencies = 0) {
  const key = `${size}${second}${competencies}`;
  if (!ladders.has(key)) {
    const ladder = generatedLadder(size, competencies);
    if (second) ladder.title = `${ladder.title}, revised`;
    ladders.set(key, ladder);
  }
  return ladders.get(key);
}

/**
 * The style sheets an element of `tag`, set up by `setUp`, adopts beyond its own once it has
 * rendered, in the order it adopts them. The bundle's files export under names of their own, so
 * they are taken from an element that has adopted them; rendering it also loads those files, as
 * an element on the page had before the samples.
 */
async function adoptedBy(tag, setUp) {
  const el = document.createElement(tag);
  setUp(el);
  stage.append(el);
  await el.updateComplete;
  const own = new Set(sheets(tag));
  const adopted = el.shadowRoot.adoptedStyleSheets.filter((sheet) => !own.has(sheet));
  el.remove();
  return adopted;
}

// The styles of what only a ladder document of its own may hold, which the element adopts for
// any ladder but the bundled default (every ladder here): they load with the validator
// (pm-ladder.documents.js), as they do for the element.
const documentSheets = await adoptedBy('pm-ladder', (el) => (el.ladder = generatedLadder(1)));
// With the styles of the views (pm-ladder.views.js, which the matrix and the comparison load
// with): the matrix's, and the comparison's with those of the card around it.
const matrixSheets = await adoptedBy('pm-ladder', (el) => {
  el.ladder = generatedLadder(2, 3);
  el.view = 'matrix';
});
const cardSheets = await adoptedBy('pm-role-card', (el) => {
  el.ladder = generatedLadder(2);
  el.roleId = 'role-0';
});
const compareSheets = await adoptedBy('pm-role-compare', (el) => {
  el.ladder = generatedLadder(2, 3);
  el.from = 'role-0';
  el.to = 'role-1';
});

function vanillaHost(tag, adopted = documentSheets) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...sheets(tag), ...adopted];
  return { host, root };
}

function clear() {
  stage.replaceChildren();
}

/** The middle role of a ladder: what selecting or changing `current` works on. */
const middle = (size) => `role-${Math.floor(size / 2)}`;

/**
 * A document as a page hands it over: a fresh object, so that the element validates it and
 * builds its caches as it would on a real page, not once for every sample.
 */
const fresh = (ladder) => structuredClone(ladder);

/** Resolves once `el` shows all it is to show after its last change, every slice of a long ladder included. */
const rendered = (el) => el.updateComplete;

/**
 * Puts a ladder on the stage. The element is waited for until the ladder is shown (`pm-load`,
 * after the update that draws what may be on screen), or with `whole`, until every role is
 * rendered (a long ladder renders the rest in slices after the first paint). The baseline
 * renders everything at once either way.
 */
async function mountLadder(contender, ladder, { whole = true } = {}) {
  if (contender === 'pm-ladder') {
    const el = document.createElement('pm-ladder');
    el.ladder = ladder;
    el.hideGuidance = true;
    const shown = new Promise((resolve) => el.addEventListener('pm-load', resolve, { once: true }));
    stage.append(el);
    await (whole ? rendered(el) : shown);
    layout();
    return { el };
  }
  const { host, root } = vanillaHost('pm-ladder');
  vanilla.renderLadder(root, ladder, {});
  stage.append(host);
  layout();
  return { root, ladder };
}

/**
 * Changes one thing on a ladder already on the page: the element updates itself; the baseline
 * does what `apply.baseline` says (the least a careful page would touch, or a render afresh).
 */
async function change(contender, size, apply) {
  clear();
  const mounted = await mountLadder(contender, ladderOf(size));
  // A reader changes a ladder that is on screen: it has been painted first, for either contender.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const start = performance.now();
  if (contender === 'pm-ladder') {
    apply.element(mounted.el);
    await rendered(mounted.el);
  } else {
    apply.baseline(mounted.root);
  }
  layout();
  return performance.now() - start;
}

/** An empty stage, and a fresh document of `size` roles to render on it. */
function readyFirstRender(size) {
  clear();
  return fresh(ladderOf(size));
}

const figures = {
  // Until the ladder is shown: what may be on screen is drawn, and the page can paint.
  async firstRender(contender, size) {
    const ladder = readyFirstRender(size);
    const start = performance.now();
    await mountLadder(contender, ladder, { whole: false });
    return performance.now() - start;
  },
  // Until every role is rendered, the slices after the first paint included.
  async wholeRender(contender, size) {
    const ladder = readyFirstRender(size);
    const start = performance.now();
    await mountLadder(contender, ladder, { whole: true });
    return performance.now() - start;
  },
  // Against the baseline's update in place: the chosen role's button and its details.
  select: (contender, size) =>
    change(contender, size, {
      element: (el) => (el.selected = middle(size)),
      baseline: (root) => vanilla.updateLadder(root, { selected: middle(size) }),
    }),
  // Against the baseline's update in place: the old and new role's marks, and the path sentence.
  current: (contender, size) =>
    change(contender, size, {
      element: (el) => (el.current = middle(size)),
      baseline: (root) => vanilla.updateLadder(root, { current: middle(size) }),
    }),
  // Against the baseline's render afresh: a new document changes everything.
  replace: (contender, size) => {
    const next = fresh(ladderOf(size, true));
    return change(contender, size, {
      element: (el) => (el.ladder = next),
      baseline: (root) => vanilla.renderLadder(root, next, {}),
    });
  },
  async salaryRanges(contender, count) {
    clear();
    const start = performance.now();
    if (contender === 'pm-ladder') {
      const elements = [];
      for (let i = 0; i < count; i++) {
        const el = document.createElement('pm-salary-range');
        el.min = 1000 * i;
        el.max = 1000 * i + 500;
        el.currency = 'EUR';
        elements.push(el);
      }
      stage.append(...elements);
      await Promise.all(elements.map(rendered));
    } else {
      for (let i = 0; i < count; i++) {
        const { host, root } = vanillaHost('pm-salary-range', []);
        vanilla.renderSalaryRange(root, {
          min: 1000 * i,
          max: 1000 * i + 500,
          currency: 'EUR',
          period: 'year',
        });
        stage.append(host);
      }
    }
    layout();
    return performance.now() - start;
  },
  // Until the matrix of a ladder of 20 competencies, validated afresh, is on screen.
  matrix: (contender, size) =>
    competencyFigure(
      contender,
      size,
      'pm-ladder',
      matrixSheets,
      (el) => {
        el.hideGuidance = true;
        el.view = 'matrix';
      },
      (root, ladder) => vanilla.renderMatrix(root, ladder, {}),
    ),
  // The comparison of two roles four steps apart, in a ladder of 20 competencies validated afresh.
  comparison: (contender, size) =>
    competencyFigure(
      contender,
      size,
      'pm-role-compare',
      compareSheets,
      (el) => {
        el.from = COMPARED.from;
        el.to = COMPARED.to;
      },
      (root, ladder) => vanilla.renderComparison(root, ladder, COMPARED.from, COMPARED.to),
    ),
  roleCards: (contender, count) => roleCards(contender, fresh(ladderOf(count))),
  // A ladder of 20 competencies, validated afresh, with what each role expects in each, on every card.
  competencyCards: (contender, count) => roleCards(contender, fresh(ladderOf(count, false, COMPETENCIES))),
};

/** Competencies of the ladder behind the `competencyCards`, `matrix` and `comparison` figures. */
const COMPETENCIES = 20;

/**
 * An element of `tag` given a fresh ladder of `size` roles and 20 competencies and set up by
 * `setUp`, timed until it has rendered; the baseline draws the same with `draw` into a host that
 * adopts `sheets`.
 */
async function competencyFigure(contender, size, tag, sheets, setUp, draw) {
  clear();
  const ladder = fresh(ladderOf(size, false, COMPETENCIES));
  const start = performance.now();
  if (contender === 'pm-ladder') {
    const el = document.createElement(tag);
    el.ladder = ladder;
    setUp(el);
    stage.append(el);
    await rendered(el);
  } else {
    const { host, root } = vanillaHost(tag, sheets);
    draw(root, ladder);
    stage.append(host);
  }
  layout();
  return performance.now() - start;
}

/** The roles the `comparison` figure compares. */
const COMPARED = { from: 'role-10', to: 'role-14' };

/** One role card per role of `ladder`. */
async function roleCards(contender, ladder) {
  clear();
  const start = performance.now();
  if (contender === 'pm-ladder') {
    const elements = ladder.roles.map((role) => {
      const el = document.createElement('pm-role-card');
      el.ladder = ladder;
      el.roleId = role.id;
      return el;
    });
    stage.append(...elements);
    await Promise.all(elements.map(rendered));
  } else {
    for (const role of ladder.roles) {
      const { host, root } = vanillaHost('pm-role-card', cardSheets);
      vanilla.renderRoleCard(root, ladder, role);
      stage.append(host);
    }
  }
  layout();
  return performance.now() - start;
}

/** The longest task while a ladder of `size` roles first renders, from the Long Tasks API (only tasks over 50 ms are reported). */
async function longestTask(size) {
  const ladder = readyFirstRender(size);
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  await mountLadder('pm-ladder', ladder);
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return Math.max(0, ...tasks.map((task) => task.duration));
}

/** Attaches and detaches a ladder `cycles` times. */
async function churn(cycles) {
  clear();
  for (let i = 0; i < cycles; i++) {
    const el = document.createElement('pm-ladder');
    stage.append(el);
    await rendered(el);
    el.remove();
  }
}

window.bench = { figures, longestTask, churn, clear };
window.benchReady = true;

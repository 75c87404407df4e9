import { expect, oneEvent } from '@open-wc/testing';
import { defaultLadder } from '../../src/data/default-ladder.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import { frame, roleButton, until, visibleText } from '../helpers.js';

/** A page written by `pm-ladder render`, in a frame, and what went wrong on it. */
interface StaticPage {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  /** Errors, rejections, console errors and warnings on the page. */
  problems: string[];
}

const HYDRATE_BUNDLE = '/dist/pm-ladder.hydrate.bundle.js';
const PLAIN_BUNDLE = '/dist/pm-ladder.bundle.js';

/** Opens the page that `pm-ladder render` writes for these options (`true` for a flag). */
async function openPage(
  options: Record<string, string | true> = {},
  width = 1000,
  hash = '',
): Promise<StaticPage> {
  const query = new URLSearchParams(
    Object.entries(options).map(([name, value]) => [name, value === true ? '' : value]),
  );
  const page = frame(`/ssr/page.html?${query}${hash}`, width, 'block-size: 700px; border: 0');
  await oneEvent(page, 'load');
  const win = page.contentWindow as Window & typeof globalThis;
  const doc = page.contentDocument!;
  expect(doc.querySelector('pm-ladder, pm-role-card'), `the page for ${query} has an element`).to.not.equal(
    null,
  );
  const problems: string[] = [];
  win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
  win.addEventListener('unhandledrejection', (event) => problems.push(`rejection: ${String(event.reason)}`));
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  return { frame: page, doc, win, problems };
}

/** Loads a script of the library into the page, as the note in the page says to. */
async function loadScript(page: StaticPage, src: string): Promise<void> {
  const script = page.doc.createElement('script');
  script.type = 'module';
  script.src = src;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
  });
  page.doc.head.append(script);
  await loaded;
}

/** The boxes of the pieces of an element that show its layout, relative to the element, in whole pixels. */
function layout(element: Element, selector: string): number[][] {
  const origin = element.getBoundingClientRect();
  return [...element.shadowRoot!.querySelectorAll(selector)].map((node) => {
    const box = node.getBoundingClientRect();
    if (!box.width && !box.height) return [0, 0, 0, 0]; // not shown
    return [box.left - origin.left, box.top - origin.top, box.width, box.height].map(Math.round);
  });
}

/** What the element shows, as text: its shadow root without the style sheet a server writes into it. */
const shownText = (element: Element) => visibleText(element, '[part~="base"], [part~="card"]');

/** Whether `text` holds each of `parts`, asserted one by one, naming the missing one (not the whole text). */
function expectToInclude(text: string, parts: string[]) {
  for (const part of parts) expect(text.includes(part), `shows ${part}`).to.equal(true);
}

describe('Static rendering (pm-ladder render)', () => {
  it('shows every role of the default ladder, styled, with no script but the ladder data', async () => {
    const { doc, win } = await openPage();
    const ladder = doc.querySelector('pm-ladder')!;
    expect(win.customElements.get('pm-ladder'), 'no element is defined').to.equal(undefined);
    const scripts = [...doc.querySelectorAll('script')].map((script) => script.type);
    expect(scripts).to.deep.equal(['application/json']);
    expect(!!ladder.shadowRoot, 'the declarative shadow root is attached').to.equal(true);
    expect(doc.querySelector('template'), 'no template is left unparsed').to.equal(null);
    expectToInclude(
      shownText(ladder),
      defaultLadder.roles.map((role) => role.title),
    );
    for (const role of defaultLadder.roles) {
      expect(roleButton(ladder, role.id).getBoundingClientRect().height, role.id).to.be.greaterThan(0);
    }
    // The element's own styles apply: the tiers are a grid, not a bulleted list.
    const tiers = ladder.shadowRoot!.querySelector('[part~="tiers"]')!;
    expect(getComputedStyle(tiers).display).to.equal('grid');
    expect(getComputedStyle(tiers).listStyleType).to.equal('none');
    expect(doc.title).to.equal(defaultLadder.title);
    expect(doc.documentElement.lang).to.equal('en');
  });

  it('is taken over by the hydrating bundle: the same nodes, now interactive', async () => {
    const page = await openPage({ current: 'product-manager', target: 'product-director' });
    const ladder = page.doc.querySelector('pm-ladder') as PmLadder;
    const root = ladder.shadowRoot!;
    const button = roleButton(ladder, 'senior-product-manager');
    const buttons = root.querySelectorAll('.role-button').length;
    const text = shownText(ladder);

    await loadScript(page, HYDRATE_BUNDLE);
    expect(page.win.customElements.get('pm-ladder'), 'the element is defined').to.not.equal(undefined);
    await ladder.updateComplete;

    expect(ladder.shadowRoot === root, 'the same shadow root').to.equal(true);
    expect(roleButton(ladder, 'senior-product-manager') === button, 'the same button').to.equal(true);
    expect(button.isConnected).to.equal(true);
    expect(root.querySelectorAll('.role-button').length, 'no role drawn twice').to.equal(buttons);
    expect(root.querySelectorAll('style').length, 'one style sheet').to.equal(1);
    expect(shownText(ladder)).to.equal(text);

    const selected = oneEvent(ladder, 'pm-select');
    button.click();
    const event = await selected;
    await ladder.updateComplete;
    expect(event.detail.roleId).to.equal('senior-product-manager');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(ladder.selected).to.equal('senior-product-manager');
    expect(visibleText(ladder, '[part~="role-details"]')).to.include('Product Director');
    expect(page.problems).to.deep.equal([]);
  });

  it('opens the role a link in the page URL names, once it has taken the markup over', async () => {
    const page = await openPage({}, 1000, '#product-manager-career-path/product-lead');
    const ladder = page.doc.querySelector('pm-ladder') as PmLadder;
    const root = ladder.shadowRoot!;
    const buttons = root.querySelectorAll('.role-button').length;
    const button = roleButton(ladder, 'product-lead');

    await loadScript(page, HYDRATE_BUNDLE);
    await until(() => ladder.selected === 'product-lead', 'the linked role to open');
    await ladder.updateComplete;
    expect(ladder.shadowRoot === root, 'the same shadow root').to.equal(true);
    expect(root.querySelectorAll('.role-button').length, 'no role drawn twice').to.equal(buttons);
    expect(roleButton(ladder, 'product-lead') === button, 'the same button').to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(page.problems).to.deep.equal([]);
  });

  it('renders a role card with --role, which the hydrating bundle takes over', async () => {
    const page = await openPage({ role: 'product-lead', 'heading-level': '2' });
    const card = page.doc.querySelector('pm-role-card') as PmRoleCard;
    expect(card.getAttribute('role-id')).to.equal('product-lead');
    const title = card.shadowRoot!.querySelector('h2[part~="role-title"]');
    expect(title?.textContent?.trim()).to.equal('Product Lead / Principal Product Manager');
    expect(page.doc.title).to.include('Product Lead');
    const text = shownText(card);

    await loadScript(page, HYDRATE_BUNDLE);
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h2[part~="role-title"]') === title, 'the same heading').to.equal(
      true,
    );
    expect(shownText(card)).to.equal(text);
    // Live: a new role-id renders that role in place.
    card.roleId = 'vp-product';
    await card.updateComplete;
    expect(title!.textContent!.trim()).to.equal('Vice President of Product');
    expect(page.problems).to.deep.equal([]);
  });

  it('keeps the labels of another language, and the theme, when the element takes over', async () => {
    const page = await openPage({ role: 'product-lead', locale: 'de-DE', theme: 'dark' });
    const card = page.doc.querySelector('pm-role-card') as PmRoleCard;
    expect(page.doc.documentElement.lang).to.equal('de-DE');
    expect(card.getAttribute('theme')).to.equal('dark');
    const text = shownText(card);
    expectToInclude(text, ['Aufgaben', 'Nächster Schritt', '77.000']);
    const background = getComputedStyle(card).backgroundColor;

    await loadScript(page, HYDRATE_BUNDLE);
    await card.updateComplete;
    // The German labels load beside the bundle; the element draws again once they are in.
    await until(
      () =>
        page.win.performance
          .getEntriesByType('resource')
          .some((entry) => /pm-ladder\.hydrate\.de\.js$/.test(entry.name)),
      'the German labels to load',
    );
    await card.updateComplete;
    expect(shownText(card)).to.equal(text);
    expect(getComputedStyle(card).backgroundColor).to.equal(background);
    // A part drawn afresh after the takeover is in German too: the labels did arrive.
    card.hidePay = true;
    await card.updateComplete;
    card.hidePay = false;
    await until(() => shownText(card).includes('Spanne über alle Rollen'), 'German labels in a fresh part');
    expect(page.problems).to.deep.equal([]);
  });

  it('lays out tracks and pay bars as the live element does, before and after it takes over', async () => {
    const page = await openPage({
      ladder: 'demo/ladders/example-engineering.json',
      current: 'engineer',
      target: 'staff-engineer',
    });
    const pieces = '[part~="role"], [part~="band"], [part~="track-header"], [part~="pay"]';
    const ladder = page.doc.querySelector('pm-ladder') as PmLadder;
    const before = layout(ladder, pieces);
    expect(before.length).to.be.greaterThan(10);
    // Two track columns side by side: the management roles sit to the right of the others.
    const left = (roleId: string) => roleButton(ladder, roleId).getBoundingClientRect().left;
    expect(left('engineering-manager')).to.be.greaterThan(left('senior-engineer') + 100);

    await loadScript(page, HYDRATE_BUNDLE);
    await ladder.updateComplete;
    expect(layout(ladder, pieces), 'after the element takes over').to.deep.equal(before);

    // The live element, drawn in the browser from the same document, next to it.
    const live = page.doc.createElement('pm-ladder') as PmLadder;
    live.setAttribute('current', 'engineer');
    live.setAttribute('target', 'staff-engineer');
    live.append(ladder.querySelector('script[type="application/json"]')!.cloneNode(true));
    ladder.after(live);
    await live.updateComplete;
    expect(layout(live, pieces), 'the live element').to.deep.equal(before);
    expect(shownText(live)).to.equal(shownText(ladder));
    expect(page.problems).to.deep.equal([]);
  });

  it('shows hostile text in a document as text, before and after the element takes over', async () => {
    const page = await openPage({ ladder: 'test/ssr/ladders/hostile.json' });
    const ladder = page.doc.querySelector('pm-ladder') as PmLadder;
    // Any element the document's text could have made; the one script loaded below has a src.
    const injected =
      'img, svg, iframe, b, a[href^="javascript"], template, script:not([type="application/json"], [src])';
    const count = () =>
      page.doc.querySelectorAll(injected).length + ladder.shadowRoot!.querySelectorAll(injected).length;
    expect(count(), 'elements from the document').to.equal(0);
    expect(page.doc.querySelectorAll('script').length).to.equal(1);
    expect(page.doc.title).to.equal('<img src=x onerror=alert(1)>');
    const text = shownText(ladder);
    expectToInclude(text, [
      '<img src=x onerror=alert(1)>',
      '</script><script>alert(2)</script> and <!-- an opened comment',
      '<b>Core</b> & "friends"',
      '</script><script>alert(3)</script>',
      'Lead <iframe src=javascript:alert(6)>',
      '<script>alert(8)</script>',
    ]);

    await loadScript(page, HYDRATE_BUNDLE);
    await ladder.updateComplete;
    expect(count(), 'elements from the document, after').to.equal(0);
    expect(shownText(ladder)).to.equal(text);
    // The element read the same document from its JSON child: nothing in it ended the script early.
    expect(ladder.shadowRoot!.querySelector('[part~="error"]'), 'no error view').to.equal(null);
    roleButton(ladder, 'engineer').click();
    await ladder.updateComplete;
    expectToInclude(visibleText(ladder, '[part~="role-details"]'), [
      '<style>* { display: none }</style> --> ]]> <template shadowrootmode="open">',
      '<svg onload=alert(4)>',
      "' onmouseover='alert(5)",
    ]);
    expect(count(), 'elements from the document, in the details').to.equal(0);
    expect(page.problems).to.deep.equal([]);
  });

  it('is drawn anew, once, by the plain bundle, which cannot take it over', async () => {
    const page = await openPage({ current: 'product-manager' });
    const ladder = page.doc.querySelector('pm-ladder') as PmLadder;
    const text = shownText(ladder);
    const buttons = ladder.shadowRoot!.querySelectorAll('.role-button').length;
    // What the server wrote into the shadow root: its markup and its style sheet.
    const serverButton = roleButton(ladder, 'product-lead');
    const serverStyles = [...ladder.shadowRoot!.querySelectorAll('style')];
    expect(serverStyles.length, 'the server’s style sheet').to.equal(1);

    await loadScript(page, PLAIN_BUNDLE);
    await ladder.updateComplete;
    // Drawn anew: nothing the server wrote is left, the styles are the element's own.
    expect(serverButton.isConnected, 'the server’s button still there').to.equal(false);
    expect(serverStyles[0]!.isConnected, 'the server’s style sheet still there').to.equal(false);
    expect(ladder.shadowRoot!.querySelectorAll('style').length, 'style elements').to.equal(0);
    expect(ladder.shadowRoot!.adoptedStyleSheets.length).to.be.above(0);
    expect(ladder.shadowRoot!.querySelectorAll('.role-button').length, 'no role drawn twice').to.equal(
      buttons,
    );
    expect(shownText(ladder)).to.equal(text);
    const button = roleButton(ladder, 'product-lead');
    expect(button === serverButton).to.equal(false);
    button.click();
    await ladder.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(page.problems).to.deep.equal([]);
  });
});

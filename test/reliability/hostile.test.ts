import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { PmRoleCard } from '../../src/role-card/role-card.js';
import type { PmSalaryRange } from '../../src/salary-range/salary-range.js';
import { defaultLadder } from '../../src/data/default-ladder.js';
import { MAX_DOCUMENT_SIZE } from '../../src/data/validate.js';
import {
  container,
  failOnUncaughtErrors,
  fixtureUrl,
  inlineDocument,
  shadowAll,
  visibleText,
} from '../helpers.js';

declare global {
  interface Window {
    pwned?: number;
  }
}

/** Markup and script in every disguise: none of it may run or become an element. */
const PAYLOADS = [
  '<img src=x onerror="window.pwned = (window.pwned || 0) + 1">',
  '<script>window.pwned = (window.pwned || 0) + 1</script>',
  '<svg onload="window.pwned = (window.pwned || 0) + 1"><circle r="5"/></svg>',
  '<iframe src="javascript:parent.pwned=(parent.pwned||0)+1"></iframe>',
  '"><b onmouseover="window.pwned=1">bold</b>',
  '&lt;img src=x onerror=alert(1)&gt; &amp; &#60;script&#62;',
  '\u202Eevil\u202C right-to-left override \u2066isolate\u2069',
  '{{constructor.constructor("window.pwned=1")()}} ${window.pwned=1}',
];

const URL_PAYLOADS = [
  'javascript:window.pwned=1',
  '  JaVaScRiPt:window.pwned=1',
  'java\tscript:window.pwned=1',
  'data:text/html,<script>window.pwned=1</script>',
  'vbscript:msgbox(1)',
];

const FOREIGN_TAGS = 'img, script, svg, iframe, b, object, embed, circle';

/**
 * A text field's value: its name in brackets, then `text`. No value is part of another ("[title]"
 * is not in "[source title]"), so each one found on screen is that field, whole.
 */
const fieldText = (field: string, text: string) => `[${field}] ${text}`;

/** The default ladder with `text` in every text field and `url` as every source's link. */
function hostileLadder(text: string, url = 'https://example.com/') {
  const t = (field: string) => fieldText(field, text);
  return {
    ...defaultLadder,
    title: t('title'),
    description: t('description'),
    tiers: defaultLadder.tiers.map((tier) => ({ ...tier, name: t(tier.name), description: t('tier') })),
    roles: defaultLadder.roles.map((role) => ({
      ...role,
      title: t(role.title),
      abbreviation: t('abbr'),
      summary: t('summary'),
      responsibilities: [t('responsibility')],
      requirements: [t('requirement')],
      pay: {
        min: 1,
        max: 2,
        currency: 'USD' as const,
        period: 'year' as const,
        source: t('source'),
        note: t('note'),
        location: t('location'),
      },
    })),
    pay: { ...defaultLadder.pay, source: t('pay source'), note: t('pay note'), location: t('pay location') },
    guidance: {
      skill: t('skill'),
      questionsIntro: t('intro'),
      questions: [t('question')],
      advice: [t('advice')],
    },
    sources: [{ title: t('source title'), author: t('author'), publisher: t('publisher'), url }],
  };
}

/** Every text of a hostile ladder that holds `text`, at any depth. */
function textsOf(value: unknown, text: string): string[] {
  if (typeof value === 'string') return value.endsWith(` ${text}`) ? [value] : [];
  if (typeof value !== 'object' || value === null) return [];
  return [...new Set(Object.values(value).flatMap((field) => textsOf(field, text)))];
}

/** Resolves once an image of a broken source, added now, has failed to load. */
async function brokenImage() {
  const image = document.createElement('img');
  image.alt = '';
  image.src = fixtureUrl('status/404');
  const failed = oneEvent(image, 'error');
  container().append(image);
  await failed;
}

/**
 * Resolves once an image injected from a payload (`<img src=x onerror=…>`) when the elements
 * rendered would have failed to load, and its handler run: a broken image asked for after it has
 * failed, then one asked for only after that one failed. Only then does "nothing ran" say something.
 */
async function injectedImagesHadTheirChance() {
  await brokenImage();
  await brokenImage();
}

async function allThree(ladder: ReturnType<typeof hostileLadder>) {
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div>
      <pm-ladder
        .ladder=${ladder}
        selected="product-lead"
        current="product-manager"
        target="vp-product"
      ></pm-ladder>
      <pm-role-card .ladder=${ladder} role-id="junior-product-manager"></pm-role-card>
      <pm-salary-range .ladder=${ladder} role-id="product-lead"></pm-salary-range>
    </div>`,
  );
  const elements = [...wrapper.children] as (PmLadder | PmRoleCard | PmSalaryRange)[];
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

describe('hostile text', () => {
  failOnUncaughtErrors();
  beforeEach(() => delete window.pwned);

  for (const payload of PAYLOADS) {
    it(`shows ${JSON.stringify(payload.slice(0, 40))} verbatim in every field, and runs nothing`, async () => {
      const doc = hostileLadder(payload);
      const [ladder, card, range] = await allThree(doc);
      for (const el of [ladder!, card!, range!]) {
        expect(el.shadowRoot!.querySelectorAll(FOREIGN_TAGS).length, el.localName).to.equal(0);
      }
      const p = (field: string) => fieldText(field, payload);
      // What each element shows of the document, each field as it was written. The ladder shows
      // all of it but the tiers' descriptions, which no element shows (a tier group is its name
      // and its roles); the card, its role (a junior product manager) and the sources; the pay
      // band, its role's pay.
      const shown: [Element, string[]][] = [
        [ladder!, textsOf(doc, payload).filter((text) => text !== p('tier'))],
        [
          card!,
          [
            p('Junior Product Manager'),
            p('abbr'),
            p('Entry level'),
            p('summary'),
            p('responsibility'),
            p('requirement'),
            p('source'),
            p('note'),
            p('location'),
            p('Product Manager'),
            p('Senior Product Manager'),
            p('source title'),
            p('author'),
            p('publisher'),
          ],
        ],
        [range!, [p('source'), p('note'), p('location')]],
      ];
      for (const [el, texts] of shown) {
        const text = el.shadowRoot!.textContent!;
        for (const field of texts)
          expect(text.includes(field), `${el.localName} shows ${field}`).to.equal(true);
      }
      expect(ladder!.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(p('title'));
      expect(visibleText(ladder!, '[data-role="product-lead"] [part~="summary"]')).to.equal(
        p('summary').replace(/\s+/g, ' ').trim(),
      );
      expect(card!.shadowRoot!.querySelector('[part~="role-title"]')!.textContent).to.equal(
        p('Junior Product Manager'),
      );
      expect(range!.shadowRoot!.querySelector('[part~="source"]')!.textContent).to.equal(
        `${p('source')}, ${p('location')}`,
      );
      await injectedImagesHadTheirChance();
      expect(window.pwned).to.equal(undefined);
    });
  }

  it('links a source only for http, https and mailto', async () => {
    for (const url of URL_PAYLOADS) {
      const [ladder] = await allThree(hostileLadder('plain', url));
      expect(shadowAll(ladder!, '[part~="sources"] a'), url).to.have.length(0);
      expect(visibleText(ladder!, '[part~="sources"]')).to.contain('[source title] plain');
    }
    for (const url of ['https://example.com/a?b=<c>', 'http://example.com/', 'mailto:hr@example.com']) {
      const [ladder] = await allThree(hostileLadder('plain', url));
      expect(
        shadowAll(ladder!, '[part~="sources"] a').map((a) => a.getAttribute('href')),
        url,
      ).to.have.length(1);
    }
  });

  it('shows a 100,000-character text whole, without breaking the layout', async () => {
    const long = 'a'.repeat(50000) + ' ' + 'b'.repeat(49999);
    const [ladder] = await allThree(hostileLadder(long));
    const title = ladder!.shadowRoot!.querySelector('[part~="title"]')!;
    expect(title.textContent).to.equal(fieldText('title', long));
    const base = ladder!.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  it('takes payloads in ids and settings as text too', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
    el.current = '<img src=x onerror="window.pwned=1">';
    el.tiers = '<script>window.pwned=1</script>';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll(FOREIGN_TAGS).length).to.equal(0);
    expect(visibleText(el, '[part~="error"]')).to.contain(
      'current: "<img src=x onerror="window.pwned=1">" is not a role',
    );
    await injectedImagesHadTheirChance();
    expect(window.pwned).to.equal(undefined);
  });
});

describe('documents too large to take', () => {
  failOnUncaughtErrors();

  const refusals: [string, RegExp][] = [
    ['huge.json', /^is 5\.\d MB, more than the 4\.0 MB a ladder document may be$/],
    [
      'huge-chunked.json',
      /^is more than the 4\.0 MB a ladder document may be \(reading stopped at [45]\.\d MB\)$/,
    ],
  ];
  for (const [route, message] of refusals) {
    it(`refuses a 5 MB document from src (${route}) with the size limit, keeping the last good ladder`, async () => {
      const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
      el.src = fixtureUrl(route);
      const { detail } = await oneEvent(el, 'pm-error');
      expect(detail.errors[0].message).to.match(message);
      await el.updateComplete;
      expect(visibleText(el, '[part~="title"]')).to.equal(defaultLadder.title);
    });
  }

  it('stops reading a streamed answer at the limit, before the rest of it has come', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder></pm-ladder>`);
    el.src = fixtureUrl('huge-slow.json');
    const { detail } = await oneEvent(el, 'pm-error');
    // 4.5 MB come at once and the rest two seconds later: read whole, it would say 5 MB.
    expect(detail.errors[0].message).to.match(
      /^is more than the 4\.0 MB a ladder document may be \(reading stopped at 4\.\d MB\)$/,
    );
  });

  it('refuses an inline document past the limit', async () => {
    const el = document.createElement('pm-ladder');
    el.append(inlineDocument({ ...defaultLadder, description: 'x'.repeat(MAX_DOCUMENT_SIZE) }));
    const reported = oneEvent(el, 'pm-error');
    container().append(el);
    const { detail } = await reported;
    expect(detail.errors[0].message).to.contain('more than the 4.0 MB a ladder document may be');
  });
});

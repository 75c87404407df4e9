import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import type { Ladder } from '../../src/data/schema.js';
import {
  exampleLadder,
  failOnUncaughtErrors,
  frame,
  roleButton,
  shadowAll,
  until,
  visibleText,
  visibleTexts,
} from '../helpers.js';

/** The details of the selected role, as a reader sees them. */
const details = (el: PmLadder) => el.shadowRoot!.querySelector<HTMLElement>('[part~="role-details"]')!;

/** Each competency of the open details as one line: "name: level · text". */
function competencyLines(el: PmLadder): string[] {
  return shadowAll(el, '[part~="role-details"] [part~="competency"]').map((row) => {
    const name = row.querySelector('[part~="competency-name"]')!.textContent!.trim();
    const level = row.querySelector('[part~="level"]')?.textContent?.trim();
    const text = [...row.querySelectorAll('dd > p')].map((p) => p.textContent!.trim()).join(' ');
    return [name, [level, text].filter(Boolean).join(' · ')].join(': ');
  });
}

describe('<pm-ladder> with competencies', () => {
  failOnUncaughtErrors();
  let ladder: Ladder;
  before(async () => {
    ladder = await exampleLadder();
  });
  // Opening a role writes its link into the page's URL, which the next ladder would open.
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it("lists a role's expectations under their groups, with the level's name and rank and the text", async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder .ladder=${ladder} selected="senior-engineer"></pm-ladder>`,
    );
    const section = details(el).querySelector('[part~="expectations"]')!;
    expect(section.querySelector('[part~="section-title"]')!.textContent).to.equal('What is expected');
    expect(visibleTexts(el, '[part~="role-details"] [part~="competency-group"]')).to.deep.equal([
      'Craft',
      'People',
    ]);
    expect(competencyLines(el)).to.deep.equal([
      // No text of its own: the level's description says what it means.
      'System design: Specializes, 2 of 5 · Designs a component of a system.',
      'Code quality: Practitioner, 3 of 4 · Applies the practice on their own and adapts it.',
      'Delivery: Practitioner, 3 of 4 · Delivers projects of a few weeks end to end.',
      'Mentoring: Working, 2 of 4 · Pairs with engineers new to the team.',
      // A competency in words only: no level.
      'Communication: Writes design documents others can review.',
    ]);
    // Headings one below the section's, so the page's outline holds.
    const group = details(el).querySelector('[part~="competency-group"]')!;
    expect(group.tagName).to.equal('H5');
    await expect(el).to.be.accessible();
  });

  it('keeps examples behind a disclosure that the reader opens', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder .ladder=${ladder} selected="staff-engineer"></pm-ladder>`,
    );
    const disclosure = details(el).querySelector<HTMLDetailsElement>('[part~="examples"]')!;
    expect(disclosure.tagName).to.equal('DETAILS');
    expect(disclosure.open).to.equal(false);
    expect(disclosure.querySelector('summary')!.textContent!.trim()).to.equal('Examples');
    const list = disclosure.querySelector('ul')!;
    expect(list.checkVisibility(), 'examples hidden until asked for').to.equal(false);
    disclosure.querySelector('summary')!.click();
    await new Promise((resolve) => disclosure.addEventListener('toggle', resolve, { once: true }));
    expect(list.checkVisibility()).to.equal(true);
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Led the move of three services to one event log.',
      'Wrote the design review checklist.',
    ]);
    await expect(el).to.be.accessible();
  });

  it("shows the track's description, responsibilities and requirements with each role on it, marked as the track's", async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder .ladder=${ladder} selected="engineering-manager"></pm-ladder>`,
    );
    expect(visibleText(el, '[part~="role-details"] [part~="track-description"]')).to.equal(
      "Shared by every role on the Management track: Grows by the reach of their team's work.",
    );
    const responsibilities = details(el).querySelector('[part~="responsibilities"]')!;
    expect([...responsibilities.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Hire and grow engineers.',
      "Plan the team's work.",
      'Hold one-to-ones with each report.',
    ]);
    expect(responsibilities.querySelector('[part~="shared"]')!.textContent).to.equal(
      'Shared by every role on the Management track',
    );
    // The shared item follows the line that marks it, in its own list.
    const shared = responsibilities.querySelector('[part~="shared"]')!.nextElementSibling!;
    expect(shared.textContent!.trim()).to.equal('Hold one-to-ones with each report.');
    const requirements = details(el).querySelector('[part~="requirements"]')!;
    expect(visibleText(el, '[part~="role-details"] [part~="requirements"]')).to.equal(
      'To be promoted into this role Has mentored engineers. Shared by every role on the Management track Has completed the management training.',
    );
    expect(requirements.querySelectorAll('ul').length).to.equal(2);
    await expect(el).to.be.accessible();
  });

  it('lists lateral moves beside the next steps, as links that open them', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder .ladder=${ladder} selected="staff-engineer"></pm-ladder>`,
    );
    const lateral = details(el).querySelector('[part~="lateral"]')!;
    expect(visibleText(el, '[part~="role-details"] [part~="lateral"]')).to.equal(
      'Lateral move Engineering Manager',
    );
    const selected = oneEvent(el, 'pm-select');
    const link = lateral.querySelector<HTMLAnchorElement>('a')!;
    expect(link.getAttribute('href')).to.equal(`#${ladder.id}/engineering-manager`);
    link.click();
    expect((await selected).detail.roleId).to.equal('engineering-manager');
    await el.updateComplete;
    expect(el.selected).to.equal('engineering-manager');
    expect(visibleText(el, '[part~="role-details"] [part~="lateral"]')).to.equal(
      'Lateral move Staff Engineer',
    );
  });

  it('names every role a role may report to', async () => {
    const doc = structuredClone(ladder);
    doc.roles[0]!.reportsTo = ['engineering-manager', 'staff-engineer'];
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${doc} selected="engineer"></pm-ladder>`);
    expect(visibleText(el, '[part~="role-details"] [part~="reports-to"]')).to.equal(
      'Reports to: Engineering Manager or Staff Engineer',
    );
    const german = await fixture<PmLadder>(
      html`<pm-ladder .ladder=${doc} selected="engineer" locale="de"></pm-ladder>`,
    );
    const reportsTo = () => visibleText(german, '[part~="role-details"] [part~="reports-to"]');
    // The German labels load on demand; the list is joined in German words.
    await until(() => reportsTo().startsWith('Berichtet'), 'the German labels');
    expect(reportsTo()).to.equal('Berichtet an: Engineering Manager oder Staff Engineer');
  });

  it('says where the path from current to target switches track', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder .ladder=${ladder} current="staff-engineer" target="engineering-manager"></pm-ladder>`,
    );
    expect(visibleText(el, '[part~="path"]')).to.equal(
      'From Staff Engineer to Engineering Manager: 1 step. From Staff Engineer, switch to the Management track as Engineering Manager.',
    );
    expect(roleButton(el, 'engineering-manager').closest('[part~="role"]')!.getAttribute('part')).to.contain(
      'target',
    );
    await expect(el).to.be.accessible();
  });

  it('takes a promotion before a sideways move when both ways are as short', async () => {
    // From A to D: promoted to B then across to D, or across to C then promoted to D; both two steps.
    const tie = {
      id: 'tie',
      title: 'Two ways as short',
      tiers: [
        { id: 'one', name: 'One' },
        { id: 'two', name: 'Two' },
      ],
      tracks: [
        { id: 'ic', name: 'Individual contributor' },
        { id: 'management', name: 'Management track' },
      ],
      roles: [
        { id: 'a', title: 'A', tier: 'one', track: 'ic', next: ['b'], lateral: ['c'] },
        { id: 'c', title: 'C', tier: 'one', track: 'management', next: ['d'] },
        { id: 'b', title: 'B', tier: 'two', track: 'ic', lateral: ['d'] },
        { id: 'd', title: 'D', tier: 'two', track: 'management' },
      ],
    };
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${tie} current="a" target="d"></pm-ladder>`);
    // A track named "… track" is not called "… track track".
    expect(visibleText(el, '[part~="path"]')).to.equal(
      'From A to D: 2 steps. Through B. From B, switch to the Management track as D.',
    );
    expect(visibleText(el, '[data-role="b"] [part~="badge"]')).to.equal('Step 1');
    expect(visibleText(el, '[data-role="c"]')).to.not.contain('Step');
  });

  it('shows the advice of a ladder that names no key skill, without an empty heading', async () => {
    const doc = { ...structuredClone(ladder), guidance: { advice: ['Ask for feedback every quarter.'] } };
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${doc}></pm-ladder>`);
    expect(visibleTexts(el, '[part~="guidance-subtitle"]')).to.deep.equal(['Advice']);
    expect(visibleText(el, '[part~="guidance"]')).to.equal(
      'How to advance Advice Ask for feedback every quarter.',
    );
    await expect(el).to.be.accessible();
  });

  it('puts competencies without a group first, under no group heading', async () => {
    const doc = structuredClone(ladder);
    delete doc.competencies![4]!.group;
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${doc} selected="engineer"></pm-ladder>`);
    const first = details(el).querySelector('[part~="expectations"] dl')!;
    expect(first.previousElementSibling!.getAttribute('part')).to.equal('section-title');
    expect(first.textContent).to.contain('Communication');
    expect(visibleTexts(el, '[part~="role-details"] [part~="competency-group"]')).to.deep.equal([
      'Craft',
      'People',
    ]);
  });

  it('says whose examples each disclosure holds, to a screen reader', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder .ladder=${ladder} selected="senior-engineer"></pm-ladder>`,
    );
    const summary = details(el).querySelector('[part~="examples"] summary')!;
    const described = el.shadowRoot!.getElementById(summary.getAttribute('aria-describedby')!)!;
    expect(described.textContent).to.equal('System design');
  });

  for (const selected of [undefined, 'senior-engineer']) {
    it(`prints every example, with every role open${selected ? ', the open role too' : ''}`, async () => {
      // Two of the roles' own, and three of the Expert level's, which stand in where a role gives none.
      const el = await fixture<PmLadder>(
        html`<pm-ladder .ladder=${ladder} selected=${selected ?? ''}></pm-ladder>`,
      );
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      const disclosures = shadowAll(el, '[part~="examples"]') as HTMLDetailsElement[];
      expect(disclosures.length).to.equal(5);
      expect(disclosures.every((disclosure) => disclosure.open)).to.equal(true);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect(shadowAll(el, '[part~="examples"]').length).to.equal(selected ? 1 : 0);
    });
  }

  it('fires pm-load with the warnings of a document, and says them once in the console', async () => {
    const doc = structuredClone(ladder) as Ladder & Record<string, unknown>;
    (doc.roles[2] as Record<string, unknown>).requirments = ['Has led a project across teams.'];
    const warn = console.warn;
    const said: string[] = [];
    console.warn = (...args: unknown[]) => said.push(args.join(' '));
    try {
      const el = document.createElement('pm-ladder') as PmLadder;
      el.ladder = doc;
      const loaded = oneEvent(el, 'pm-load');
      document.body.append(el);
      const { detail } = await loaded;
      expect(detail.warnings).to.deep.equal([
        { path: 'roles[2].requirments', message: 'unknown field; did you mean "requirements"?' },
      ]);
      // A second element showing the same document says nothing more.
      const card = document.createElement('pm-role-card');
      Object.assign(card, { ladder: doc, roleId: 'staff-engineer' });
      const cardLoaded = oneEvent(card, 'pm-load');
      document.body.append(card);
      expect((await cardLoaded).detail.warnings).to.have.length(1);
      expect(said).to.deep.equal([
        'pm-ladder: the ladder "example-engineering-ladder" is shown, but some of its fields are not:\n  roles[2].requirments: unknown field; did you mean "requirements"?',
      ]);
      el.remove();
      card.remove();
    } finally {
      console.warn = warn;
    }
  });

  it('shows the levels-by-topics example, in words, without a rank', async () => {
    const framework = await (await fetch('/demo/ladders/example-product-framework.json')).json();
    const el = await fixture<PmLadder>(html`<pm-ladder .ladder=${framework} selected="pm-2"></pm-ladder>`);
    expect(competencyLines(el)).to.deep.equal([
      'Discovery: Plans and runs discovery for a product area.',
      "Delivery: Ships a product area's work release after release.",
      'Strategy: Sets the goals of a product area with their manager.',
      'People: Brings partners in sales and support into decisions.',
    ]);
    expect(shadowAll(el, '[part~="level"]')).to.have.length(0);
    // A role without a summary or responsibilities shows neither, nor an empty section.
    expect(details(el).querySelector('[part~="summary"]')).to.equal(null);
    expect(details(el).querySelector('[part~="responsibilities"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a competency ladder from src, its validator and view loaded beside the document', async () => {
    // Rendered at once, so that the listener is there before the ladder can load.
    const el = fixtureSync<PmLadder>(
      html`<pm-ladder src="/demo/ladders/example-engineering.json" selected="senior-engineer"></pm-ladder>`,
    );
    await oneEvent(el, 'pm-load');
    await el.updateComplete;
    expect(competencyLines(el)[0]).to.equal(
      'System design: Specializes, 2 of 5 · Designs a component of a system.',
    );
  });
});

describe('the bundle with a ladder of competencies', () => {
  failOnUncaughtErrors();

  /** Opens the page in a frame; resolves with its two ladders once the own one has settled. */
  async function open(query: string) {
    const page = frame(`/test/ladder/bundle-documents.html${query}`, 900);
    let own: PmLadder | null | undefined;
    await until(
      () => {
        own = page.contentDocument?.querySelector<PmLadder>('#own');
        const text = own?.shadowRoot ? visibleText(own) : '';
        return text.includes('What is expected') || text.includes('could not be');
      },
      'the own ladder to settle',
      10000,
    );
    return { page, own: own!, fallback: page.contentDocument!.querySelector<PmLadder>('#default')! };
  }

  it('loads the validator and the view of competencies beside the document, not after it', async () => {
    const { page, own } = await open('');
    expect(visibleText(own)).to.contain('Specializes, 2 of 5');
    const entries = page.contentWindow!.performance.getEntriesByType(
      'resource',
    ) as PerformanceResourceTiming[];
    const chunk = entries.find((entry) => entry.name.endsWith('/dist/pm-ladder.documents.js'))!;
    const document = entries.find((entry) => entry.name.includes('/fixtures/ladder.json?delay=200&beside='))!;
    expect(chunk, 'pm-ladder.documents.js is loaded').to.not.equal(undefined);
    // Both asked for before either answered: one round trip, not two in a row.
    expect(chunk.startTime).to.be.below(document.responseEnd);
  });

  it('asks once for a URL that two elements show before the validator has loaded, and hangs up on one nobody waits for', async () => {
    const title = `Shared ${Math.random()}`;
    const url = `/fixtures/ladder.json?delay=300&title=${encodeURIComponent(title)}`;
    // Answered only after 8 s: the element that leaves ends its request long before, once the
    // validator it waits for is in, however busy the machine.
    const gone = `/fixtures/ladder.json?delay=8000&title=${encodeURIComponent(`${title} gone`)}`;
    const { page, own } = await open(`?src=${encodeURIComponent(url)}&gone=${encodeURIComponent(gone)}`);
    const twin = page.contentDocument!.querySelector<PmLadder>('#twin')!;
    await until(() => visibleText(twin, '[part~="title"]') === title, 'the second ladder to show', 5000);
    const record = async (asked: string) =>
      (await fetch(`/fixtures/record?url=${encodeURIComponent(asked)}`)).json();
    expect(await record(url)).to.deep.equal({ requests: 1, aborted: 0 });
    // The request of the element that left is hung up on before its answer comes, or dropped
    // before it leaves the browser: WebKit may drop it, and so may any browser when the
    // validator's file, which the element waits for before it hangs up, comes from its cache at
    // once. Never sent is told from not yet sent by a second without it.
    let unwanted = { requests: -1, aborted: -1 };
    const since = performance.now();
    try {
      await until(
        async () => {
          unwanted = await record(gone);
          return (
            unwanted.aborted === unwanted.requests &&
            (unwanted.requests > 0 || performance.now() - since > 1000)
          );
        },
        'the unwanted request to be hung up on',
        7500,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message}; the server saw ${JSON.stringify(unwanted)}`);
    }
    expect(unwanted.requests, 'requests for the unwanted document').to.be.at.most(1);
    expect(visibleText(own)).to.contain('Specializes, 2 of 5');
  });

  it('an element taken off the page while its ladder waits for the validator completes its update, and shows the ladder once back', async () => {
    const page = frame('/test/ladder/bundle-documents.html?detached', 900);
    await until(() => !!page.contentDocument?.body?.dataset.back, 'the element to be back', 10000);
    expect(page.contentDocument!.body.dataset.leaving, 'its status as it left').to.equal(
      'Loading the ladder…',
    );
    expect(page.contentDocument!.body.dataset.detached).to.equal('complete');
    expect(page.contentDocument!.body.dataset.back).to.equal('shown');
  });

  it('asks again for pm-ladder.documents.js that failed to load, with the next document', async () => {
    const { own } = await open(`?flaky=${Math.random().toString(36).slice(2)}`);
    expect(visibleText(own, '[part~="error"]')).to.contain('did not load');
    own.src = '/demo/ladders/example-engineering.json?again';
    await until(() => visibleText(own).includes('Specializes, 2 of 5'), 'the ladder, checked', 3000);
    expect(shadowAll(own, '[part~="error"]')).to.have.length(0);
  });

  it('without its files beside it, says so where the ladder would be, and the default ladder still shows', async () => {
    const { own, fallback } = await open('?alone');
    expect(visibleText(own, '[part~="error"]')).to.match(
      /^This ladder could not be shown document: could not be checked: the part of pm-ladder that checks a ladder document did not load \(.*\); a page that loads pm-ladder\.bundle\.js needs pm-ladder\.documents\.js beside it$/,
    );
    expect(visibleText(fallback, '[part~="title"]')).to.equal('Product Manager career path');
  });
});

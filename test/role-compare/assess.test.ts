import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PmRoleCompare } from '../../src/role-compare/role-compare.js';
import type { Ladder } from '../../src/data/schema.js';
import {
  ASSESSMENT_KEY,
  assessedComparison,
  exampleLadder,
  failOnUncaughtErrors,
  marksOf,
  press,
  realKeys,
  shadowAll,
  until,
  visibleText,
  visibleTexts,
} from '../helpers.js';

/** Marks an expectation, by its position, as a reader does: a click on the radio button. */
async function mark(el: PmRoleCompare, index: number, value: 'not-yet' | 'working' | 'met') {
  shadowAll(el, '[part~="mark"]')[index]!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  await el.updateComplete;
}

const stored = () => JSON.parse(localStorage.getItem(ASSESSMENT_KEY) ?? 'null');

describe('<pm-role-compare assess>', () => {
  failOnUncaughtErrors();
  let ladder: Ladder;
  before(async () => {
    ladder = await exampleLadder();
  });
  beforeEach(() => localStorage.removeItem(ASSESSMENT_KEY));
  afterEach(() => localStorage.removeItem(ASSESSMENT_KEY));

  const compare = (doc: Ladder = ladder) => assessedComparison(doc);

  it('lets the reader mark each expectation of `to`, sums them up, and keeps them in this browser', async () => {
    const el = await compare();
    await marksOf(el);
    expect(visibleTexts(el, '[part~="mark"] legend')).to.deep.equal([
      'System design: Specializes, 2 of 5',
      'Code quality: Practitioner, 3 of 4',
      'Delivery: Practitioner, 3 of 4',
      'Mentoring: Working, 2 of 4',
      'Communication: Writes design documents others can review.',
      'Has shipped a project on their own.',
    ]);
    expect(visibleText(el, '[part~="assessment-summary"]')).to.equal('0 of 6 met');
    expect(visibleText(el, '.stored')).to.equal('Kept in this browser only, never sent anywhere.');
    await mark(el, 0, 'met');
    await mark(el, 5, 'met');
    await mark(el, 1, 'working');
    expect(visibleText(el, '[part~="assessment-summary"]')).to.equal('2 of 6 met');
    const note = shadowAll(el, '[part~="mark"] textarea')[0]! as HTMLTextAreaElement;
    note.value = 'Designed the export queue.';
    note.dispatchEvent(new Event('input'));
    expect(stored().marks).to.deep.equal({
      'competency:system-design': { label: 'System design', mark: 'met', note: 'Designed the export queue.' },
      'requirement:Has shipped a project on their own.': {
        label: 'Has shipped a project on their own.',
        mark: 'met',
      },
      'competency:code-quality': { label: 'Code quality', mark: 'working' },
    });
    // Another element, or the page loaded again, finds them.
    const again = await compare();
    await marksOf(again);
    expect(visibleText(again, '[part~="assessment-summary"]')).to.equal('2 of 6 met');
    expect((shadowAll(again, '[part~="mark"] textarea')[0] as HTMLTextAreaElement).value).to.equal(
      'Designed the export queue.',
    );
    await expect(el).to.be.accessible();
  });

  it('draws the marks in the profile chart as a third shape', async () => {
    const el = await compare();
    await marksOf(el);
    expect(el.shadowRoot!.querySelector('.series.marks')).to.equal(null);
    await mark(el, 0, 'met');
    await mark(el, 1, 'working');
    const dots = [...el.shadowRoot!.querySelectorAll('.series.marks circle')].map(
      (dot) => Math.round(Math.hypot(Number(dot.getAttribute('cx')), Number(dot.getAttribute('cy')))) / 100,
    );
    // Met: at Senior Engineer's level (2 of 5); working on it: halfway from Engineer's (2 of 4) to
    // Senior Engineer's (3 of 4); unmarked: at Engineer's.
    expect(dots).to.deep.equal([0.4, 0.63, 0.5, 0.25]);
    expect(visibleTexts(el, '[part~="profile"] figcaption .key')).to.deep.equal([
      'Engineer',
      'Senior Engineer',
      'Your marks',
    ]);
    expect(
      el.shadowRoot!.querySelector('[part~="profile"] ul.sr li')!.textContent!.replace(/\s+/g, ' ').trim(),
    ).to.equal('System design: Engineer Adopts, 1 of 5, Senior Engineer Specializes, 2 of 5, Your marks Met');
  });

  it('keeps working in memory, and says so, where the browser refuses storage', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function refuse() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = await compare();
      await marksOf(el);
      expect(visibleText(el, '.stored')).to.equal(
        'This browser does not let the page store them: they last until the page is closed.',
      );
      await mark(el, 2, 'met');
      expect(visibleText(el, '[part~="assessment-summary"]')).to.equal('1 of 6 met');
      expect(localStorage.getItem(ASSESSMENT_KEY)).to.equal(null);
      // Another element on the page shares them.
      const other = await compare();
      await marksOf(other);
      expect(visibleText(other, '[part~="assessment-summary"]')).to.equal('1 of 6 met');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('exports the marks as a JSON file, imports one back, and clears them', async () => {
    const el = await compare();
    await marksOf(el);
    await mark(el, 3, 'met');
    const createObjectURL = URL.createObjectURL;
    let blob: Blob | undefined;
    let name = '';
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return 'blob:test';
    };
    HTMLAnchorElement.prototype.click = function download(this: HTMLAnchorElement) {
      name = this.download;
    };
    try {
      shadowAll(el, '[part~="assessment-actions"] button')[0]!.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(name).to.equal('example-engineering-ladder-senior-engineer-marks.json');
    const file = JSON.parse(await blob!.text());
    expect(file).to.deep.equal({
      'pm-ladder-assessment': 1,
      ladder: 'example-engineering-ladder',
      from: 'engineer',
      to: 'senior-engineer',
      marks: { 'competency:mentoring': { label: 'Mentoring', mark: 'met' } },
    });

    // Clear, then import the file back.
    shadowAll(el, '[part~="assessment-actions"] button')[2]!.click();
    await el.updateComplete;
    expect(visibleText(el, '[part~="assessment-summary"]')).to.equal('0 of 6 met');
    expect(localStorage.getItem(ASSESSMENT_KEY)).to.equal(null);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(
      '[part~="assessment-actions"] input[type="file"]',
    )!;
    const choose = async (text: string) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'marks.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await until(() => !el.isUpdatePending, 'the import');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
    };
    await choose(JSON.stringify(file));
    expect(visibleText(el, '[part~="assessment-summary"]')).to.equal('1 of 6 met');
    expect(stored().marks).to.deep.equal(file.marks);

    // A file that is not one: said, and the marks stay.
    await choose('{"marks": 3}');
    expect(visibleText(el, '.import-problem')).to.equal(
      'That file could not be imported: it is not a file of marks exported by pm-ladder',
    );
    expect(el.shadowRoot!.querySelector('.import-problem')!.getAttribute('role')).to.equal('alert');
    await choose(
      JSON.stringify({
        ...file,
        marks: { ...file.marks, 'competency:delivery': { label: 'Delivery', mark: 'done' } },
      }),
    );
    expect(visibleText(el, '.import-problem')).to.equal(
      'Imported, but for what is not a mark: marks["competency:delivery"] should be { label, mark: not-yet | working | met, note? }',
    );
    expect(visibleText(el, '[part~="assessment-summary"]')).to.equal('1 of 6 met');
  });

  it('prints with the print button', async () => {
    const el = await compare();
    await marksOf(el);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      shadowAll(el, '[part~="assessment-actions"] button')[3]!.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
  });

  it('keeps the marks of expectations a changed ladder still has, and names those it no longer has', async () => {
    localStorage.setItem(
      ASSESSMENT_KEY,
      JSON.stringify({
        'pm-ladder-assessment': 1,
        ladder: 'example-engineering-ladder',
        from: 'engineer',
        to: 'senior-engineer',
        marks: {
          'competency:system-design': { label: 'System design', mark: 'met' },
          'competency:on-call': { label: 'On call', mark: 'working' },
        },
      }),
    );
    const el = await compare();
    await marksOf(el);
    expect(visibleText(el, '[part~="assessment-summary"]')).to.equal('1 of 6 met');
    expect(visibleText(el, '.gone')).to.equal('Kept, for expectations this ladder no longer has: On call');
    // A change to another mark keeps it still.
    await mark(el, 1, 'met');
    expect(Object.keys(stored().marks)).to.include('competency:on-call');
  });

  it('is used with the keyboard: Tab to a choice, arrows between choices', async function () {
    if (!realKeys) this.skip();
    const el = await compare();
    await marksOf(el);
    shadowAll(el, '[part~="mark"]')[0]!.querySelector<HTMLInputElement>('input[value="not-yet"]')!.focus();
    await press(' ');
    await el.updateComplete;
    await press('ArrowRight');
    await el.updateComplete;
    expect((el.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('working');
    expect(stored().marks['competency:system-design'].mark).to.equal('working');
    await press('Tab');
    expect(el.shadowRoot!.activeElement!.tagName).to.equal('TEXTAREA');
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { PmLadder } from '../../src/ladder/ladder.js';
import {
  ASSESSMENT_KEY,
  assessedComparison,
  container,
  exampleLadder,
  failOnUncaughtErrors,
  marksOf,
  until,
} from '../helpers.js';

/*
 * What a screen reader is given, read from the browser's accessibility tree through the DevTools
 * protocol: the devtools group runs this file in Chromium alone.
 */
type Node = { role: string; name: string; children?: Node[] };

/** Every node of the tree, depth first. */
const nodes = (node: Node): Node[] => [node, ...(node.children ?? []).flatMap(nodes)];

describe('what a screen reader is given', () => {
  failOnUncaughtErrors();

  it('names a role card after its role', async () => {
    const el = await fixture(html`<pm-role-card role-id="senior-product-manager"></pm-role-card>`);
    // The snapshot's tree leaves articles out: the name is read where the card sets it, and the
    // tree holds the heading it repeats.
    const article = el.shadowRoot!.querySelector('article')!;
    expect(article.getAttribute('aria-label')).to.equal('Senior Product Manager');
    const tree = (await a11ySnapshot({})) as unknown as Node;
    expect(nodes(tree).find((node) => node.role === 'heading')?.name).to.equal('Senior Product Manager');
  });

  it('reads headings and labels as they are written, in small capitals only to the eye', async () => {
    await fixture(html`<pm-ladder selected="product-manager" hide-guidance></pm-ladder>`);
    const names = nodes((await a11ySnapshot({})) as unknown as Node)
      .filter((node) => node.role === 'heading' || node.role === 'StaticText')
      .map((node) => node.name);
    expect(names).to.include.members([
      'Entry level',
      'Responsibilities',
      'Market estimate · Range across all roles',
    ]);
    expect(
      names.filter((name) => /[a-z]/i.test(name) && name === name.toUpperCase() && name.length > 4),
    ).to.deep.equal([]);
  });

  it('reads an amount with its currency once', async () => {
    await fixture(
      html`<pm-salary-range min="80000" max="105000" currency="EUR" locale="en"></pm-salary-range>`,
    );
    const tree = (await a11ySnapshot({})) as unknown as Node;
    const text = nodes(tree)
      .filter((node) => node.role === 'StaticText' || node.role === 'text')
      .map((node) => node.name)
      .join(' ');
    expect(text).to.contain('€80,000 – €105,000 per year');
    expect(text).not.to.match(/\bEUR\b/);
  });
});

describe('what a screen reader is given of a ladder', () => {
  failOnUncaughtErrors();

  type Described = Node & { description?: string };
  const tree = async () => nodes((await a11ySnapshot({})) as unknown as Node) as Described[];
  const button = (all: Described[], name: string) =>
    all.find((node) => node.role === 'button' && node.name === name);

  it("names a role's button by its title, and says the rest apart as its description", async () => {
    await fixture(
      html`<pm-ladder
        current="associate-product-manager"
        target="product-manager"
        hide-guidance
      ></pm-ladder>`,
    );
    const all = await tree();
    expect(button(all, 'Associate Product Manager')?.description).to.equal(
      'APM, You are here, arrow keys move between roles',
    );
    expect(button(all, 'Junior Product Manager')?.description).to.equal('Junior PM, Step 1');
    expect(button(all, 'Product Manager')?.description).to.equal('PM, Goal');
    expect(button(all, 'Vice President of Product')?.description).to.equal('Product VP');
    // A role without an abbreviation or a mark has no description at all.
    expect(button(all, 'Product Director')?.description ?? '').to.equal('');
    // No name runs a role's parts together.
    const names = all.filter((node) => node.role === 'button').map((node) => node.name);
    expect(names.filter((name) => / (APM|PM|CPO|VP)$|You are here|Step \d|Goal/.test(name))).to.deep.equal(
      [],
    );
  });

  it('tells the arrow keys on the tab stop, until they have been used', async () => {
    const el = await fixture<PmLadder>(html`<pm-ladder hide-guidance></pm-ladder>`);
    const hinted = async () =>
      (await tree()).filter((node) => node.description?.includes('arrow keys')).map((node) => node.name);
    expect(await hinted()).to.deep.equal(['Associate Product Manager']);
    el.shadowRoot!.querySelector<HTMLButtonElement>(
      '[data-role="associate-product-manager"] > button',
    )!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.closest<HTMLElement>('[data-role]')!.dataset.role).to.equal(
      'junior-product-manager',
    );
    expect(await hinted()).to.deep.equal([]);
  });

  it('names open details after their role, as a group and no landmark, in two ladders alike', async () => {
    const page = container();
    page.innerHTML = `
      <pm-ladder selected="product-manager" hide-guidance></pm-ladder>
      <pm-ladder selected="product-manager" hide-guidance heading-level="3"></pm-ladder>`;
    for (const el of page.querySelectorAll<PmLadder>('pm-ladder')) await el.updateComplete;
    const whole = nodes((await executeServerCommand('a11y-tree')) as Node);
    const groups = whole.filter((node) => node.role === 'group' && node.name === 'Product Manager');
    expect(groups).to.have.length(2);
    expect(whole.filter((node) => node.role === 'region')).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });
});

describe('what a screen reader is given of the matrix and the comparison', () => {
  failOnUncaughtErrors();

  /** The rows of the first table in the tree, each as its cells' roles and names. */
  function tableRows(tree: Node): { role: string; name: string }[][] {
    const table = nodes(tree).find((node) => node.role === 'table')!;
    return nodes(table)
      .filter((node) => node.role === 'row')
      .map((row) =>
        (row.children ?? [])
          .filter((cell) => ['columnheader', 'rowheader', 'cell'].includes(cell.role))
          .map((cell) => ({ role: cell.role, name: cell.name.replace(/\s+/g, ' ').trim() })),
      );
  }

  it('reads the matrix as a table: roles as column headers, competencies as row headers, each cell under both', async () => {
    const el = await fixture<PmLadder>(
      html`<pm-ladder .ladder=${await exampleLadder()} view="matrix" current="engineer"></pm-ladder>`,
    );
    await until(() => !!el.shadowRoot!.querySelector('[part~="matrix"] table'), 'the matrix');
    const tree = (await executeServerCommand('a11y-tree')) as Node;
    const region = nodes(tree).find((node) => node.role === 'region');
    expect(region?.name).to.equal('Example Co. engineering ladder: what each role expects, by competency');
    const [header, group, design] = tableRows(tree);
    expect(header!.map((cell) => cell.role)).to.deep.equal([
      'cell',
      'columnheader',
      'columnheader',
      'columnheader',
      'columnheader',
    ]);
    expect(header![1]!.name).to.match(/^Engineer/);
    expect(group).to.deep.equal([{ role: 'rowheader', name: 'Craft' }]);
    expect(design!.map((cell) => cell.role)).to.deep.equal(['rowheader', 'cell', 'cell', 'cell', 'cell']);
    expect(design![0]!.name).to.equal('System design');
    // The rows hold a cell under every column: each is read with its role's header.
    expect(design!.length).to.equal(header!.length);
    // A column header's button is pressed when its role is selected; the row header's opens the definition.
    const buttons = nodes(tree).filter((node) => node.role === 'button');
    expect(buttons.map((node) => node.name)).to.include.members([
      'Ladder',
      'Matrix',
      'Engineer',
      'System design',
    ]);
  });

  it('reads the comparison with its chart as text, and the marks as groups of choices', async () => {
    localStorage.removeItem(ASSESSMENT_KEY);
    const el = await assessedComparison(await exampleLadder());
    await marksOf(el);
    const tree = (await executeServerCommand('a11y-tree')) as Node;
    const all = nodes(tree);
    expect(
      all.some((node) => node.role === 'heading' && node.name === 'From Engineer to Senior Engineer'),
    ).to.equal(true);
    // The drawing is hidden; its numbers are read as a list.
    expect(all.some((node) => node.role === 'image' || node.role === 'img')).to.equal(false);
    const items = all
      .filter((node) => node.role === 'listitem')
      .map((node) =>
        nodes(node)
          .filter((n) => n.role === 'StaticText')
          .map((n) => n.name)
          .join(''),
      );
    expect(items).to.include('System design: Engineer Adopts, 1 of 5, Senior Engineer Specializes, 2 of 5');
    const groups = all.filter((node) => node.role === 'group').map((node) => node.name);
    expect(groups).to.include('System design: Specializes, 2 of 5');
    const radios = all.filter((node) => node.role === 'radio').map((node) => node.name);
    expect(radios.slice(0, 3)).to.deep.equal(['Not yet', 'Working on it', 'Met']);
  });
});

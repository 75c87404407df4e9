import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../src/define.js';
import { failOnUncaughtErrors } from '../helpers.js';

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

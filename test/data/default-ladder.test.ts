import { expect } from '@open-wc/testing';
import { defaultLadder } from '../../src/data/default-ladder.js';
import { validateLadder } from '../../src/data/validate.js';

// The ids and titles of DESIGN.md's contract, in the article's order.
const CONTRACT_ROLES: [string, RegExp][] = [
  ['associate-product-manager', /^Associate Product Manager$/],
  ['junior-product-manager', /^Junior Product Manager$/],
  ['product-manager', /^Product Manager$/],
  ['product-lead', /^Product Lead \/ Principal Product Manager$/],
  ['senior-product-manager', /^Senior Product Manager$/],
  ['product-director', /^Product Director$/],
  ['vp-product', /^Vice President of Product$/],
  ['chief-product-officer', /^Chief Product Officer$/],
];

describe('default ladder', () => {
  it('passes its own validator', () => {
    const result = validateLadder(defaultLadder);
    expect(result.ok, JSON.stringify(!result.ok && result.errors)).to.equal(true);
  });

  it('has the eight roles of the contract, with their titles, in the article order', () => {
    expect(defaultLadder.roles.map((role) => role.id)).to.deep.equal(CONTRACT_ROLES.map(([id]) => id));
    for (const [i, [, title]] of CONTRACT_ROLES.entries()) {
      expect(defaultLadder.roles[i]!.title).to.match(title);
    }
  });

  it('has the four tiers of the contract, and puts each role in the article section it comes from', () => {
    expect(defaultLadder.tiers.map((tier) => tier.id)).to.deep.equal([
      'entry',
      'core',
      'tenured',
      'leadership',
    ]);
    expect(defaultLadder.roles.map((role) => role.tier)).to.deep.equal([
      'entry',
      'entry',
      'core',
      'tenured',
      'tenured',
      'leadership',
      'leadership',
      'leadership',
    ]);
  });

  it('carries the ladder-wide market estimate the article cites, and no per-role pay', () => {
    expect(defaultLadder.pay).to.deep.include({
      min: 77000,
      max: 200000,
      currency: 'USD',
      period: 'year',
      kind: 'market-estimate',
      asOf: '2023',
    });
    expect(defaultLadder.pay.source).to.contain('Glassdoor');
    expect(defaultLadder.roles.some((role) => 'pay' in role)).to.equal(false);
  });

  it('has the key skill, its five questions and the advice on advancing', () => {
    expect(defaultLadder.guidance.skill).to.contain('business of your target customers');
    expect(defaultLadder.guidance.questions).to.have.length(5);
    expect(defaultLadder.guidance.questions[4]).to.equal('How will they measure success?');
    expect(defaultLadder.guidance.advice.join(' ')).to.contain('customer at the center');
  });

  it('cites the article as its source', () => {
    expect(defaultLadder.sources).to.deep.equal([
      {
        title: 'Product Manager Career Path: Positions, Responsibilities, and How to Advance',
        author: 'John Mansour',
        date: '2023-02-27',
      },
    ]);
  });

  it('links each role to the next one up, ending at the Chief Product Officer', () => {
    const next = defaultLadder.roles.map((role) => ('next' in role ? role.next : undefined));
    expect(next.slice(0, 7).map((ids) => ids?.[0])).to.deep.equal(CONTRACT_ROLES.slice(1).map(([id]) => id));
    expect(next[7]).to.equal(undefined);
  });
});

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

  it('links roles as the article states (product manager to Product Lead) or orders them, and says so', () => {
    const next = Object.fromEntries(
      defaultLadder.roles.map((role) => [role.id, 'next' in role ? role.next : []]),
    );
    expect(next).to.deep.equal({
      'associate-product-manager': ['junior-product-manager'],
      'junior-product-manager': ['product-manager'],
      // Both tenured roles are reached from Product Manager; the article orders them, and states neither after the other.
      'product-manager': ['product-lead', 'senior-product-manager'],
      'product-lead': ['product-director'],
      'senior-product-manager': ['product-director'],
      'product-director': ['vp-product'],
      'vp-product': ['chief-product-officer'],
      'chief-product-officer': [],
    });
    expect(defaultLadder.description).to.contain(
      'states one promotion outright (a product manager to Product Lead)',
    );
  });

  /** Every text of the dataset with where it is; ids, references, codes and dates are no text. */
  function texts(value: unknown, path = ''): [string, string][] {
    const NOT_TEXT = new Set([
      'id',
      'tier',
      'track',
      'next',
      'reportsTo',
      'currency',
      'period',
      'kind',
      'asOf',
      'date',
    ]);
    if (typeof value === 'string') return [[path, value]];
    if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
    if (typeof value !== 'object' || value === null) return [];
    return Object.entries(value)
      .filter(([key]) => !NOT_TEXT.has(key))
      .flatMap(([key, item]) => texts(item, path ? `${path}.${key}` : key));
  }

  /** The words of a text, lower case, with the short words that join them left out. */
  const JOINING = new Set(['and', 'the', 'for', 'with', 'that', 'this', 'its']);
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((word) => word.length >= 3 && !JOINING.has(word));

  it('says what the article says: each text is made of the words of the sentence it restates', async () => {
    // test/data/default-ladder.quotes.json holds, for each text, the article's own words
    // (test/build/seed-quotes.test.mjs finds each in the article). Only the ladder's description
    // is its own: how the ladder follows the article.
    const quotes: Record<string, string> = await (
      await fetch('/test/data/default-ladder.quotes.json')
    ).json();
    const all = texts(defaultLadder).filter(([path]) => path !== 'description');
    expect(Object.keys(quotes).sort()).to.deep.equal(all.map(([path]) => path).sort());
    for (const [path, text] of all) {
      const quoted = words([quotes[path]!].flat().join(' '));
      // The same word, or another form of it: "oversee" for "overseeing", "make" for "making".
      const stem = (word: string) => word.slice(0, 5).replace(/e$/, '');
      const missing = words(text).filter((word) => !quoted.some((other) => other.startsWith(stem(word))));
      expect(missing, `${path}: "${text}" against "${quotes[path]}"`).to.deep.equal([]);
    }
  });
});

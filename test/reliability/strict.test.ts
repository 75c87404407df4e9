import { expect } from '@open-wc/testing';
import { failOnUncaughtErrors, frame, until } from '../helpers.js';

interface StrictResult {
  violations: string[];
  errors: string[];
  texts: string[];
  styled: string;
}

async function loadStrictPage(query: string): Promise<StrictResult> {
  const page = frame(`/fixtures/strict.html${query}`, 1000);
  const view = () => page.contentWindow as (Window & { strictResult?: StrictResult }) | null;
  await until(() => !!view()?.strictResult, 'the strict page to render', 10000);
  return view()!.strictResult!;
}

describe('strict pages', () => {
  failOnUncaughtErrors();

  for (const [what, query] of [
    ['a Content-Security-Policy without unsafe-inline or unsafe-eval', ''],
    ['Trusted Types required as well', '?trusted-types'],
  ]) {
    it(`work under ${what}, with two copies of the library and of Lit, and cause no violation`, async () => {
      const result = await loadStrictPage(query);
      expect(result.violations).to.deep.equal([]);
      expect(result.errors).to.deep.equal([]);
      expect(result.texts[0]).to.contain('Product Manager career path');
      expect(result.texts[1]).to.contain('Senior Product Manager');
      expect(result.texts[2]).to.contain('$80,000 – $100,000 per year');
      // The elements' styles apply: constructed style sheets pass the policy.
      expect(result.styled).to.equal('solid');
    });
  }
});

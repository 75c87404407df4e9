// The quotes that tie the default ladder to its article (test/data/default-ladder.quotes.json)
// are the article's own words, found in it as they are written. The article is the project's
// source material, kept beside the project (../shared/seed/), not in it: where it is not there,
// as on a machine with the project alone, the test says so and checks nothing.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const article = new URL('../../../shared/seed/product-manager-career-path.txt', import.meta.url);
const quotes = JSON.parse(
  readFileSync(new URL('../data/default-ladder.quotes.json', import.meta.url), 'utf8'),
);

test(
  'every quote of the default ladder is in the article, word for word',
  { skip: existsSync(article) ? false : 'the article is not beside the project (../shared/seed/)' },
  () => {
    // Line breaks and runs of spaces in the article are one space in a quote.
    const text = readFileSync(article, 'utf8').replace(/\s+/g, ' ');
    const missing = Object.entries(quotes).flatMap(([path, quote]) =>
      [quote]
        .flat()
        .filter((part) => !text.includes(part))
        .map((part) => `${path}: ${part}`),
    );
    assert.deepEqual(missing, []);
  },
);

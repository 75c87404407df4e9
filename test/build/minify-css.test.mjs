// The minifier of the bundle's css`` styles (scripts/rollup-minify-css.mjs): what it removes, what
// it keeps, and that it can read every stylesheet in src/. Run with `npm run test:node`.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import ts from 'typescript';
import { minifyCssText } from '../../scripts/rollup-minify-css.mjs';

const lines = (text) => text.split('\n').length;

describe('minifyCssText', () => {
  test('drops comments and spaces CSS never reads, keeping one line break per line', () => {
    const raw = `
      /* The page's side. */
      :host {
        display: block;
        margin: 0 auto;
      }
      a, b { color: red; }`;
    const out = minifyCssText(raw);
    assert.equal(out.replace(/\n/g, ''), ':host{display:block;margin:0 auto}a,b{color:red}');
    assert.equal(lines(out), lines(raw));
  });

  test('keeps quoted strings as they are, comment marks and quotes in them included', () => {
    assert.equal(
      minifyCssText(`a::before { content: "/* it's */"; } b { font-family: 'Open  Sans'; }`),
      `a::before{content:"/* it's */"}b{font-family:'Open  Sans'}`,
    );
  });

  test('leaves alone what it cannot read with certainty', () => {
    assert.equal(minifyCssText(`a { content: 'open; }`), undefined);
    assert.equal(minifyCssText(String.raw`.a\:b { color: red; }`), undefined);
    assert.equal(minifyCssText(`a { color: red; } /* open`), undefined);
  });

  test('reads every css`` literal in src/', () => {
    const folder = new URL('../../src/', import.meta.url);
    const files = readdirSync(folder, { recursive: true }).filter((name) => name.endsWith('.ts'));
    const literals = [];
    for (const name of files) {
      const source = ts.createSourceFile(
        name,
        readFileSync(new URL(name, folder), 'utf8'),
        ts.ScriptTarget.Latest,
      );
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'css') {
          const template = node.template;
          const pieces = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template]
            : [template.head, ...template.templateSpans.map((span) => span.literal)];
          for (const piece of pieces) literals.push({ name, raw: piece.rawText ?? piece.text });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    assert.ok(literals.length >= 8, `only ${literals.length} css\`\` literals found`);
    for (const { name, raw } of literals) {
      assert.notEqual(minifyCssText(raw), undefined, `src/${name}: ${raw.slice(0, 80)}`);
    }
  });
});

// A Rollup plugin that minifies the text of the css`` styles in the bundle: the comments and most of
// the whitespace in them are about a tenth of its size. It only removes what CSS never reads: comments,
// runs of spaces, and spaces around { } ; and after , and :. Quoted strings are left as they are, and
// a literal it cannot read with certainty (a quote or a backslash outside a string or a comment) is
// left whole, with a warning. Line breaks are kept, one per line, so that the source map still points
// at the right lines.

const STRING = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/;
// Whichever starts first wins: a quote inside a comment is part of the comment, and "/*" inside a
// string is part of the string.
const COMMENT_OR_STRING = new RegExp(`/\\*[\\s\\S]*?\\*/|${STRING.source}`, 'g');
const STRINGS = new RegExp(`(${STRING.source})`);

/** Minifies the text of one css`` literal between interpolations; returns undefined if unsure. */
export function minifyCssText(raw) {
  const uncommented = raw.replace(COMMENT_OR_STRING, (token) =>
    token.startsWith('/*') ? token.replace(/[^\n]/g, '') || ' ' : token,
  );
  const parts = uncommented.split(STRINGS);
  // split() with a capturing group puts the quoted strings at the odd indexes.
  if (parts.some((part, i) => i % 2 === 0 && /['"\\]|\/\*/.test(part))) return undefined;
  return parts
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, (space) =>
              space.includes('\n') ? '\n'.repeat(space.split('\n').length - 1) : ' ',
            )
            .replace(/ ?([{};]) ?/g, '$1')
            .replace(/([,:]) /g, '$1')
            .replace(/;(\n*)}/g, '$1}'),
    )
    .join('');
}

/** Walks an ESTree node and calls `visit` on every node below it. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) for (const item of value) walk(item, visit);
    else if (value && typeof value === 'object') walk(value, visit);
  }
}

export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\bcss\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (
          node.type !== 'TaggedTemplateExpression' ||
          node.tag.type !== 'Identifier' ||
          node.tag.name !== 'css'
        )
          return;
        for (const quasi of node.quasi.quasis) {
          const text = minifyCssText(quasi.value.raw);
          if (text === undefined)
            this.warn(`a css\`\` literal is left as it is: ${quasi.value.raw.slice(0, 60)}…`);
          else edits.push({ start: quasi.start, end: quasi.end, text });
        }
      });
      let out = code;
      for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      // Every line keeps its number, so the map of the module before this step still holds.
      return { code: out, map: null };
    },
  };
}

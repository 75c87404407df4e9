// The generated blocks of README.md: each element's API tables between its `<!-- api:<tag> -->`
// comments, and the tokens and parts of all elements between `<!-- tokens -->` ones.
import * as prettier from 'prettier';
import { fail, stringLiteral } from './manifest.mjs';

const TOKENS_ANCHOR = '#events-parts-and-tokens';

/**
 * The README's `text` with every generated block replaced from `elements`, formatted as
 * `npx prettier --check` expects of the file at `path`.
 */
export async function readme(text, elements, path) {
  const tokensOfAll = sharedTokens(elements);
  for (const element of elements) {
    text = replaceBlock(
      text,
      `api:${element.tag}`,
      apiBlock(element, tokensOfAll),
      `the section on <${element.tag}>`,
    );
  }
  const described = new Set(elements.map((e) => e.tag));
  for (const [, tag] of text.matchAll(/<!-- api:([\w-]+) -->/g)) {
    if (!described.has(tag)) {
      fail(
        `README.md has an API block for <${tag}>, which custom-elements.json does not describe: remove it.`,
      );
    }
  }
  text = replaceBlock(
    text,
    'tokens',
    themingBlock(elements, tokensOfAll),
    'the "Events, parts and tokens" section',
  );
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}

function replaceBlock(text, name, content, where) {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) {
    fail(
      `README.md has no ${open} … ${close} block: add the two comments, on lines of their own, in ${where}.`,
    );
  }
  return `${text.slice(0, start)}${open}\n\n${content}\n\n${text.slice(end)}`;
}

/** An element's tables: attributes, properties, events, slots, parts, and the tokens it takes of `tokensOfAll`. */
function apiBlock(element, tokensOfAll) {
  const blocks = [];
  if (element.attributes.length) {
    blocks.push(
      table(
        ['attribute', 'property', 'type', 'default', 'what it does'],
        element.attributes.map((a) => [
          code(a.name),
          code(a.field),
          code(a.type.display),
          defaultValue(a.default),
          // A reflected attribute can be styled on: `pm-ladder[layout='horizontal']`.
          a.reflects ? `${a.description} Reflected to the attribute.` : a.description,
        ]),
      ),
    );
  }
  if (element.properties.length) {
    blocks.push(
      table(
        ['property (JavaScript only)', 'type', 'what it does'],
        element.properties.map((p) => [
          code(p.name),
          code(p.type.display),
          `${p.readonly ? 'Read-only. ' : ''}${p.description}`,
        ]),
      ),
    );
  }
  if (element.events.length) {
    blocks.push(
      table(
        ['event', '`detail`', 'when'],
        element.events.map((e) => [code(e.name), e.detail ? code(e.detail) : '—', e.description]),
      ),
    );
  }
  if (element.slots.length) {
    blocks.push(
      table(
        ['slot', 'what goes there'],
        element.slots.map((s) => [s.name ? code(s.name) : '(default)', s.description]),
      ),
    );
  }
  if (element.parts.length) {
    blocks.push(
      table(
        ['part', 'what it is'],
        element.parts.map((p) => [code(p.name), p.description]),
      ),
    );
  }
  if (element.tokens.length) blocks.push(...elementTokens(element, tokensOfAll));
  return blocks.join('\n\n');
}

/**
 * One table of the tokens for all elements: each token once, with the default and description
 * most elements give it. An element's section names the tokens it takes and has a table only for
 * those it documents differently.
 */
function sharedTokens(elements) {
  const tokens = new Map();
  for (const element of elements) {
    for (const token of element.tokens) {
      const entry = tokens.get(token.name) ?? { name: token.name, takers: [], variants: new Map() };
      entry.takers.push(element.tag);
      const key = JSON.stringify([token.default ?? '', token.description]);
      entry.variants.set(key, (entry.variants.get(key) ?? 0) + 1);
      tokens.set(token.name, entry);
    }
  }
  return [...tokens.values()].map(({ name, takers, variants }) => {
    // The most common default and description; on a tie, the first element's.
    const [key] = [...variants].reduce((best, next) => (next[1] > best[1] ? next : best));
    const [defaultValue, description] = JSON.parse(key);
    return { name, takers, default: defaultValue, description };
  });
}

/** The tokens an element takes, with a table of those it documents unlike the shared `tokensOfAll`. */
function elementTokens(element, tokensOfAll) {
  const shared = new Map(tokensOfAll.map((t) => [t.name, t]));
  const own = element.tokens.filter((t) => {
    const s = shared.get(t.name);
    return (t.default ?? '') !== s.default || t.description !== s.description;
  });
  const all = element.tokens.length === shared.size;
  const names = all
    ? 'every `--pm-*` token'
    : `the tokens ${element.tokens.map((t) => code(t.name)).join(', ')}`;
  const blocks = [`Styled by ${names} in [the tokens table](${TOKENS_ANCHOR}).`];
  if (own.length) {
    blocks[0] += ' Here, these mean:';
    blocks.push(
      table(
        ['custom property', 'default', 'what it styles'],
        own.map((t) => [code(t.name), defaultValue(t.default), t.description]),
      ),
    );
  }
  return blocks;
}

/** The "Events, parts and tokens" block: the shared tokens table, then the parts of every element. */
function themingBlock(elements, tokensOfAll) {
  const takers = (tags) =>
    tags.length === elements.length && elements.length > 1
      ? 'all'
      : tags.map((tag) => code(`<${tag}>`)).join(', ');
  const tokens = table(
    ['token', 'default', 'what it styles', 'elements'],
    tokensOfAll.map((t) => [code(t.name), defaultValue(t.default), t.description, takers(t.takers)]),
  );
  // Parts grouped by the elements that have them, so that a part shared by several is listed once.
  const byPart = new Map();
  for (const element of elements) {
    for (const part of element.parts) byPart.set(part.name, [...(byPart.get(part.name) ?? []), element.tag]);
  }
  const groups = new Map();
  for (const [name, tags] of byPart)
    groups.set(tags.join(' '), [...(groups.get(tags.join(' ')) ?? []), name]);
  const parts = table(
    ['elements', 'parts'],
    [...groups]
      .sort(([a], [b]) => b.split(' ').length - a.split(' ').length)
      .map(([tags, names]) => [takers(tags.split(' ')), names.map(code).join(', ')]),
  );
  return `${tokens}\n\nThe parts of each element, described in its section above:\n\n${parts}`;
}

function table(headers, rows) {
  const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** A table cell holds one line: paragraphs become `<br>`, other line breaks spaces, `|` is escaped. */
function cell(text) {
  return String(text)
    .trim()
    .replace(/\s*\n\s*\n\s*/g, '<br><br>')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|');
}

function code(text) {
  // A code span holding a backtick needs a longer fence and padding.
  return /`/.test(text) ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** `'auto'` → `auto`: defaults as a user would write them in HTML or CSS. */
function defaultValue(text) {
  if (text === undefined || text === '') return '—';
  return code(stringLiteral(text) ?? text);
}

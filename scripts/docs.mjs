// Documentation and editor integration, generated from custom-elements.json (which `npm run analyze`
// generates from the elements' JSDoc):
//
//   node scripts/docs.mjs           writes the API tables of README.md, between marker comments
//   node scripts/docs.mjs --check   fails when README.md is not what it would write
//   node scripts/docs.mjs --editor  writes dist/vscode.html-custom-data.json and dist/jsx/*.d.ts
//
// The manifest names every attribute, property, event, slot, part and token. Where it gives a type
// only by a name the package does not export, or says nothing of an event's detail, TypeScript
// reads the answer from src/.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const readmePath = `${root}README.md`;

function fail(message) {
  console.error(message);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------
// The manifest, read into one plain description per element

/**
 * @typedef {{ text: string, display: string, values?: string[], boolean?: boolean }} Type
 *   `text` is TypeScript for the generated .d.ts files, `display` what the README shows; `values`
 *   lists a union of string literals, the enum an editor offers.
 */

function readElements(manifest) {
  const declarations = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ declaration, path: module.path })),
  );
  const types = typeReader(declarations.map(({ path }) => path));

  return declarations.map(({ declaration: d, path }) => {
    const element = { className: d.name, path };
    const fields = (d.members ?? []).filter(
      (m) =>
        m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'),
    );
    return {
      tag: d.tagName,
      className: d.name,
      summary: d.summary ?? '',
      description: d.description ?? '',
      attributes: (d.attributes ?? []).map((a) => ({
        name: a.name,
        field: a.fieldName,
        type: types.of(element, a.fieldName, a.type?.text),
        default: a.default ?? fields.find((f) => f.name === a.fieldName)?.default,
        description: a.description ?? '',
        reflects: Boolean(fields.find((f) => f.name === a.fieldName)?.reflects),
      })),
      // Public fields no attribute sets, such as the `ladder` object: JavaScript only.
      properties: fields
        .filter((f) => !f.attribute && !(d.attributes ?? []).some((a) => a.fieldName === f.name))
        .map((f) => ({
          name: f.name,
          type: types.of(element, f.name, f.type?.text),
          default: f.default,
          description: f.description ?? '',
          readonly: Boolean(f.readonly),
        })),
      events: (d.events ?? [])
        .filter((e) => e.name)
        .map((e) => ({ name: e.name, description: e.description ?? '', ...types.event(element, e) })),
      slots: (d.slots ?? []).map((s) => ({ name: s.name, description: s.description ?? '' })),
      parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })),
      tokens: (d.cssProperties ?? []).map((p) => ({
        name: p.name,
        default: p.default,
        description: p.description ?? '',
      })),
    };
  });
}

/**
 * Types as the generated files need them. The manifest's own text serves when it is made of
 * primitives, string literals and types that `pm-ladder` exports (`Ladder`); anything else (an
 * alias such as `LadderLayout` that only src/ knows) is asked of the TypeScript compiler, as is
 * each event's type and detail, which the manifest does not carry.
 */
function typeReader(paths) {
  let program;
  /** The program is made on first use: reading src/ takes a second or two. */
  const checker = () => {
    if (!program) {
      const config = ts.getParsedCommandLineOfConfigFile(
        `${root}tsconfig.json`,
        {},
        {
          ...ts.sys,
          onUnRecoverableConfigFileDiagnostic: (d) =>
            fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
        },
      );
      const files = [...new Set([...paths, 'src/index.ts'])].map((path) => `${root}${path}`);
      program = ts.createProgram(files, { ...config.options, noEmit: true });
    }
    return program.getTypeChecker();
  };
  const sourceOf = (path) => program.getSourceFile(`${root}${path}`);

  function classType({ className, path }) {
    const c = checker();
    const declaration = sourceOf(path)?.statements.find(
      (s) => ts.isClassDeclaration(s) && s.name?.text === className,
    );
    if (!declaration)
      fail(`${path} has no class ${className}: run \`npm run analyze\` to refresh the manifest.`);
    return c.getDeclaredTypeOfSymbol(c.getSymbolAtLocation(declaration.name));
  }

  function fromCompiler(element, field) {
    const c = checker();
    const symbol = c.getPropertyOfType(classType(element), field);
    if (!symbol) return undefined;
    const type = c.getNonNullableType(c.getTypeOfSymbol(symbol));
    const members = type.isUnion() ? type.types : [type];
    if (members.every((t) => t.isStringLiteral())) return literals(members.map((t) => t.value));
    return {
      text: `NonNullable<${element.className}['${field}']>`,
      display: c.typeToString(type),
      boolean: Boolean(type.flags & ts.TypeFlags.Boolean),
    };
  }

  return {
    /** @returns {Type} */
    of(element, field, manifestText = '') {
      const parts = splitUnion(manifestText).filter((p) => p !== 'undefined' && p !== 'null');
      const values = parts.map(stringLiteral);
      if (parts.length && values.every((v) => v !== undefined)) return literals(values);
      const primitive = (p) =>
        ['string', 'number', 'boolean', 'bigint'].includes(p) || stringLiteral(p) !== undefined;
      const text = parts.join(' | ');
      if (parts.length && parts.every(primitive)) return { text, display: text, boolean: text === 'boolean' };
      // A named type: spelt out when it is a union of strings (`PayPeriod`), which editors offer as
      // an enum; kept by name when `pm-ladder` exports it (`Ladder`); else the compiler's reading.
      const compiled = field ? fromCompiler(element, field) : undefined;
      if (compiled?.values) return compiled;
      if (parts.length && parts.every((p) => primitive(p) || exported.has(p.replace(/\[\]$/, '')))) {
        return { text, display: text };
      }
      // The README shows the name the source gives; the .d.ts files need a type they can reach.
      return { text: compiled?.text ?? 'unknown', display: text || 'unknown', boolean: compiled?.boolean };
    },

    /** The event's TypeScript type and its detail, from `GlobalEventHandlersEventMap` in src/. */
    event(element, event) {
      const c = checker();
      const eventMap = c
        .getSymbolsInScope(sourceOf(element.path), ts.SymbolFlags.Interface)
        .find((s) => s.name === 'GlobalEventHandlersEventMap');
      const entry = eventMap && c.getPropertyOfType(c.getDeclaredTypeOfSymbol(eventMap), event.name);
      if (!entry) return { type: event.type?.text ?? 'Event', detail: '' };
      const type = c.getTypeOfSymbol(entry);
      const alias = [event.type?.text, type.aliasSymbol?.name].find((name) => exported.has(name));
      const detail = c.getPropertyOfType(type, 'detail');
      return {
        type: alias ?? `GlobalEventHandlersEventMap['${event.name}']`,
        detail: detail ? shape(c, c.getTypeOfSymbol(detail)) : '',
      };
    },
  };
}

/** `{ roleId: string; role: Role }`: an object type's members as its source writes them. */
function shape(checker, type) {
  const members = checker.getPropertiesOfType(type);
  if (!(type.flags & ts.TypeFlags.Object) || !members.length) return checker.typeToString(type);
  const member = (symbol) => {
    const declaration = symbol.declarations?.[0];
    const text =
      declaration && 'type' in declaration && declaration.type
        ? declaration.type.getText()
        : checker.typeToString(checker.getTypeOfSymbol(symbol));
    return `${symbol.name}${symbol.flags & ts.SymbolFlags.Optional ? '?' : ''}: ${text}`;
  };
  return `{ ${members.map(member).join('; ')} }`;
}

/** @returns {Type} */
function literals(values) {
  const text = values.map((v) => `'${v.replace(/[\\']/g, '\\$&')}'`).join(' | ');
  return { text, display: text, values };
}

function stringLiteral(text) {
  const match = /^(['"])(.*)\1$/.exec(text);
  return match ? match[2] : undefined;
}

/** Splits a type's text at its top-level `|`, leaving those inside brackets and quotes alone. */
function splitUnion(text) {
  const parts = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if ('<([{'.includes(ch)) depth++;
    else if ('>)]}'.includes(ch)) depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// README.md

const TOKENS_ANCHOR = '#events-parts-and-tokens';

/** The README with every generated block replaced, formatted as `npx prettier --check` expects. */
async function readme(text) {
  for (const element of elements) {
    text = replaceBlock(text, `api:${element.tag}`, apiBlock(element), `the section on <${element.tag}>`);
  }
  const described = new Set(elements.map((e) => e.tag));
  for (const [, tag] of text.matchAll(/<!-- api:([\w-]+) -->/g)) {
    if (!described.has(tag)) {
      fail(
        `README.md has an API block for <${tag}>, which custom-elements.json does not describe: remove it.`,
      );
    }
  }
  text = replaceBlock(text, 'tokens', themingBlock(), 'the "Events, parts and tokens" section');
  const options = (await prettier.resolveConfig(readmePath)) ?? {};
  return prettier.format(text, { ...options, filepath: readmePath });
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

function apiBlock(element) {
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
  if (element.tokens.length) blocks.push(...elementTokens(element));
  return blocks.join('\n\n');
}

/**
 * One table of the tokens for all elements: each token once, with the default and description
 * most elements give it. An element's section names the tokens it takes and has a table only for
 * those it documents differently.
 */
function sharedTokens() {
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

function elementTokens(element) {
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

function themingBlock() {
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

// ---------------------------------------------------------------------------------------------
// Editor integration in dist/

async function writeEditorFiles() {
  await mkdir(`${root}dist/jsx`, { recursive: true });
  const files = {
    'dist/vscode.html-custom-data.json': `${JSON.stringify(vscodeData(), null, 2)}\n`,
    'dist/jsx/elements.d.ts': elementsDts(),
    'dist/jsx/react.d.ts': reactDts(),
    'dist/jsx/preact.d.ts': preactDts(),
    'dist/jsx/solid.d.ts': solidDts(),
  };
  for (const [path, content] of Object.entries(files)) await writeFile(`${root}${path}`, content);
  console.log(`Wrote ${Object.keys(files).join(', ')}.`);
}

/** VS Code's HTML custom data, version 1.1: completion and hover for the tags and attributes. */
function vscodeData() {
  const markdown = (value) => ({ kind: 'markdown', value });
  const list = (title, items) =>
    items.length ? [`**${title}**`, items.map((i) => `- ${i}`).join('\n')] : [];
  return {
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tag,
      description: markdown(
        [
          e.summary,
          e.description,
          ...list(
            'Properties',
            e.properties.map((p) => `\`${p.name}\`: \`${p.type.display}\`. ${p.description}`),
          ),
          ...list(
            'Events',
            e.events.map(
              (ev) => `\`${ev.name}\`${ev.detail ? `, \`detail\`: \`${ev.detail}\`` : ''}. ${ev.description}`,
            ),
          ),
          ...list(
            'Slots',
            e.slots.map((s) => `${s.name ? `\`${s.name}\`` : '(default)'}: ${s.description}`),
          ),
          ...list(
            'CSS parts',
            e.parts.map((p) => `\`${p.name}\`: ${p.description}`),
          ),
          ...list(
            'CSS custom properties',
            e.tokens.map((t) => `\`${t.name}\`: ${t.description}`),
          ),
        ]
          .filter(Boolean)
          .join('\n\n'),
      ),
      attributes: e.attributes.map((a) => ({
        name: a.name,
        description: markdown(
          [
            a.description,
            `Type: \`${a.type.display}\`${a.default ? `; default: \`${stringLiteral(a.default) ?? a.default}\`` : ''}.`,
          ]
            .filter(Boolean)
            .join('\n\n'),
        ),
        // `v` is the value set of attributes written without a value, like `hidden`.
        ...(a.type.values ? { values: a.type.values.map((name) => ({ name })) } : {}),
        ...(a.type.boolean ? { valueSet: 'v' } : {}),
      })),
    })),
  };
}

const HEADER = '// Generated by scripts/docs.mjs from custom-elements.json: do not edit.';

/** A JSDoc comment, indented, from the manifest's description. */
function doc(text, indent = '  ') {
  const lines = text.trim().replace(/\*\//g, '*\\/').split('\n');
  if (!lines[0]) return '';
  return `${indent}/**\n${lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`).join('\n')}\n${indent} */\n`;
}

const propName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
const attributesName = (e) => `${pascal(e.tag)}Attributes`;

/** The import of what a generated file names from ../index.js: element classes, and the types of members or events. */
function imports({ members = false, events = false }) {
  const names = new Set(elements.map((e) => e.className));
  const add = (text) => {
    for (const [word] of text.matchAll(/[A-Za-z_$][\w$]*/g)) if (exported.has(word)) names.add(word);
  };
  for (const e of elements) {
    if (members) for (const m of [...e.attributes, ...e.properties]) if (!m.type.values) add(m.type.text);
    if (events) for (const ev of e.events) add(ev.type);
  }
  return `import type { ${[...names].sort().join(', ')} } from '../index.js';`;
}

/**
 * dist/jsx/elements.d.ts: each element's attributes and JavaScript properties, for any JSX
 * framework, plus the tag maps the framework files build on.
 */
function elementsDts() {
  const body = elements.map((e) => {
    const members = [
      ...e.attributes.map((a) =>
        [
          doc([a.description, a.default ? `@defaultValue ${a.default}` : ''].filter(Boolean).join('\n\n')),
          `  ${propName(a.name)}?: ${a.type.text};\n`,
        ].join(''),
      ),
      ...e.properties
        .filter((p) => !p.readonly)
        .map(
          (p) =>
            `${doc(`${p.description}\n\nA property: set from JavaScript, never an attribute.`)}  ${propName(p.name)}?: ${p.type.text};\n`,
        ),
    ];
    return `${doc(`\`<${e.tag}>\`: ${e.summary}`, '')}export interface ${attributesName(e)} {\n${members.join('')}}\n`;
  });
  const map = (name, value) =>
    `export interface ${name} {\n${elements.map((e) => `  '${e.tag}': ${value(e)};\n`).join('')}}\n`;
  return [
    HEADER,
    '// The attributes of each element under their HTML names, typed as their properties are; rich',
    '// data as properties. The framework files (react, preact, solid) add events and HTML attributes.',
    imports({ members: true }),
    '',
    ...body,
    '/** The attributes of each tag. */',
    map('PmElementAttributes', attributesName),
    '/** The class of each tag, as `HTMLElementTagNameMap` has it once `pm-ladder/define.js` is imported. */',
    map('PmElementTagNameMap', (e) => e.className),
  ].join('\n');
}

/** The element's events as `on<name>` props (React and Preact listen for `on` + the event's name). */
function onProps(e) {
  const pad = ' '.repeat(10);
  const props = e.events.map(
    (ev) => `${doc(ev.description, pad)}${pad}'on${ev.name}'?: (event: ${ev.type}) => void;\n`,
  );
  return `{\n${props.join('')}        }`;
}

function reactDts() {
  return [
    HEADER,
    '// React 19 JSX for the pm-ladder elements. React 19 sets a prop as a property when the element has',
    '// one (so import `pm-ladder/define.js` before the first render) and otherwise as an attribute,',
    '// `true` as an empty attribute and `false` as none; `onpm-select` listens for `pm-select`.',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    imports({ events: true }),
    `import type { ${elements.map(attributesName).join(', ')} } from './elements.js';`,
    '',
    "export type * from './elements.js';",
    '',
    '/** React props of an element: its attributes and properties, events, and the common HTML props. */',
    'type Props<E extends HTMLElement, Own> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof Own> & Own;',
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map(
      (e) =>
        `      '${e.tag}': Props<\n        ${e.className},\n        ${attributesName(e)} & ${onProps(e)}\n      >;`,
    ),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The start that the Preact and Solid files share, up to the element list: a comment on how the
 * framework treats custom elements, the imports, and a helper type for each element's props.
 */
function jsxPreamble(framework, comment) {
  return [
    HEADER,
    ...comment.map((line) => `// ${line}`),
    `import type { JSX } from '${framework}';`,
    imports({ events: true }),
    `import type { ${elements.map(attributesName).join(', ')} } from './elements.js';`,
    '',
    "export type * from './elements.js';",
    '',
    'type Props<E extends HTMLElement, Own> = Omit<JSX.HTMLAttributes<E>, keyof Own> & Own;',
    '',
    `declare module '${framework}' {`,
    '  namespace JSX {',
    '    interface IntrinsicElements {',
  ];
}

function preactDts() {
  // Preact writes `false` as the text "false" for names with a dash at index 4 (meant for `aria-`
  // and `data-`), and the element reads any `hide-pay` as on: those take `true` only.
  const preactAttributes = (e) => {
    const trueOnly = e.attributes.filter((a) => a.type.boolean && a.name[4] === '-');
    if (!trueOnly.length) return attributesName(e);
    const fields = trueOnly
      .map(
        (a) =>
          `${doc(`${a.description}\n\nPreact would write \`false\` as "false", which is on: leave the attribute out instead.`, '          ')}          ${propName(a.name)}?: true;\n`,
      )
      .join('');
    return `Omit<${attributesName(e)}, ${trueOnly.map((a) => `'${a.name}'`).join(' | ')}> & {\n${fields}        }`;
  };
  return [
    ...jsxPreamble('preact', [
      'Preact JSX for the pm-ladder elements. Preact sets a prop as a property when the element has one',
      '(so import `pm-ladder/define.js` before the first render) and otherwise as an attribute;',
      '`onpm-select` listens for `pm-select`.',
    ]),
    ...elements.map(
      (e) =>
        `      '${e.tag}': Props<\n        ${e.className},\n        ${preactAttributes(e)} & ${onProps(e)}\n      >;`,
    ),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

function solidDts() {
  // Each event once, described as the first element that fires it describes it.
  const events = new Map();
  for (const ev of elements.flatMap((e) => e.events)) if (!events.has(ev.name)) events.set(ev.name, ev);
  return [
    ...jsxPreamble('solid-js', [
      'Solid JSX for the pm-ladder elements. On a custom element Solid sets every prop as a property, by',
      'its camelCase name (`hide-pay` sets `hidePay`), unless it is written `attr:name`. Events are',
      '`on:pm-select`, on the element or on any ancestor, since they bubble and cross shadow roots.',
    ]),
    ...elements.map((e) => `      '${e.tag}': Props<${e.className}, ${attributesName(e)}>;`),
    '    }',
    '    interface CustomEvents {',
    ...[...events.values()].map((ev) => `${doc(ev.description, '      ')}      '${ev.name}': ${ev.type};`),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

const USAGE = 'usage: node scripts/docs.mjs [--check] [--editor]';
const args = new Set(process.argv.slice(2));
for (const arg of args) {
  if (arg !== '--check' && arg !== '--editor') fail(`unknown option ${arg}; ${USAGE}`);
}

const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8'));
/** What `pm-ladder` exports, by name: these types can be named as they are in generated files. */
const exported = new Set(
  manifest.modules.find((module) => module.path === 'src/index.ts')?.exports?.map((e) => e.name) ?? [],
);
const elements = readElements(manifest);
if (!elements.length) fail('custom-elements.json describes no custom element: run `npm run analyze`.');
/** The tokens table, worked out once from every element's tokens. */
const tokensOfAll = sharedTokens();

if (args.has('--editor')) await writeEditorFiles();
if (args.has('--check')) {
  const current = await readFile(readmePath, 'utf8');
  if (current !== (await readme(current))) fail('README.md is out of date: run `npm run docs`.');
} else if (!args.has('--editor')) {
  await writeFile(readmePath, await readme(await readFile(readmePath, 'utf8')));
}

// custom-elements.json, read into one plain description per element for the README tables and
// the editor files. The manifest names every attribute, property, event, slot, part and token.
// Where it gives a type only by a name the package does not export, or says nothing of an event's
// detail, TypeScript reads the answer from src/.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/**
 * @typedef {{ text: string, display: string, values?: string[], boolean?: boolean }} Type
 *   `text` is TypeScript for the generated .d.ts files, `display` what the README shows; `values`
 *   lists a union of string literals, the enum an editor offers.
 */

/**
 * @typedef {object} ElementDoc One custom element, as the README and the editor files describe it.
 * @property {string} tag
 * @property {string} className
 * @property {string} summary
 * @property {string} description
 * @property {{ name: string, field: string, type: Type, default?: string, description: string, reflects: boolean }[]} attributes
 * @property {{ name: string, type: Type, default?: string, description: string, readonly: boolean }[]} properties
 * @property {{ name: string, description: string, type: string, detail: string }[]} events
 * @property {{ name: string, description: string }[]} slots
 * @property {{ name: string, description: string }[]} parts
 * @property {{ name: string, default?: string, description: string }[]} tokens
 */

/** Ends the run with `message` on stderr and exit code 1: how the docs script reports a problem. */
export function fail(message) {
  console.error(message);
  process.exit(1);
}

/**
 * The elements that custom-elements.json in the project folder `root` describes, and the names
 * `pm-ladder` exports (the types that generated files can name as they are). Fails when the
 * manifest describes no element.
 * @returns {Promise<{ elements: ElementDoc[], exported: Set<string> }>}
 */
export async function readManifest(root) {
  const manifest = JSON.parse(await readFile(`${root}custom-elements.json`, 'utf8'));
  const exported = new Set(
    manifest.modules.find((module) => module.path === 'src/index.ts')?.exports?.map((e) => e.name) ?? [],
  );
  const elements = readElements(manifest, exported, root);
  if (!elements.length) fail('custom-elements.json describes no custom element: run `npm run analyze`.');
  return { elements, exported };
}

/** @returns {ElementDoc[]} */
function readElements(manifest, exported, root) {
  const declarations = manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => ({ declaration, path: module.path })),
  );
  const types = typeReader(
    declarations.map(({ path }) => path),
    exported,
    root,
  );

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
 * primitives, string literals and types that `pm-ladder` exports (`Ladder`, in `exported`);
 * anything else (an alias such as `LadderLayout` that only src/ knows) is asked of the TypeScript
 * compiler, which reads the modules at `paths` under `root`, as is each event's type and detail,
 * which the manifest does not carry.
 */
function typeReader(paths, exported, root) {
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

/** `'auto'` → `auto`: the value of a string literal's text; undefined for any other text. */
export function stringLiteral(text) {
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

// Completion from the ladder's JSON Schema (schema/ladder.schema.json): the fields an object may
// have where the cursor is, with their descriptions, and the values a field takes (the schema's
// enumerations, and the ids the last good ladder has for a reference such as `tier` or `next`).
import { syntaxTree } from '@codemirror/language';

/** The schema and those it allows as alternatives (anyOf, oneOf), flattened. */
const expand = (schema) =>
  schema ? [schema, ...[...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].flatMap(expand)] : [];

/** The schemas of what a path of keys leads to (`[]` for any item of an array). */
function schemasAt(schema, keys) {
  let found = expand(schema);
  for (const key of keys) {
    found = found
      .map((candidate) => (key === '[]' ? candidate.items : candidate.properties?.[key]))
      .flatMap(expand);
  }
  return found;
}

/** The fields the schemas name, once each, as completions of a field's name, with what they say of themselves. */
function fieldsOf(schemas, present) {
  const fields = new Map();
  for (const schema of schemas) {
    for (const [name, field] of Object.entries(schema.properties ?? {})) {
      if (!fields.has(name) && !present.has(name) && name !== '$schema') fields.set(name, field);
    }
  }
  const required = new Set(schemas.flatMap((schema) => schema.required ?? []));
  return [...fields].map(([name, field]) => ({
    label: name,
    type: 'property',
    info: field.description,
    detail: required.has(name) ? 'required' : (field.type ?? expand(field).find((s) => s.type)?.type),
    boost: required.has(name) ? 1 : 0,
  }));
}

/** The ids a reference may name, from the last good ladder. */
function idsFor(key, ladder) {
  const ids = (list) => (list ?? []).map((item) => item.id);
  if (!ladder) return [];
  if (key === 'tier') return ids(ladder.tiers);
  if (key === 'track') return ids(ladder.tracks);
  if (key === 'scale') return ids(ladder.scales);
  if (key === 'competency') return ids(ladder.competencies);
  if (['next', 'lateral', 'reportsTo'].includes(key)) return ids(ladder.roles);
  return [];
}

/** The values a field takes: its enumerations, or the ids it may refer to. */
function valuesOf(schema, keys, ladder) {
  const key = [...keys].reverse().find((k) => k !== '[]');
  const enums = schemasAt(schema, keys).flatMap(
    (s) => s.enum ?? (s.items ? expand(s.items) : []).flatMap((i) => i.enum ?? []),
  );
  return [...new Set([...enums, ...idsFor(key, ladder)])];
}

const unquote = (text) => {
  try {
    return JSON.parse(text);
  } catch {
    return text.replace(/^"|"$/g, '');
  }
};

/** The keys from the document's top to a node of the JSON syntax tree. */
function jsonPath(node, state) {
  const keys = [];
  for (let at = node; at; at = at.parent) {
    if (at.name === 'Property') {
      const name = at.getChild('PropertyName');
      if (name) keys.unshift(unquote(state.sliceDoc(name.from, name.to)));
    } else if (at.name === 'Array') keys.unshift('[]');
  }
  return keys;
}

/** The names an object of the syntax tree already has. */
function presentIn(object, state) {
  const names = new Set();
  for (const property of object?.getChildren('Property') ?? []) {
    const name = property.getChild('PropertyName');
    if (name) names.add(unquote(state.sliceDoc(name.from, name.to)));
  }
  return names;
}

/** Completion for JSON: field names inside an object, values inside a field's string. */
export const jsonCompletion = (schema, ladder) => (context) => {
  const { state, pos } = context;
  const node = syntaxTree(state).resolveInner(pos, -1);
  const inString = node.name === 'PropertyName' || node.name === 'String';
  const property = node.name === 'PropertyName' ? node.parent : undefined;
  const object =
    node.name === 'Object' ? node : property?.parent?.name === 'Object' ? property.parent : undefined;
  if (object && (node.name === 'Object' || node.name === 'PropertyName')) {
    if (!inString && !context.explicit && !/[{,]\s*$/.test(state.sliceDoc(Math.max(0, pos - 200), pos)))
      return null;
    const fields = fieldsOf(schemasAt(schema, jsonPath(object, state)), presentIn(object, state));
    const after = state.sliceDoc(node.to, node.to + 20);
    return {
      from: inString ? node.from + 1 : pos,
      validFor: /^[\w$-]*$/,
      options: fields.map((field) => ({
        ...field,
        apply: (view, _completion, from, to) => {
          const start = inString ? node.from : from;
          const end = inString ? node.to : to;
          const insert = `"${field.label}"${/^\s*:/.test(inString ? after : '') ? '' : ': '}`;
          view.dispatch({
            changes: { from: start, to: end, insert },
            selection: { anchor: start + insert.length },
          });
        },
      })),
    };
  }
  if (node.name === 'String') {
    const values = valuesOf(schema, jsonPath(node, state), ladder());
    if (!values.length) return null;
    return {
      from: node.from + 1,
      to: state.sliceDoc(node.to - 1, node.to) === '"' && node.to > node.from + 1 ? node.to - 1 : node.to,
      validFor: /^[\w$-]*$/,
      options: values.map((value) => ({ label: String(value), type: 'enum' })),
    };
  }
  return null;
};

const YAML_LINE = /^(\s*)((?:- +)*)(?:([\w$-]+|"[^"]*"|'[^']*'):(?:\s|$))?/;

/**
 * The keys from the top of a YAML document in block style to the mapping a line at `column` is
 * in: each line above it with a key at a smaller column is a parent; a `- ` makes an array item.
 */
function yamlPath(state, lineNumber, column, dashes) {
  const keys = dashes ? Array(dashes).fill('[]') : [];
  let col = column - dashes * 2;
  let inItem = dashes > 0;
  for (let number = lineNumber - 1; number >= 1 && col > 0; number--) {
    const text = state.doc.line(number).text;
    if (!text.trim() || text.trim().startsWith('#')) continue;
    const [, indent, dash, key] = YAML_LINE.exec(text);
    const dashCount = dash.trim() ? dash.trim().split(/\s+/).length : 0;
    const keyColumn = indent.length + dash.length;
    if (key && (keyColumn < col || (inItem && keyColumn <= col && !dashCount))) {
      keys.unshift(unquote(key));
      col = keyColumn;
      inItem = false;
    }
    if (dashCount && indent.length < col + (key && keyColumn === col ? 1 : 0)) {
      keys.unshift(...Array(dashCount).fill('[]'));
      col = indent.length;
      inItem = true;
    }
  }
  return keys;
}

/** The keys the mapping around a line already has: its siblings at the same column. */
function yamlSiblings(state, lineNumber, column) {
  const names = new Set();
  for (const step of [-1, 1]) {
    for (let number = lineNumber + step; number >= 1 && number <= state.doc.lines; number += step) {
      const text = state.doc.line(number).text;
      if (!text.trim()) continue;
      const [, indent, dash, key] = YAML_LINE.exec(text);
      const keyColumn = indent.length + dash.length;
      if (keyColumn < column || (dash && keyColumn === column && step === 1)) break;
      if (key && keyColumn === column) names.add(unquote(key));
      if (dash && keyColumn === column) break;
    }
  }
  return names;
}

/** Completion for YAML in block style: keys at the start of a line, values after `key: `. */
export const yamlCompletion = (schema, ladder) => (context) => {
  const { state, pos } = context;
  const line = state.doc.lineAt(pos);
  const before = state.sliceDoc(line.from, pos);
  const keyTyped = /^(\s*)((?:- +)*)([\w$-]*)$/.exec(before);
  if (keyTyped) {
    const [, indent, dash, word] = keyTyped;
    if (!word && !context.explicit) return null;
    const column = indent.length + dash.length;
    const dashes = dash.trim() ? dash.trim().split(/\s+/).length : 0;
    const keys = yamlPath(state, line.number, column, dashes);
    const fields = fieldsOf(schemasAt(schema, keys), yamlSiblings(state, line.number, column));
    // An item of a list of strings (`next:` then `- product-lead`) takes a value, not a key.
    if (!fields.length && dashes) return valueCompletion(pos, word, valuesOf(schema, keys, ladder()));
    return {
      from: pos - word.length,
      validFor: /^[\w$-]*$/,
      options: fields.map((field) => ({ ...field, apply: `${field.label}: ` })),
    };
  }
  const valueTyped = /^(\s*)((?:- +)*)([\w$-]+):\s+([\w$-]*)$/.exec(before);
  if (!valueTyped) return null;
  const [, indent, dash, key, word] = valueTyped;
  const dashes = dash.trim() ? dash.trim().split(/\s+/).length : 0;
  const keys = [...yamlPath(state, line.number, indent.length + dash.length, dashes), key];
  return valueCompletion(pos, word, valuesOf(schema, keys, ladder()));
};

const valueCompletion = (pos, word, values) =>
  values.length
    ? {
        from: pos - word.length,
        validFor: /^[\w$-]*$/,
        options: values.map((value) => ({ label: String(value), type: 'enum' })),
      }
    : null;

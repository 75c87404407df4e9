// The playground's editor: CodeMirror 6 with the JSON and YAML languages (a sheet is plain text),
// completion from the ladder's schema, and the problems of the last reading marked where they
// are. It lives in a shadow root: CodeMirror's styles then go into a constructed style sheet
// adopted by that root, which a Content-Security-Policy without 'unsafe-inline' allows, where
// a <style> element in the page would be refused.
import { basicSetup } from 'codemirror';
import { Compartment, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { json, jsonLanguage } from '@codemirror/lang-json';
import { yaml, yamlLanguage } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { tags } from '@lezer/highlight';
import { jsonCompletion, yamlCompletion } from './complete.js';

/** Colours from the page's custom properties (demo.css), which follow its light or dark scheme. */
const highlight = HighlightStyle.define([
  { tag: tags.propertyName, color: 'var(--editor-key)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--editor-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--editor-number)' },
  { tag: [tags.comment, tags.meta], color: 'var(--page-muted)', fontStyle: 'italic' },
  { tag: [tags.punctuation, tags.separator, tags.brace, tags.squareBracket], color: 'var(--page-muted)' },
  { tag: tags.definition(tags.propertyName), color: 'var(--editor-key)' },
]);

const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--page-text)',
    backgroundColor: 'var(--editor-background)',
    fontSize: '0.875rem',
  },
  '&.cm-focused': { outline: '2px solid var(--page-link)', outlineOffset: '-2px' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    lineHeight: '1.5',
  },
  '.cm-content': { caretColor: 'var(--page-text)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--page-text)' },
  '.cm-gutters': {
    backgroundColor: 'var(--page-code)',
    color: 'var(--page-muted)',
    borderInlineEnd: '1px solid var(--page-border)',
  },
  '.cm-activeLine': { backgroundColor: 'var(--editor-active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--editor-active-line)', color: 'var(--page-text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection':
    { backgroundColor: 'var(--editor-selection)' },
  '.cm-matchingBracket, &.cm-focused .cm-matchingBracket': {
    backgroundColor: 'var(--editor-match)',
    outline: '1px solid var(--page-muted)',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--page-background)',
    color: 'var(--page-text)',
    border: '1px solid var(--page-border)',
  },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--page-link)',
    color: 'var(--page-background)',
  },
  '.cm-completionInfo': { maxWidth: '20rem' },
  '.cm-diagnostic-error': { borderInlineStartColor: 'var(--problem-error)' },
  '.cm-diagnostic-warning': { borderInlineStartColor: 'var(--problem-warning)' },
  '.cm-panels': { backgroundColor: 'var(--page-code)', color: 'var(--page-text)' },
  '.cm-textfield, .cm-button': { color: 'inherit' },
});

/** The language of each format, each with completion from the schema. */
function languageOf(format, schema, ladder) {
  if (format === 'json')
    return [json(), jsonLanguage.data.of({ autocomplete: jsonCompletion(schema, ladder) })];
  if (format === 'yaml')
    return [yaml(), yamlLanguage.data.of({ autocomplete: yamlCompletion(schema, ladder) })];
  return [];
}

/**
 * Puts an editor into `host` (in a shadow root of its own). `onChange(text)` is called after each
 * edit; `ladder()` gives the last good ladder, for completing its ids.
 */
export function createEditor(host, { text, format, schema, ladder, onChange, label }) {
  const root = host.attachShadow({ mode: 'open' });
  const language = new Compartment();
  const view = new EditorView({
    root,
    parent: root,
    state: EditorState.create({
      doc: text,
      extensions: [
        basicSetup,
        language.of(languageOf(format, schema, ladder)),
        syntaxHighlighting(highlight),
        lintGutter(),
        theme,
        EditorView.lineWrapping,
        // A tab stop of its own, as the text box it is: the scrolling box around it is then one a
        // keyboard reaches (axe's scrollable-region-focusable).
        EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    text: () => view.state.doc.toString(),
    /** Replaces the document (a start point, a file, a conversion) and its language. */
    replace(newText, newFormat) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: newText },
        effects: language.reconfigure(languageOf(newFormat, schema, ladder)),
        selection: { anchor: 0 },
        scrollIntoView: true,
      });
    },
    /** Marks the problems of a reading of the current text. */
    mark(problems) {
      const length = view.state.doc.length;
      const diagnostics = problems.map((problem) => {
        const from = Math.min(problem.from ?? 0, length);
        return {
          from,
          to: Math.min(Math.max(problem.to ?? from, from), length),
          severity: problem.severity,
          message: `${problem.path ? `${problem.path}: ` : ''}${problem.message}`,
        };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    /** Moves the cursor to a place, shows it, and gives the editor the focus. */
    goTo(from, to = from) {
      const length = view.state.doc.length;
      view.dispatch({
        selection: { anchor: Math.min(from, length), head: Math.min(to, length) },
        scrollIntoView: true,
      });
      view.focus();
    },
  };
}

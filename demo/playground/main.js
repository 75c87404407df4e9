// The playground page (demo/playground.html): an editor for a ladder document, read as it is
// typed (in a worker, worker.js), its problems marked and listed where they are, a live preview in
// the three elements, start points, files, the work kept in this browser, and what to take away:
// the snippet, downloads and a share link.
import { defaultLadder } from '../../dist/data/default-ladder.js';
import { formatOfName, sniffFormat, toJson } from '../../bin/formats.mjs';
import schema from '../../schema/ladder.schema.json';
import template from '../../templates/ladder.csv';
import { createEditor } from './editor.js';
import { linkTo, MAX_LINK, stateOf } from './share.js';
import { snippetOf } from './snippet.js';

const STORAGE = 'pm-ladder-playground';
const FORMATS = { json: 'JSON', yaml: 'YAML', csv: 'CSV' };
const TYPES = { json: 'application/json', yaml: 'application/yaml', csv: 'text/csv' };

const SKELETON = {
  id: 'my-ladder',
  title: 'My ladder',
  tiers: [
    { id: 'junior', name: 'Junior' },
    { id: 'senior', name: 'Senior' },
  ],
  roles: [
    {
      id: 'first-role',
      title: 'First role',
      tier: 'junior',
      summary: 'What this role does.',
      next: ['second-role'],
    },
    { id: 'second-role', title: 'Second role', tier: 'senior', summary: 'What this role does.' },
  ],
};

const $ = (selector) => document.querySelector(selector);
const controls = $('#controls');
const preview = $('#preview');
const elements = {
  ladder: preview.querySelector('pm-ladder'),
  card: preview.querySelector('pm-role-card'),
  range: preview.querySelector('pm-salary-range'),
  compare: preview.querySelector('pm-role-compare'),
};

// ---- What is kept: this browser's storage, else a share link's state. ----

const defaults = () => ({
  format: 'json',
  text: toJson(defaultLadder),
  settings: {
    current: '',
    target: '',
    view: '',
    role: '',
    from: '',
    to: '',
    layout: '',
    theme: '',
    locale: '',
    rtl: false,
  },
  snippet: { element: 'pm-ladder', source: 'inline', url: '' },
});

function stored() {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE) ?? 'null');
    return typeof value?.text === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function store(value) {
  try {
    localStorage.setItem(STORAGE, JSON.stringify(value));
  } catch {
    // Storage full or refused (a private window): the work stays on the page only.
  }
}

const merged = (state) => ({
  ...defaults(),
  ...state,
  format: FORMATS[state?.format] ? state.format : 'json',
  settings: { ...defaults().settings, ...state?.settings },
  snippet: { ...defaults().snippet, ...state?.snippet },
});

let state = merged(stored());
let lastGood;

// ---- Messages said to the reader. ----

function say(where, message) {
  const status = $(where);
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

// ---- The editor and its reading. ----

const worker = new Worker(new URL('playground.worker.js', import.meta.url));
const waiting = new Map();
let asked = 0;
worker.addEventListener('message', ({ data }) => {
  waiting.get(data.id)?.(data);
  waiting.delete(data.id);
});
// A worker that cannot load or has failed answers what waits, and what is asked after, with why:
// the reading stops with a problem on show, not in silence.
let broken;
const fail = (why) => {
  broken = why;
  for (const resolve of waiting.values()) resolve({ error: why });
  waiting.clear();
};
worker.addEventListener('error', (event) => {
  event.preventDefault();
  fail(`the part of the playground that reads documents stopped (${event.message || 'it did not load'})`);
});
worker.addEventListener('messageerror', () =>
  fail('the part of the playground that reads documents sent what cannot be read'),
);
const ask = (message) =>
  new Promise((resolve) => {
    if (broken) return resolve({ error: broken });
    const id = ++asked;
    waiting.set(id, resolve);
    worker.postMessage({ id, ...message });
  });

let timer;
let reading = false;
let readAgain = false;
let saveTimer;

const editor = createEditor($('#editor'), {
  text: state.text,
  format: state.format,
  schema,
  ladder: () => lastGood?.ladder,
  label: 'Ladder document',
  onChange(text) {
    state.text = text;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => store(state), 500);
    scheduleRead(text.length);
  },
});

/** Reads the text after a pause in typing: longer for a long document, so that each key stays quick. */
function scheduleRead(length = editor.text().length) {
  clearTimeout(timer);
  timer = setTimeout(read, length > 200_000 ? 600 : 250);
}

/** One reading at a time: an edit made while the worker reads is read once it has answered. */
async function read() {
  if (reading) {
    readAgain = true;
    return;
  }
  reading = true;
  const text = editor.text();
  const format = state.format;
  const answer = await ask({ type: 'read', text, format });
  reading = false;
  if (readAgain || text !== editor.text() || format !== state.format) {
    readAgain = false;
    scheduleRead();
    return;
  }
  if (answer.error) {
    showProblems({ ok: false, problems: [{ severity: 'error', path: '', message: answer.error }] });
    return;
  }
  editor.mark(answer.problems);
  if (answer.ok) lastGood = { ladder: answer.ladder, document: answer.value ?? answer.ladder };
  showProblems(answer);
  if (answer.ok) showLadder();
}

function showProblems({ ok, problems }) {
  const list = $('#problems');
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  $('#problems-summary').textContent = !ok
    ? `${plural(errors, 'problem')}${warnings ? ` and ${plural(warnings, 'unknown field')}` : ''}. ${
        lastGood
          ? 'The preview shows the last ladder without problems.'
          : 'The preview shows the default ladder until the document has none.'
      }`
    : warnings
      ? `${plural(warnings, 'field')} that will not show; the preview shows the rest.`
      : 'No problems: the preview shows this document.';
  // In the order they are written, those said of the whole document last.
  const ordered = [...problems].sort((a, b) => (a.from ?? Infinity) - (b.from ?? Infinity));
  list.replaceChildren(
    ...ordered.map((problem) => {
      const item = document.createElement('li');
      item.className = `problem problem-${problem.severity}`;
      const kind = document.createElement('span');
      kind.className = 'problem-kind';
      kind.textContent = problem.severity === 'error' ? 'Problem' : 'Warning';
      const where = problem.path || 'the document';
      const text = `${where}: ${problem.message}`;
      if (problem.from === undefined) {
        item.append(kind, ` ${text}`);
        return item;
      }
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'problem-place';
      button.append(kind, ` ${text}`);
      button.addEventListener('click', () => editor.goTo(problem.from, problem.to));
      item.append(button);
      return item;
    }),
  );
}

// ---- The preview and its settings. ----

/** The options of a role select: every role of the last good ladder, the chosen one kept when it is still there. */
function fillRoles(select, roles, chosen, none) {
  const options = roles.map((role) => new Option(`${role.title} (${role.id})`, role.id));
  if (none) options.unshift(new Option(none, ''));
  select.replaceChildren(...options);
  select.value = roles.some((role) => role.id === chosen) ? chosen : none ? '' : (roles[0]?.id ?? '');
}

const setAttribute = (element, name, value) =>
  value ? element.setAttribute(name, value) : element.removeAttribute(name);

/** The attributes the settings give each element. */
function attributesOf(settings) {
  return {
    current: settings.current,
    target: settings.target,
    view: settings.view,
    from: settings.from,
    to: settings.to,
    layout: settings.layout,
    theme: settings.theme,
    locale: settings.locale,
    'role-id': settings.role,
  };
}

function showLadder() {
  const { ladder } = lastGood;
  fillControls(ladder);
  applySettings();
  for (const element of Object.values(elements)) element.ladder = ladder;
}

/** The role selects, from the ladder on show; the settings follow them, unless `keep` (before the first reading). */
function fillControls(ladder, keep = false) {
  const { settings } = state;
  for (const name of ['current', 'target'])
    fillRoles(controls.elements[name], ladder.roles, settings[name], 'None');
  fillRoles(controls.elements.role, ladder.roles, settings.role || settings.current);
  fillRoles(controls.elements.from, ladder.roles, settings.from || settings.current);
  fillRoles(controls.elements.to, ladder.roles, settings.to, 'its next role');
  if (keep) return;
  settings.current = controls.elements.current.value;
  settings.target = controls.elements.target.value;
  settings.role = controls.elements.role.value;
  settings.from = controls.elements.from.value;
  settings.to = controls.elements.to.value;
}

function applySettings() {
  const { settings } = state;
  const attributes = attributesOf(settings);
  for (const name of ['view', 'current', 'target', 'layout', 'theme', 'locale'])
    setAttribute(elements.ladder, name, attributes[name]);
  for (const name of ['role-id', 'theme', 'locale']) setAttribute(elements.card, name, attributes[name]);
  for (const name of ['role-id', 'locale']) setAttribute(elements.range, name, attributes[name]);
  for (const name of ['from', 'to', 'theme', 'locale'])
    setAttribute(elements.compare, name, attributes[name]);
  setAttribute(preview, 'dir', settings.rtl ? 'rtl' : '');
  for (const name of ['view', 'layout', 'theme', 'locale']) controls.elements[name].value = settings[name];
  controls.elements.rtl.checked = settings.rtl;
  showSnippet();
}

controls.addEventListener('change', () => {
  const form = controls.elements;
  Object.assign(state.settings, {
    current: form.current.value,
    target: form.target.value,
    view: form.view.value,
    role: form.role.value,
    from: form.from.value,
    to: form.to.value,
    layout: form.layout.value,
    theme: form.theme.value,
    locale: form.locale.value,
    rtl: form.rtl.checked,
  });
  applySettings();
  store(state);
});
controls.addEventListener('submit', (event) => event.preventDefault());

// ---- The format switch, start points, files. ----

function showFormat() {
  for (const radio of document.querySelectorAll('input[name="format"]'))
    radio.checked = radio.value === state.format;
}

/** Puts a document in the editor (undo brings back what was there). */
function open(text, format, what) {
  state.format = format;
  showFormat();
  editor.replace(text, format);
  state.text = text;
  store(state);
  say(
    '#editor-status',
    `${what} is in the editor, as ${FORMATS[format]}. Ctrl+Z brings back what was there.`,
  );
}

for (const radio of document.querySelectorAll('input[name="format"]')) {
  radio.addEventListener('change', async () => {
    const from = state.format;
    const to = radio.value;
    const text = editor.text();
    const answer = await ask({ type: 'convert', text, from, to });
    if (answer.error) {
      showFormat();
      say('#editor-status', answer.error);
      return;
    }
    // Typed into while it converted: what was typed stays, in the format it was typed in.
    if (editor.text() !== text || state.format !== from) {
      showFormat();
      say(
        '#editor-status',
        `The document changed while it was converted; it is still ${FORMATS[state.format]}.`,
      );
      return;
    }
    state.format = to;
    editor.replace(answer.text, to);
    state.text = answer.text;
    store(state);
    const dropped = answer.dropped.length
      ? ` ${FORMATS[to]} does not hold ${answer.dropped.join('; ')}.`
      : '';
    say('#editor-status', `Converted from ${FORMATS[from]} to ${FORMATS[to]}.${dropped} Ctrl+Z undoes it.`);
  });
}

const START = {
  default: async () => [toJson(defaultLadder), 'json', 'The Product Manager ladder'],
  engineering: async () => [
    await fetchText('ladders/example-engineering.json'),
    'json',
    'The engineering ladder',
  ],
  framework: async () => [
    await fetchText('ladders/example-product-framework.json'),
    'json',
    'The product framework',
  ],
  template: async () => [template, 'csv', 'The sheet template'],
  skeleton: async () => [toJson(SKELETON), 'json', 'An empty skeleton'],
};

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

$('#start').addEventListener('change', async (event) => {
  const choice = event.target.value;
  if (!START[choice]) return;
  try {
    open(...(await START[choice]()));
  } catch (error) {
    say('#editor-status', `Could not load it: ${error.message}`);
  }
  event.target.value = '';
});

async function openFile(file) {
  if (!file) return;
  const text = await file.text();
  open(text, formatOfName(file.name) ?? sniffFormat(text), file.name);
}

$('#file').addEventListener('change', (event) => {
  openFile(event.target.files[0]);
  event.target.value = '';
});

// A file dropped on the editor opens; text dropped is the editor's own business.
const editorPanel = $('.playground-editor');
editorPanel.addEventListener(
  'dragover',
  (event) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  },
  true,
);
editorPanel.addEventListener(
  'drop',
  (event) => {
    if (!event.dataTransfer?.files.length) return;
    event.preventDefault();
    event.stopPropagation();
    openFile(event.dataTransfer.files[0]);
  },
  true,
);

// ---- Take it away: the snippet, downloads, the share link. ----

function showSnippet() {
  const { element, source, url } = state.snippet;
  $('#snippet-element').value = element;
  for (const radio of document.querySelectorAll('input[name="snippet-source"]'))
    radio.checked = radio.value === source;
  $('#snippet-url-field').hidden = source !== 'src';
  $('#snippet-url').value = url;
  if (!lastGood) {
    $('#snippet').textContent = '<!-- The snippet comes once the document has no problems. -->';
    return;
  }
  $('#snippet').textContent = snippetOf({
    element,
    attributes: attributesOf(state.settings),
    document: lastGood.document,
    src: source === 'src' ? url || 'ladder.json' : undefined,
  });
}

function snippetChanged() {
  state.snippet = {
    element: $('#snippet-element').value,
    source: document.querySelector('input[name="snippet-source"]:checked').value,
    url: $('#snippet-url').value.trim(),
  };
  showSnippet();
  store(state);
}
$('#snippet-element').addEventListener('change', snippetChanged);
$('#snippet-url').addEventListener('input', snippetChanged);
for (const radio of document.querySelectorAll('input[name="snippet-source"]'))
  radio.addEventListener('change', snippetChanged);

for (const button of document.querySelectorAll('[data-download]')) {
  button.addEventListener('click', async () => {
    const to = button.dataset.download;
    const answer = await ask({ type: 'convert', text: editor.text(), from: state.format, to });
    if (answer.error) {
      say('#take-status', answer.error);
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([answer.text], { type: TYPES[to] }));
    link.download = `${lastGood?.ladder.id ?? 'ladder'}.${to}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    const dropped = answer.dropped.length ? ` It does not hold ${answer.dropped.join('; ')}.` : '';
    say('#take-status', `Downloaded ${link.download}.${dropped}`);
  });
}

$('#share').addEventListener('click', async () => {
  const field = $('#share-field');
  const { format, text, settings } = state;
  const answer = await linkTo({ format, text, settings });
  if (answer.tooLong) {
    field.hidden = true;
    say(
      '#take-status',
      `This document is too large for a link: it would be ${answer.tooLong.toLocaleString('en')} characters long, and links of more than ${MAX_LINK.toLocaleString('en')} are cut by some browsers and mail programs. Download it and host the file instead.`,
    );
    return;
  }
  field.hidden = false;
  const input = $('#share-link');
  input.value = answer.link;
  input.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(answer.link);
    copied = true;
  } catch {
    // No clipboard here: the link is selected in its field for the reader to copy.
  }
  say(
    '#take-status',
    copied ? 'The share link is copied.' : 'The share link is selected: copy it with your keyboard.',
  );
});

// ---- Start: a share link's state, else this browser's, else the default ladder. ----

/** Whether the address holds a share link (a role's own link, `#ladder/role`, is the preview's). */
const sharing = () => location.hash.startsWith('#share=');

async function openLink() {
  if (!sharing()) return;
  let shared;
  try {
    shared = await stateOf();
  } catch (error) {
    say('#editor-status', `This share link is broken (${error.message}); your own work is in the editor.`);
  }
  history.replaceState(null, '', location.pathname + location.search);
  if (!shared) return;
  const before = state.text;
  state = merged({ ...state, ...shared, snippet: state.snippet });
  showFormat();
  // The link's settings show at once, and stand even while its document has problems.
  fillControls(lastGood?.ladder ?? defaultLadder, true);
  applySettings();
  editor.replace(state.text, state.format);
  store(state);
  say(
    '#editor-status',
    `The ladder of the share link is in the editor${before !== shared.text ? '; Ctrl+Z brings back your own work' : ''}.`,
  );
}

window.addEventListener('hashchange', () => {
  if (sharing()) openLink().then(() => scheduleRead());
});
showFormat();
// Until the document is read, the elements show the default ladder, and the controls offer its roles.
fillControls(defaultLadder, true);
applySettings();
await openLink();
read();

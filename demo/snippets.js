// Gives every code snippet of a demo page (`pre.snippet`) a bar with a Copy button. The result is
// said in the bar's status, a polite live region: "Copied", or where the browser gives no
// clipboard access (a page on plain http from another machine, a denied permission), the
// snippet's text is selected for the reader to copy with the keyboard.
const COPIED = 'Copied';
const KEYS = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘C' : 'Ctrl+C';
const SELECTED = `Selected: press ${KEYS}`;
const STATUS_TIME = 4000;

/** The name a snippet goes by in its button: its own `data-label`, else its section's heading. */
function labelOf(pre) {
  if (pre.dataset.label) return pre.dataset.label;
  const heading = pre.closest('section')?.querySelector('h1, h2, h3, h4, h5, h6');
  return heading?.textContent.trim().replace(/\s+/g, ' ') ?? '';
}

/** Selects the snippet's text, so that the reader's own copy command takes it. */
function select(code) {
  const range = document.createRange();
  range.selectNodeContents(code);
  const selection = document.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Copies the text: through the Clipboard API, else the older copy command on the selected text. */
async function copy(code) {
  try {
    await navigator.clipboard.writeText(code.textContent);
    return true;
  } catch {
    // No Clipboard API here (navigator.clipboard is missing outside secure contexts), or no permission.
    select(code);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

function announce(status, message) {
  clearTimeout(status.timer);
  // Emptied first, so that a second "Copied" in a row is announced again.
  status.textContent = '';
  requestAnimationFrame(() => {
    status.textContent = message;
    status.timer = setTimeout(
      () => (status.textContent = ''),
      message === COPIED ? STATUS_TIME : 2 * STATUS_TIME,
    );
  });
}

function enhance(pre) {
  const code = pre.querySelector('code') ?? pre;
  const block = document.createElement('div');
  block.className = 'snippet-block';
  const bar = document.createElement('div');
  bar.className = 'snippet-bar';
  const language = document.createElement('span');
  language.className = 'snippet-language';
  language.textContent = pre.dataset.language ?? '';
  const status = document.createElement('span');
  status.className = 'snippet-status';
  status.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'snippet-copy';
  const hidden = document.createElement('span');
  hidden.className = 'visually-hidden';
  const label = labelOf(pre);
  hidden.textContent = label ? ` code: ${label}` : ' code';
  button.append('Copy', hidden);
  button.addEventListener('click', async () => {
    announce(status, (await copy(code)) ? COPIED : SELECTED);
  });
  bar.append(language, status, button);
  pre.replaceWith(block);
  block.append(bar, pre);

  // A snippet larger than its box scrolls, and is then reachable with the keyboard to scroll it:
  // as its box changes, and as its text does (the playground writes its snippet as one types).
  const reachable = () => {
    if (pre.scrollWidth > pre.clientWidth || pre.scrollHeight > pre.clientHeight) pre.tabIndex = 0;
    else pre.removeAttribute('tabindex');
  };
  new ResizeObserver(reachable).observe(pre);
  new MutationObserver(reachable).observe(pre, { childList: true, subtree: true, characterData: true });
}

for (const pre of document.querySelectorAll('pre.snippet')) enhance(pre);

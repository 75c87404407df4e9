// A share link holds the whole playground (the document, its format and the preview's settings)
// in the address's fragment, compressed (deflate) and written in base64url: nothing is sent to a
// server, and the fragment never leaves the browser.

/** The longest link the playground makes: longer ones are cut by some browsers and mail programs. */
export const MAX_LINK = 32_000;
const PREFIX = '#share=';

async function pipe(bytes, transform) {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The link to this page that opens `state`: `{ link }`, or `{ tooLong }` with its length. */
export async function linkTo(state, page = location.href) {
  const packed = await pipe(
    new TextEncoder().encode(JSON.stringify(state)),
    new CompressionStream('deflate-raw'),
  );
  const link = `${page.replace(/#.*$/, '')}${PREFIX}${toBase64Url(packed)}`;
  return link.length > MAX_LINK ? { tooLong: link.length } : { link };
}

/** The state a fragment holds (`#share=…`), or undefined when it holds none; throws when it is broken. */
export async function stateOf(hash = location.hash) {
  if (!hash.startsWith(PREFIX)) return undefined;
  const bytes = await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw'));
  const state = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof state?.text !== 'string') throw new Error('the link holds no document');
  return state;
}

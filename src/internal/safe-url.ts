const LIVE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** `url` resolved against the page, or undefined when it is no URL at all. */
export function resolveUrl(url: string): URL | undefined {
  try {
    return new URL(url, document.baseURI);
  } catch {
    return undefined;
  }
}

/** The URL to link to, or undefined when it is not http:, https: or mailto: (no `javascript:`, no `data:`). */
export function safeHref(url: string | undefined): string | undefined {
  const parsed = url ? resolveUrl(url) : undefined;
  return parsed && LIVE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}

const LIVE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The URL to link to, or undefined when it is not http:, https: or mailto: (no `javascript:`, no `data:`). */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, document.baseURI);
    return LIVE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM, first render included. Lit's styleMap
 * writes a `style` attribute on first render, which a Content-Security-Policy without
 * 'unsafe-inline' for styles refuses. Bound to `style` so that a server, which has no CSSOM,
 * writes them into the attribute: static markup is then laid out as the live element is.
 */
class CssVars extends Directive {
  #names = new Set<string>();

  // Lit calls render() only when rendering on a server, where there is no element to set
  // (`isServer` leaves this out of the browser's bundle).
  render(values: Record<string, string | undefined>) {
    const declarations = isServer ? Object.entries(values).filter(([, value]) => value !== undefined) : [];
    return declarations.length ? declarations.map(([name, value]) => `${name}:${value}`).join(';') : nothing;
  }

  override update(part: AttributePart, [values]: [Record<string, string | undefined>]) {
    const style = part.element.style;
    for (const name of this.#names) if (values[name] === undefined) style.removeProperty(name);
    this.#names.clear();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#names.add(name);
    }
    return noChange;
  }
}

export const cssVars = directive(CssVars);

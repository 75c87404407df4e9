import { noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets custom properties on an element through the CSSOM, first render included. Lit's styleMap
 * writes a `style` attribute on first render, which a Content-Security-Policy without
 * 'unsafe-inline' for styles refuses.
 */
class CssVars extends Directive {
  private names = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssVars() goes in an element, like <div ${cssVars(…)}>');
  }

  // Lit calls render() only when rendering on a server, where there is no element to set.
  render(values: Record<string, string | undefined>) {
    void values;
    return nothing;
  }

  override update(part: ElementPart, [values]: [Record<string, string | undefined>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.names) if (values[name] === undefined) style.removeProperty(name);
    this.names.clear();
    for (const [name, value] of Object.entries(values)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

export const cssVars = directive(CssVars);

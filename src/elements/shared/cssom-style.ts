import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM, always. Lit's `styleMap` writes a
 * style *attribute* on its first render, which a Content-Security-Policy without
 * `'unsafe-inline'` in `style-src` blocks (found by test/security/csp.test.ts); setting
 * properties on `element.style` is allowed. Property names are CSS names: `flex-grow`.
 */
class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('cssomStyle() can only be used in the style attribute');
    }
  }

  render(_properties: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [properties]: [Readonly<Record<string, string>>]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);

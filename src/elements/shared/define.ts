/**
 * Registers a custom element unless this name is already taken: two copies of the
 * bundle on one page (a CMS block and a theme both adding the script tag) must not
 * throw "this name has already been used".
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

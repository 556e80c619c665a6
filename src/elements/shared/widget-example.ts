/**
 * One way an editor might put a widget on a page, declared once and used by the demo
 * gallery, the embed-code builder and the tests (axe and layout at every width, in every
 * engine), as GOV.UK Frontend's `examples` are. Not part of the package.
 */
export interface WidgetExample {
  /** Unique within the element, for test names and screenshot files. */
  id: string;
  /** A heading for the gallery. */
  title: string;
  /** The element's attributes, exactly as an editor writes them. */
  attributes: Readonly<Record<string, string>>;
  /** The fallback text inside the element. */
  fallback: string;
  /** Shown in the gallery, whose own picker sets the language; language examples are for the tests. */
  inGallery: boolean;
  /** Offered as a mode in the embed-code builder, with this description. */
  builderChoice?: string;
}

/** The example as markup, as an editor pastes it. */
export function exampleMarkup(tagName: string, { attributes, fallback }: WidgetExample): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const attributeText = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escape(value)}"`))
    .join('');
  return `<${tagName}${attributeText}><p>${escape(fallback)}</p></${tagName}>`;
}

/*
 * The widgets, each once. The one-tag build, the snippet and WordPress builds, the demo's
 * gallery and embed-code builder, the bench and the tests read this list, so a widget is
 * its folder (src/elements/<name>/) and one entry here; test/static/widgets.test.ts fails
 * when a folder has no entry, or an entry names a file that is not there.
 *
 * Plain data, with no import: Node scripts, the demo and the tests read it without
 * loading an element. Not in the npm package (package.json leaves dist/widgets.* out).
 */

export interface WordPressBlock {
  /** The block's title in the inserter. */
  readonly title: string;
  readonly description: string;
  readonly keywords: readonly string[];
}

export interface WidgetDescriptor {
  /** The element's name. */
  readonly tag: `b12-${string}`;
  /**
   * Its folder, src/elements/<name>/, holding <name>.component.ts and <name>.examples.ts;
   * its entry, src/<name>.ts, which registers it (npm: `b12-widgets/<name>.js`); its
   * WordPress block, b12-widgets/<name>, and shortcode, b12_<name with underscores>.
   */
  readonly name: string;
  /**
   * Whether b12-widgets.js, the file for pages with more than one widget, holds it too.
   * The diary does not: it is the one widget that can keep data, and pages without it
   * download none of its code.
   */
  readonly inCombinedFile: boolean;
  /**
   * The `mode` it shows when none is given. A widget with one view names it too, though it
   * has no `mode` attribute: its pre-rendered snippet and WordPress's copy of it are
   * filed by view, as every widget's are.
   */
  readonly defaultMode: string;
  /**
   * Each form view, with the view that stands in for it without JavaScript: the same
   * facts as a table, in the snippet beside the form.
   */
  readonly tableInstead: Readonly<Record<string, string>>;
  /** The views written to dist/snippets/, pre-rendered, in every language. */
  readonly snippetViews: readonly string[];
  /** Whether it reads a `units` attribute (the laboratory's units). */
  readonly hasUnits: boolean;
  /** Whether it can keep data on the device (only when the person chooses). */
  readonly keepsData: boolean;
  readonly wordpress: WordPressBlock;
}

export const WIDGETS = [
  {
    tag: 'b12-cofactor-checker',
    name: 'cofactor-checker',
    inCombinedFile: true,
    defaultMode: 'check',
    tableInstead: { check: 'guide' },
    snippetViews: ['check', 'guide'],
    hasUnits: true,
    keepsData: false,
    wordpress: {
      title: 'B12 cofactor checker',
      description: 'Where folate, ferritin, vitamin B6 and B12 results stand, in the reader’s lab units, with the safety warnings that apply. Or the table of levels.',
      keywords: ['vitamin B12', 'folate', 'ferritin', 'blood test'],
    },
  },
  {
    tag: 'b12-treatment-plan',
    name: 'treatment-plan',
    inCombinedFile: true,
    defaultMode: 'plan',
    tableInstead: { plan: 'table' },
    snippetViews: ['plan', 'table'],
    hasUnits: false,
    keepsData: false,
    wordpress: {
      title: 'B12 treatment plan',
      description: 'The loading and maintenance B12 injections for a cause and symptoms, as a dated plan with a calendar file. Or the table of every cause.',
      keywords: ['vitamin B12', 'injections', 'hydroxocobalamin'],
    },
  },
  {
    tag: 'b12-symptom-diary',
    name: 'symptom-diary',
    inCombinedFile: false,
    defaultMode: 'diary',
    // No table can stand in for a diary: without its script, it says what to do instead.
    tableInstead: {},
    // Pre-rendered as every reader first sees it, before it has looked for a diary kept
    // on the device: that one appears in the same place once the script has read it.
    snippetViews: ['diary'],
    hasUnits: false,
    keepsData: true,
    wordpress: {
      title: 'B12 symptom diary',
      description: 'A private record of injections and symptoms that shows whether symptoms come back before the next injection. Kept on the reader’s device only if they choose.',
      keywords: ['vitamin B12', 'symptoms', 'diary'],
    },
  },
] as const satisfies readonly WidgetDescriptor[];

export type WidgetTag = (typeof WIDGETS)[number]['tag'];

/** The file that holds every widget with `inCombinedFile`, for pages with more than one. */
export const COMBINED_FILE = 'b12-widgets';

/** A selector that matches every widget: `b12-cofactor-checker, b12-treatment-plan, …`. */
export const ANY_WIDGET = WIDGETS.map((widget) => widget.tag).join(', ');

/** The widget with this tag; undefined for any other name. */
export const widgetOf = (tag: string): WidgetDescriptor | undefined => WIDGETS.find((widget) => widget.tag === tag);

/** The WordPress shortcode: b12_cofactor_checker. */
export const shortcodeOf = (widget: WidgetDescriptor) => `b12_${widget.name.replaceAll('-', '_')}`;

// "Embed as a frame": the <iframe> an editor pastes where a page takes no <script>
// (SharePoint, Google Sites, WordPress for authors without unfiltered_html), pointing at
// the frame page the build writes into the hosted folder (dist/cdn/frame/). Pure string
// building, read by the embed-code builder and the tests.
import { widgetOf } from '../widgets.js';
import type { HostFeature } from '../elements/shared/unavailable.js';
import { elementAttributes, escapeHtml, type EmbedChoices } from './embed-snippet.js';

/**
 * What a frame's sandbox lets the widget do, as the builder offers it: each feature with
 * the flags it needs. The first two are always given: without them the widget cannot run
 * (its files load as modules, which a frame without allow-same-origin cannot fetch from its
 * own site) and its sources, which open in a new tab, would not open.
 */
export const FRAME_FEATURES = [
  { id: 'run', flags: ['allow-scripts', 'allow-same-origin'], always: true, label: 'Run the widget, and let the diary be kept on the reader’s device if they choose' },
  { id: 'links', flags: ['allow-popups', 'allow-popups-to-escape-sandbox'], always: true, label: 'Open the sources in a new tab' },
  { id: 'downloads', flags: ['allow-downloads'], always: false, label: 'Save files: Add to calendar, and the diary’s files' },
  { id: 'print', flags: ['allow-modals'], always: false, label: 'Print: the plan, the checker’s results and the diary for the GP' },
] as const;

export type FrameFeature = (typeof FRAME_FEATURES)[number]['id'];

/** The sandbox attribute for the features chosen (those always given included). */
export const sandboxFor = (features: readonly FrameFeature[]): string =>
  FRAME_FEATURES.filter((feature) => feature.always || features.includes(feature.id))
    .flatMap((feature) => feature.flags)
    .join(' ');

/**
 * The frame page's address for these choices: the widget and its attributes in the query
 * string, and what the sandbox will not allow, so the widget says so in place of those
 * buttons (a browser ignores them inside such a sandbox without a word).
 */
export function frameAddress(choices: EmbedChoices, features: readonly FrameFeature[]): string {
  const query = new URLSearchParams({ widget: widgetOf(choices.widget)?.name ?? choices.widget });
  for (const [name, value] of elementAttributes(choices)) query.set(name, value);
  // A feature the builder may leave out is one a widget's `unavailable` names: the types hold the two lists together.
  const unavailable: HostFeature[] = FRAME_FEATURES.filter((feature): feature is Extract<(typeof FRAME_FEATURES)[number], { always: false }> => !feature.always && !features.includes(feature.id)).map(
    (feature) => feature.id,
  );
  if (unavailable.length) query.set('unavailable', unavailable.join(' '));
  return `${choices.base}frame/index.html?${query}`;
}

/**
 * The frame to paste, and the one line a page may add to fit the frame to its content.
 * Without that line the frame keeps its height and scrolls inside it.
 */
export function frameSnippet(choices: EmbedChoices, features: readonly FrameFeature[]): { frame: string; listener: string } {
  const title = widgetOf(choices.widget)?.wordpress.title ?? 'B12 widget';
  const frame = `<iframe src="${escapeHtml(frameAddress(choices, features))}" title="${escapeHtml(title)}" loading="lazy" sandbox="${sandboxFor(features)}" width="100%" height="800" style="border: 0"></iframe>`;
  const listener = `<script src="${escapeHtml(choices.base)}frame/listen.js"></script>`;
  return { frame, listener };
}

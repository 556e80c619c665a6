// What a frame's address asks for: which widget, and the attributes it gets. Pure: it
// reads the query string and says what is wrong with it, in words for the page's editor;
// frame.ts puts the widget in the page. Values the element itself checks (the view, the
// units, the heading level) are passed on as attributes, never as markup, so the widget
// says in its own notice when one is not a value it can use.
import { fixedLanguage, LANGUAGE_CODES, type LanguageCode } from '../i18n/languages.js';
import { WIDGETS, type WidgetDescriptor } from '../widgets.js';

/** The query string's settings, as the frame's address takes them. */
const SETTINGS = ['widget', 'mode', 'lang', 'units', 'heading-level', 'profile-src', 'unavailable'] as const;

/** Longest value passed on; the longest real one (all four units) is under 80. */
const MAX_VALUE = 200;

/** A BCP 47 tag's shape: the only `lang` values passed on. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

export interface FrameChoices {
  widget: WidgetDescriptor;
  /** The element's attributes, in a stable order. */
  attributes: [string, string][];
  /** A language the widgets speak, when `lang` names one exactly: its own file is loaded. */
  language?: LanguageCode;
  /** What the frame did not use, and why, for the page's editor. */
  problems: string[];
}

/** The widget for `cofactor-checker` or `b12-cofactor-checker`. */
const widgetNamed = (name: string) => WIDGETS.find((widget) => widget.name === name || widget.tag === name);

/**
 * Reads the frame's address. `location` is the frame's own: a `profile-src` must be on its
 * site, since a profile decides what the reader is told and the frame's page allows
 * nothing from elsewhere. Undefined widget: the problem to show instead of a widget.
 */
export function readFrameChoices(location: URL): FrameChoices | { problem: string } {
  const query = location.searchParams;
  const name = query.get('widget') ?? '';
  const widget = widgetNamed(name);
  if (!widget) {
    const names = WIDGETS.map((candidate) => candidate.name).join(', ');
    return {
      problem: name
        ? `This frame has no widget called "${shorten(name)}". Use widget=${names.replaceAll(', ', ', widget=')}.`
        : `This frame’s address names no widget. Add ?widget= and one of ${names}.`,
    };
  }
  const problems: string[] = [];
  for (const key of new Set(query.keys())) {
    if (!(SETTINGS as readonly string[]).includes(key)) problems.push(`The setting "${shorten(key)}" is not one this frame reads, so it is left out. The settings are ${SETTINGS.join(', ')}.`);
  }
  const attributes: [string, string][] = [];
  const value = (key: (typeof SETTINGS)[number]) => query.get(key)?.trim().slice(0, MAX_VALUE);

  const mode = value('mode');
  if (mode) attributes.push(['mode', mode]);
  const units = value('units');
  if (units && widget.hasUnits) attributes.push(['units', units]);

  const lang = value('lang');
  let language: LanguageCode | undefined;
  if (lang && LANGUAGE_TAG.test(lang)) {
    attributes.push(['lang', lang]);
    language = fixedLanguage(lang);
  } else if (lang) {
    problems.push(`"${shorten(lang)}" is not a language tag, so the widget speaks English. Use lang= with one of ${LANGUAGE_CODES.join(', ')}.`);
  }

  const level = value('heading-level');
  if (level) attributes.push(['heading-level', level]);
  // What the frame's sandbox does not allow, as the builder wrote it beside the sandbox.
  const unavailable = value('unavailable');
  if (unavailable) attributes.push(['unavailable', unavailable]);

  const profile = value('profile-src');
  if (profile) {
    const url = URL.canParse(profile, location.href) ? new URL(profile, location.href) : undefined;
    if (url?.origin === location.origin) attributes.push(['profile-src', url.pathname + url.search]);
    else problems.push(`The profile "${shorten(profile)}" is not on this frame’s own site (${location.origin}), so the widget uses its default figures. Host the profile file beside the frame.`);
  }
  return { widget, attributes, language, problems };
}

/** A value as a message quotes it: short enough to read. */
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

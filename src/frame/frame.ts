// The frame page (dist/cdn/frame/index.html): one widget, chosen by the page's address,
// for pages that can hold an <iframe> but no <script> (SharePoint, Google Sites, WordPress
// without our plugin for authors without unfiltered_html). It loads the widget's one-tag
// file from the folder above (the language's own file when `lang` names one), and tells
// the page around it how tall it is, so that page can fit the frame to it.
import { readFrameChoices, type FrameChoices } from './frame-choices.js';
import { FRAME_HEIGHT_MESSAGE } from './frame-height.js';

/** The one-tag files: the folder that holds this one, as dist/cdn/ holds frame/. */
const FILES = new URL('../', import.meta.url);

const main = document.querySelector('main')!;

/** A problem for the page's editor, in the page and in the console, as the widgets' own notices are. */
function editorNotice(problems: string[]): void {
  if (!problems.length) return;
  const notice = document.createElement('div');
  notice.className = 'editor-notice';
  notice.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.append(Object.assign(document.createElement('strong'), { textContent: 'For the page’s editor: this frame’s address has a problem.' }));
  notice.append(heading, ...problems.map((problem) => Object.assign(document.createElement('p'), { textContent: problem })));
  main.prepend(notice);
  for (const problem of problems) console.error(`b12-widgets frame: ${problem}`);
}

/** The page's own words for while the widget loads, and for when it never does. */
const removeLoading = () => main.querySelectorAll('.loading, .not-loaded').forEach((words) => words.remove());

async function show(choices: FrameChoices): Promise<void> {
  const { widget, attributes, language, problems } = choices;
  if (language) document.documentElement.lang = language;
  editorNotice(problems);
  const element = document.createElement(widget.tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  removeLoading();
  main.append(element);
  // The widget's own file, not the combined one: that would carry a widget this page does not show.
  const file = `${language ? `${language}/` : ''}${widget.tag}.js`;
  try {
    await import(new URL(file, FILES).href);
  } catch (error) {
    element.remove();
    editorNotice([
      `The widget's file ${new URL(file, FILES).pathname} did not load (${error instanceof Error ? error.message : String(error)}). Host the whole of dist/cdn/, with frame/ inside it, as the build writes it.`,
    ]);
  }
}

/**
 * Tells the page around the frame its height whenever it changes. Any page may listen
 * (listen.js does it in one line); the message holds a number and nothing else.
 */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: FRAME_HEIGHT_MESSAGE, height }, '*');
  }).observe(document.documentElement);
}

const choices = readFrameChoices(new URL(location.href));
if ('problem' in choices) {
  removeLoading();
  editorNotice([choices.problem]);
} else {
  void show(choices);
}
reportHeight();

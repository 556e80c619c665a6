// dist/cdn/frame/listen.js: the optional line for a page that allows a script of its own. It
// fits each widget frame on the page to the height the frame reports, so the reader
// scrolls the page, not the frame. Only the frame that sent a message is resized.
import { frameHeightOf } from './frame-height.js';

addEventListener('message', (event) => {
  const height = frameHeightOf(event.data);
  if (height === undefined) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${height}px`;
  }
});

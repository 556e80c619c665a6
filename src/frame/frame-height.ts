// The one message between a frame and the page around it: the frame's height in CSS
// pixels, each time it changes. It carries nothing else, so any page may listen.

export const FRAME_HEIGHT_MESSAGE = 'b12-widgets:frame-height';

/** A height past this is not a widget's (the diary near its file limit prints about 20,000 px). */
export const MAX_FRAME_HEIGHT = 100_000;

/** The height a message gives, or undefined for any other message or a height no widget has. */
export function frameHeightOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== FRAME_HEIGHT_MESSAGE) return undefined;
  const height = (data as { height?: unknown }).height;
  return typeof height === 'number' && height > 0 && height <= MAX_FRAME_HEIGHT ? Math.ceil(height) : undefined;
}

import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultProfile, type Profile, type ProfileIssue } from '../../engine/index.js';
import { formatQuantity } from '../../i18n/format.js';
import { speakingLocale } from '../../i18n/localization.js';

export type ProfileState =
  | { status: 'ready'; profile: Profile }
  | { status: 'loading' }
  /** `problem` is words, not a string, so it speaks the language the widget is in when it renders. */
  | { status: 'error'; problem: () => string; issues: readonly ProfileIssue[] };

/** Runs a function in the host's language (see `inLocale`). */
type Speak = <T>(words: () => T) => T;

/** A profile is a page of figures; anything this big is a wrong URL, not a profile. */
const MAX_PROFILE_BYTES = 1_000_000;
const FETCH_TIMEOUT_MS = 10_000;
/** Why a profile's fetch was stopped: an abort is not always a timeout. */
const TIMED_OUT = 'timed-out';
const DISCONNECTED = 'disconnected';
const TOO_LARGE = 'too-large';

/**
 * The body as text, or undefined as soon as it passes `limit` bytes: a server that sends
 * 300 MB, or 200 KB of gzip that inflates to 200 MB, is read no further than the limit.
 */
async function readAtMost(response: Response, limit: number): Promise<string | undefined> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      void reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Gives an element the guidance profile it should use: the cited UK default, a profile
 * object the page sets, or JSON fetched from `profile-src`. A profile that cannot be used
 * becomes an error state with every problem named, never a half-rendered widget. The
 * schema (zod) is loaded only when a custom profile needs checking.
 */
export class ProfileController implements ReactiveController {
  state: ProfileState = { status: 'ready', profile: defaultProfile };

  private request = 0;
  private abort?: AbortController;
  private wanted: { src?: string; given?: unknown } = {};

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly speak: Speak,
  ) {
    host.addController(this);
  }

  /** Call when `profile-src` or `.profile` changes; `.profile` wins when both are set. */
  use(src: string | undefined, given: unknown): void {
    this.wanted = { src, given };
    this.abort?.abort();
    const request = ++this.request;
    if (given !== undefined && given !== null) {
      if (given === defaultProfile) this.settle(request, { status: 'ready', profile: defaultProfile });
      else void this.check(request, given, () => msg('The profile set on this element'));
    } else if (src) {
      void this.fetchProfile(request, src);
    } else {
      this.settle(request, { status: 'ready', profile: defaultProfile });
    }
  }

  hostConnected(): void {
    // A fetch cut off by removing the element starts again when it is put back.
    if (this.state.status === 'loading') this.use(this.wanted.src, this.wanted.given);
  }

  hostDisconnected(): void {
    // Not a failure: the load starts again if the element is put back (hostConnected).
    this.abort?.abort(DISCONNECTED);
  }

  private async fetchProfile(request: number, src: string): Promise<void> {
    this.settle(request, { status: 'loading' });
    const abort = new AbortController();
    this.abort = abort;
    const timer = setTimeout(() => abort.abort(TIMED_OUT), FETCH_TIMEOUT_MS);
    const where = () => msg(str`The profile at "${src}"`);
    const tooLarge = () => {
      // Hang up as well: the rest of a 300 MB answer is not downloaded in the background.
      abort.abort(TOO_LARGE);
      this.fail(request, () => {
        const limit = formatQuantity(MAX_PROFILE_BYTES / 1_000_000, 'megabyte', speakingLocale());
        return msg(str`${where()} is larger than ${limit}, so it cannot be a profile.`);
      });
    };
    let text: string | undefined;
    try {
      // Only the page's own choice of URL is fetched; credentials stay same-origin.
      const response = await fetch(src, { signal: abort.signal, credentials: 'same-origin' });
      if (!response.ok) {
        const { status, statusText } = response;
        return this.fail(request, () => msg(str`${where()} could not be loaded: the server answered ${status} ${statusText}.`));
      }
      if (Number(response.headers.get('content-length') ?? 0) > MAX_PROFILE_BYTES) return tooLarge();
      text = await readAtMost(response, MAX_PROFILE_BYTES);
    } catch {
      // Removed from the page mid-load: nothing failed, and hostConnected starts again.
      if (request !== this.request || abort.signal.reason === DISCONNECTED) return;
      const timedOut = abort.signal.reason === TIMED_OUT;
      // Worded when shown, so speakingLocale() is the widget's language (see inLocale).
      const limit = () => formatQuantity(FETCH_TIMEOUT_MS / 1000, 'second', speakingLocale());
      const reason = () => (timedOut ? msg(str`it took longer than ${limit()}`) : msg('the network request failed'));
      return this.fail(request, () => msg(str`${where()} could not be loaded: ${reason()}.`));
    } finally {
      clearTimeout(timer);
    }
    if (text === undefined) return tooLarge();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const detail = (error as Error).message;
      return this.fail(request, () => msg(str`${where()} is not valid JSON: ${detail}`));
    }
    await this.check(request, json, where);
  }

  private async check(request: number, json: unknown, where: () => string): Promise<void> {
    if (this.state.status !== 'loading') this.settle(request, { status: 'loading' });
    const { parseProfileOn, ProfileError } = await import('../../engine/parse-profile.js');
    try {
      // On the built-in profile as this file carries it: only the parts its widgets read.
      this.settle(request, { status: 'ready', profile: parseProfileOn(json, defaultProfile) });
    } catch (error) {
      if (!(error instanceof ProfileError)) throw error;
      this.fail(request, () => msg(str`${where()} is not a valid guidance profile.`), error.issues);
    }
  }

  private fail(request: number, problem: () => string, issues: readonly ProfileIssue[] = []): void {
    if (request !== this.request) return;
    // Editors look in the console first; the element shows the same words on the page.
    console.error(`<${this.host.localName}>: ${this.speak(problem)}`, ...issues.map(({ path, message }) => `\n  ${path}: ${message}`));
    this.settle(request, { status: 'error', problem, issues });
  }

  private settle(request: number, state: ProfileState): void {
    if (request !== this.request) return;
    this.state = state;
    this.host.requestUpdate();
  }
}

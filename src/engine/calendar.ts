import { addDays, formatIsoDate, parseIsoDate } from './iso-date.js';
import type { ScheduleEntry } from './plan.js';

export interface CalendarOptions {
  /** The calendar's name, shown by calendar apps when importing. */
  title: string;
  /** BCP 47 tag of the text, written as the LANGUAGE of each summary. */
  locale?: string;
  /**
   * The summary of each event, already in the reader's language. The engine has no
   * words of its own; by default it writes plain English.
   */
  summary?: (entry: ScheduleEntry) => string;
  /** The creation time written as DTSTAMP; defaults to now. */
  now?: Date;
  /** A reminder at 9 am the day before each injection and review. Default true. */
  reminders?: boolean;
  /**
   * Names this person's plan in their calendar. Export the same plan again with the same
   * id (after moving its start date, say) and calendar apps replace its events rather
   * than add a second set. Letters, digits and hyphens; by default a new random id, so
   * that two people's plans never share an event.
   */
  planId?: string;
}

/** An all-day event starts at midnight: 15 hours before is 9 am the day before. */
const REMINDER_TRIGGER = '-PT15H';

const CRLF = '\r\n';

/** RFC 5646 language tags only: anything else in a LANGUAGE parameter could end the line. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * A schedule as an iCalendar file (RFC 5545) of all-day events, one per injection or
 * review, that imports into common calendar apps.
 *
 * An event's UID is the plan's id, the entry's kind and its place among entries of that
 * kind ("the 3rd dose"), never its date: exporting the same plan again after a change
 * moves its events instead of doubling them, and SEQUENCE rises with each export so the
 * newer copy wins. (If the new plan has fewer events, the extra old ones stay: a
 * calendar file can only say what it holds.)
 */
export function toICalendar(schedule: readonly ScheduleEntry[], options: CalendarOptions): string {
  const summary = options.summary ?? englishSummary;
  const now = options.now ?? new Date();
  const stamp = utcStamp(now);
  const language = options.locale && LANGUAGE_TAG.test(options.locale) ? `;LANGUAGE=${options.locale}` : '';
  const reminders = options.reminders !== false;
  const planId = options.planId?.replace(/[^A-Za-z0-9-]/g, '') || newPlanId();
  // Whole seconds since 1970: later exports of a plan have a higher SEQUENCE.
  const sequence = Math.max(0, Math.floor(now.getTime() / 1000));
  const ordinals = new Map<string, number>();

  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//b12-widgets//Treatment plan//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(options.title)}`];
  schedule.forEach((entry) => {
    const day = parseIsoDate(entry.date);
    if (!day) return;
    const text = escapeText(summary(entry));
    const kind = entry.reviewId ?? entry.kind;
    const ordinal = (ordinals.get(kind) ?? 0) + 1;
    ordinals.set(kind, ordinal);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${planId}-${kind}-${ordinal}@b12-widgets`,
      `SEQUENCE:${sequence}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(day)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(day, 1))}`,
      `SUMMARY${language}:${text}`,
      // All-day reminders should not block the person's day as busy.
      'TRANSP:TRANSPARENT',
      // A day's notice to arrange an injection or book the review.
      ...(reminders ? ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${REMINDER_TRIGGER}`, `DESCRIPTION${language}:${text}`, 'END:VALARM'] : []),
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function englishSummary(entry: ScheduleEntry): string {
  if (entry.reviewId === 'treatment-review') return 'B12 treatment review with your GP';
  return entry.kind === 'review' ? 'B12 treatment: review with your clinician' : `B12 injection${entry.doseMicrograms ? ` (${entry.doseMicrograms} micrograms)` : ''}`;
}

function basicDate(date: Date): string {
  return formatIsoDate(date).replaceAll('-', '');
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. Other
 * control characters are not allowed in TEXT at all and are dropped; a lone CR is a
 * line break like any other, never the start of a new property line.
 */
function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * A new plan id for `toICalendar`: keep it while the plan is the same person's, so that
 * each export replaces the last. 128 random bits as hex (crypto.getRandomValues works on
 * plain http pages too, unlike randomUUID).
 */
export function newPlanId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and a space. Octets,
 * not characters, so Welsh or Urdu text is measured in UTF-8 bytes, and a fold never
 * splits a character.
 */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (currentBytes + bytes > limit) {
      parts.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

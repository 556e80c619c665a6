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
}

/** An all-day event starts at midnight: 15 hours before is 9 am the day before. */
const REMINDER_TRIGGER = '-PT15H';

const CRLF = '\r\n';

/**
 * A schedule as an iCalendar file (RFC 5545) of all-day events, one per injection or
 * review, that imports into common calendar apps. UIDs are derived from the date and
 * kind, so importing an updated plan replaces events instead of doubling them.
 */
export function toICalendar(schedule: readonly ScheduleEntry[], options: CalendarOptions): string {
  const summary = options.summary ?? englishSummary;
  const stamp = utcStamp(options.now ?? new Date());
  const language = options.locale ? `;LANGUAGE=${options.locale}` : '';
  const reminders = options.reminders !== false;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//b12-widgets//Treatment plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.title)}`,
  ];
  schedule.forEach((entry, index) => {
    const day = parseIsoDate(entry.date);
    if (!day) return;
    const text = escapeText(summary(entry));
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.date}-${entry.reviewId ?? entry.phaseId}-${entry.kind}-${index}@b12-widgets`,
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
  return entry.kind === 'review'
    ? 'B12 treatment: review with your clinician'
    : `B12 injection${entry.doseMicrograms ? ` (${entry.doseMicrograms} micrograms)` : ''}`;
}

function basicDate(date: Date): string {
  return formatIsoDate(date).replaceAll('-', '');
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
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

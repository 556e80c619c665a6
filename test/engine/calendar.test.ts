import { buildTreatmentPlan, toICalendar } from '../../src/engine/index.js';
import { describe, expect, it } from './harness.js';

/** A minimal RFC 5545 reader: unfolds lines and collects each VEVENT's properties and its VALARMs. */
function parseICalendar(text: string) {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const lines = unfolded.split('\r\n').filter(Boolean);
  type Event = Record<string, string> & { alarms?: Record<string, string>[] };
  const events: Event[] = [];
  let current: Event | undefined;
  let alarm: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = undefined;
    } else if (line === 'BEGIN:VALARM') alarm = {};
    else if (line === 'END:VALARM') {
      (current!.alarms ??= []).push(alarm!);
      alarm = undefined;
    } else if (current) {
      const colon = line.indexOf(':');
      (alarm ?? current)[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return { lines, events };
}

const unescapeText = (text: string) => text.replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1');

describe('toICalendar', () => {
  const plan = buildTreatmentPlan({ cause: 'autoimmune-gastritis', neurologicalSymptoms: true, startDate: '2026-12-01' });
  const now = new Date('2026-11-25T09:30:00.123Z');
  const ics = toICalendar(plan.schedule, { title: 'My B12 plan', now });

  it('is a VCALENDAR with CRLF line ends and a trailing CRLF', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.equal(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
  });

  it('has one all-day event per schedule entry, parsed back to the same dates', () => {
    const { events } = parseICalendar(ics);
    expect(events).to.have.length(plan.schedule.length);
    events.forEach((event, i) => {
      expect(event['DTSTART;VALUE=DATE']).to.equal(plan.schedule[i].date.replaceAll('-', ''));
      expect(event.DTSTAMP).to.equal('20261125T093000Z');
      expect(event.UID).to.match(/^[\w-]+@b12-widgets$/);
    });
    expect(events[0]['DTEND;VALUE=DATE']).to.equal('20261202');
  });

  it('gives every event a unique UID, stable across exports of the same plan', () => {
    const uids = parseICalendar(ics).events.map((e) => e.UID);
    expect(new Set(uids).size).to.equal(uids.length);
    const once = parseICalendar(toICalendar(plan.schedule, { title: 'My B12 plan', planId: 'mine' })).events.map((e) => e.UID);
    const again = parseICalendar(toICalendar(plan.schedule, { title: 'My B12 plan', planId: 'mine' })).events.map((e) => e.UID);
    expect(again).to.deep.equal(once);
  });

  it('names doses, the loading review and NG239’s treatment review differently', () => {
    const summaries = parseICalendar(ics).events.map((e) => e.SUMMARY);
    expect(summaries[0]).to.equal('B12 injection (1000 micrograms)');
    expect(summaries).to.include('B12 treatment: review with your clinician');
    expect(summaries).to.include('B12 treatment review with your GP');
  });

  it('carries NG239’s treatment review as an event of its own, 3 months after the first dose', () => {
    const review = parseICalendar(ics).events.find((e) => e.SUMMARY === 'B12 treatment review with your GP')!;
    expect(review['DTSTART;VALUE=DATE']).to.equal('20270301');
  });

  it('reminds the person at 9 am the day before every injection and review, unless asked not to', () => {
    const { events } = parseICalendar(ics);
    for (const event of events) {
      expect(event.alarms, event.SUMMARY).to.have.length(1);
      const [alarm] = event.alarms!;
      // An all-day event starts at midnight: 15 hours before is 9 am the day before.
      expect(alarm).to.deep.equal({ ACTION: 'DISPLAY', TRIGGER: '-PT15H', DESCRIPTION: event.SUMMARY });
    }
    const quiet = parseICalendar(toICalendar(plan.schedule, { title: 'My B12 plan', reminders: false }));
    expect(quiet.events.every((e) => e.alarms === undefined)).to.equal(true);
    expect(quiet.lines).not.to.include('BEGIN:VALARM');
  });

  it('uses the caller’s words and language for summaries', () => {
    const welsh = toICalendar(plan.schedule.slice(0, 1), { title: 'Fy nghynllun', locale: 'cy', summary: () => 'Pigiad B12' });
    expect(parseICalendar(welsh).events[0]['SUMMARY;LANGUAGE=cy']).to.equal('Pigiad B12');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    const title = 'Plan; B12, folate \\ iron\nline two';
    const escaped = toICalendar([], { title });
    const line = parseICalendar(escaped).lines.find((l) => l.startsWith('X-WR-CALNAME:'))!;
    expect(line).to.equal('X-WR-CALNAME:Plan\\; B12\\, folate \\\\ iron\\nline two');
    expect(unescapeText(line.slice('X-WR-CALNAME:'.length))).to.equal(title);
  });

  it('folds lines at 75 octets without splitting a character', () => {
    const summary = () => 'ویٹامن بی 12 کا انجکشن — '.repeat(6);
    const folded = toICalendar(plan.schedule.slice(0, 1), { title: 'x', summary });
    const encoder = new TextEncoder();
    for (const line of folded.split('\r\n')) expect(encoder.encode(line).length).to.be.at.most(75);
    expect(folded).not.to.include('\uFFFD');
    expect(parseICalendar(folded).events[0].SUMMARY).to.equal(summary());
  });

  it('an empty schedule is a valid calendar with no events', () => {
    const { events } = parseICalendar(toICalendar([], { title: 'Empty' }));
    expect(events).to.deep.equal([]);
  });
});

import { msg, str } from '@lit/localize';
import { isAlternativeId, type Alternative, type PlanPhase, type PlanReview, type ScheduleEntry } from '../../engine/index.js';
import { formatNumber } from '../../i18n/format.js';
import { durationDays, durationMonths, durationWeeks, everyDays, everyMonths, injectionsOver } from '../shared/count-words.js';

// Medicine names stay as they are in every language: they are what is on the box.
const MEDICINE_NAMES = { hydroxocobalamin: 'Hydroxocobalamin', cyanocobalamin: 'Cyanocobalamin' } as const;

export function phaseHeading(phase: PlanPhase): string {
  switch (phase.id) {
    case 'loading':
      return msg('First: loading doses');
    case 'neurological-loading':
      return msg('First: loading doses every other day');
    case 'maintenance':
      return msg('Then: maintenance doses');
  }
}

/** What the medicine is and how it is given, in one line. */
function medicineLine(phase: Pick<PlanPhase, 'medicine' | 'route' | 'doseMicrograms' | 'doseMicrogramsMax'>, locale: string): string {
  const name = MEDICINE_NAMES[phase.medicine];
  const dose =
    phase.doseMicrogramsMax === undefined
      ? msg(str`${formatNumber(phase.doseMicrograms, locale)} micrograms`)
      : msg(str`${formatNumber(phase.doseMicrograms, locale)} to ${formatNumber(phase.doseMicrogramsMax, locale)} micrograms`);
  return phase.route === 'intramuscular' ? msg(str`${name} ${dose}, by injection into a muscle.`) : msg(str`${name} ${dose}, as a tablet.`);
}

/** The phase in short sentences: medicine, how often, for how long. Figures come from the phase. */
export function phaseSentences(phase: PlanPhase, locale: string): string[] {
  const sentences = [medicineLine(phase, locale)];
  const n = (value: number) => formatNumber(value, locale);

  if (phase.doses !== undefined && phase.durationDays !== undefined) {
    const weeks = phase.durationDays / 7;
    const over = Number.isInteger(weeks) ? durationWeeks(weeks, locale) : durationDays(phase.durationDays, locale);
    sentences.push(injectionsOver(phase.doses, over, locale));
  }
  if (phase.intervalMonths !== undefined) {
    sentences.push(everyMonths(phase.intervalMonths, locale));
    if (phase.intervalMonthsMin !== undefined) {
      sentences.push(msg(str`Guidance allows every ${n(phase.intervalMonthsMin)} to ${n(phase.intervalMonths)} months. Ask whether the shorter gap suits you.`));
    }
  } else if (phase.everyDays === 1) {
    sentences.push(msg('Every day.'));
  } else if (phase.everyDays !== undefined) {
    sentences.push(everyDays(phase.everyDays, locale));
  }
  if (phase.untilNoFurtherImprovement) {
    sentences.push(msg('Keep going until your symptoms stop getting better. This is called “until no further improvement”: you and your clinician decide together when you have reached it.'));
  }
  if (phase.continues) sentences.push(continuesWords(phase.continues));
  return sentences;
}

function continuesWords(continues: NonNullable<PlanPhase['continues']>): string {
  switch (continues) {
    case 'lifelong':
      return msg('For the rest of your life.');
    case 'lifelong-if-cause-irreversible':
      return msg('For the rest of your life if the cause cannot be reversed, for example after an operation on your stomach or bowel. Otherwise, until your GP has reviewed the cause.');
    case 'while-medication-continues':
      return msg('For as long as you take the medicine that caused it, with regular reviews.');
    case 'while-diet-lacks-b12':
      return msg('For as long as your diet does not give you enough B12.');
    case 'until-cause-known':
      return msg('Until the cause is found. Until then, treat it as lifelong.');
    case 'until-reviewed':
      return msg('Until your clinician reviews it.');
  }
}

/** Another way guidance allows, in words. Undefined for an alternative the profile words itself. */
export function alternativeWords(alternative: Alternative, locale: string): string | undefined {
  const { id, doseMicrograms } = alternative;
  if (!isAlternativeId(id)) return undefined;
  switch (id) {
    case 'oral-if-preferred':
      return doseMicrograms === undefined
        ? msg('If you prefer tablets to injections, guidance also allows B12 tablets, with regular reviews. Your GP will tell you the dose. Talk to your GP about it.')
        : msg(
            str`If you prefer tablets and have no problems with your nerves, guidance also allows at least this every day: ${medicineLine({ ...alternative, doseMicrograms }, locale)} Talk to your GP about it.`,
          );
    case 'diet-oral-first':
      return doseMicrograms === undefined
        ? msg('NICE guidance starts with advice on your diet and B12 tablets you can buy, instead of injections. Talk to your GP about which suits you.')
        : msg(
            str`NICE guidance starts with advice on your diet and B12 tablets you can buy, instead of injections. The dose in the British National Formulary (BNF) is: ${medicineLine({ ...alternative, doseMicrograms }, locale)} Every day. Talk to your GP about which suits you.`,
          );
  }
}

/** NG239's review of how the treatment is going. */
export function reviewWords(review: PlanReview, locale: string): string {
  return msg(str`Review with your GP after ${durationMonths(review.afterMonths, locale)} of treatment: how your symptoms are, how the treatment suits you, and whether the cause is known.`);
}

export function scheduleEntryWords(entry: Pick<ScheduleEntry, 'kind' | 'reviewId' | 'doseMicrograms'>, locale: string): string {
  if (entry.reviewId === 'treatment-review') return msg('Treatment review with your GP');
  return entry.kind === 'review'
    ? msg('Review with your clinician: a date this guide chose for planning. Your clinician decides when loading stops.')
    : msg(str`B12 injection, ${formatNumber(entry.doseMicrograms ?? 0, locale)} micrograms`);
}

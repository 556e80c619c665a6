import { msg, str } from '@lit/localize';
import type { Warning } from '../../engine/index.js';

export interface WarningWords {
  title: string;
  body: string;
}

/**
 * What each safety warning says to a patient, in plain words. The figures come from the
 * warning itself (the engine's safety rules), never from here.
 */
export function warningWords(warning: Warning, formatNumber: (value: number) => string): WarningWords {
  const figure = (name: string) => formatNumber(warning.figures?.[name] ?? Number.NaN);
  switch (warning.id) {
    case 'folate-before-b12':
      return {
        title: msg('Do not start folic acid before your B12 treatment'),
        body: msg(
          'Taking folic acid on its own while your B12 is low can hide anaemia while nerve damage gets worse. Start folic acid only once your B12 injections have started, or when a doctor tells you to.',
        ),
      };
    case 'b6-supplement-limit':
      return {
        title: msg(str`Take no more than ${figure('maxDailyMilligrams')} mg of vitamin B6 a day`),
        body: msg(
          str`Do not take more than ${figure('maxDailyMilligrams')} mg a day of vitamin B6 from supplements unless a doctor tells you to. Too much B6 over a long time can damage your nerves.`,
        ),
      };
    case 'b6-above-range':
      return {
        title: msg('Your vitamin B6 is higher than the usual range'),
        body: msg('Stop taking any supplements that contain vitamin B6 and tell your GP. Too much B6 can damage your nerves.'),
      };
    case 'ferritin-inflammation':
      return {
        title: msg('Ferritin can look normal when iron is low'),
        body: msg(
          str`Ferritin goes up when you have an infection or inflammation, so a normal result can hide low iron. With inflammation, ferritin up to about ${figure('ferritinUpTo')} µg/L can still mean your iron is low.`,
        ),
      };
    case 'ferritin-above-range':
      return {
        title: msg('Your ferritin is higher than the usual range'),
        body: msg('Do not take iron supplements. Ask your GP about this result.'),
      };
    case 'b12-above-range':
      return warning.severity === 'info'
        ? { title: msg('Your B12 is high'), body: msg('This is expected while you are having B12 treatment.') }
        : {
            title: msg('Your B12 is higher than the usual range'),
            body: msg('If you are not having B12 treatment, ask your GP about this result.'),
          };
    case 'neurological-urgent':
      return {
        title: msg('Get treatment urgently'),
        body: msg(
          'Problems with your nerves, such as numbness, tingling, memory problems or trouble walking, need B12 treatment urgently to stop lasting damage. Contact your GP today, or call 111.',
        ),
      };
    case 'pregnancy':
      return {
        title: msg('Pregnant or breastfeeding'),
        body: msg(
          str`Your GP or midwife should review your treatment. Guidance says to check how you are doing after about ${figure('reviewAfterMonths')} month of treatment.`,
        ),
      };
    case 'nitrous-oxide':
      return {
        title: msg('Stop using nitrous oxide'),
        body: msg('Nitrous oxide ("laughing gas") uses up B12. Stop using it and get checked urgently, especially if you have numbness, tingling or weakness.'),
      };
    case 'cause-unknown':
      return {
        title: msg('The cause should be found'),
        body: msg('Ask your GP to find out why your B12 is low. Until the cause is known, treatment is usually for life.'),
      };
    default:
      // A warning this version has no words for is still shown, never dropped.
      return { title: msg('Safety warning'), body: msg(str`Ask your GP about this (${warning.id}).`) };
  }
}

export function severityLabel(severity: Warning['severity']): string {
  switch (severity) {
    case 'urgent':
      return msg('Urgent');
    case 'caution':
      return msg('Warning');
    case 'info':
      return msg('Important');
  }
}

import { msg, str } from '@lit/localize';
import type { ResultWarning } from '../../engine/index.js';
import { durationMonths } from './count-words.js';
import { sameDayEmergencyWords } from './emergency-words.js';
import { fallbackWarningWords, type WarningWords } from './warning-list.js';

/**
 * What each safety warning says to a patient, in plain words. The figures come from the
 * warning itself (the engine's safety rules), never from here.
 */
export function warningWords(warning: ResultWarning, locale: string, formatNumber: (value: number) => string): WarningWords {
  const figure = (name: string) => [formatNumber(warning.figures?.[name] ?? Number.NaN), warning.units?.[name]].filter(Boolean).join(' ');
  const id = warning.id;
  switch (id) {
    case 'folate-before-b12':
      return warning.severity === 'urgent'
        ? {
            title: msg('Do not start folic acid before your B12 treatment'),
            body: msg(
              'Taking folic acid on its own while your B12 is low can hide anaemia while nerve damage gets worse. Start folic acid only once your B12 injections have started, or when a doctor tells you to.',
            ),
          }
        : {
            title: msg('Ask about folic acid before you take it'),
            body: msg(
              'Ask your GP to check your folate. If it is low, start folic acid only once your B12 injections have started, or when a doctor tells you to. Taking folic acid on its own while your B12 is low can hide anaemia while nerve damage gets worse.',
            ),
          };
    case 'folate-b12-normal':
      // Never "normal": the result may be above the range.
      return {
        title: msg('Your B12 result does not suggest deficiency'),
        body: msg(
          'So folic acid is usually fine to take: ask your GP or pharmacist how much. But if you use nitrous oxide ("laughing gas"), or have numbness, tingling or problems walking, ask your GP before taking folic acid.',
        ),
      };
    case 'folate-pregnancy':
      // Nothing here may read as "stop at 12 weeks": a low folate in pregnancy may need more.
      return {
        title: msg('Your folate is low: do not stop folic acid in pregnancy'),
        body: `${msg(
          str`Your folate is low. Do not stop or hold back folic acid in pregnancy. Tell your midwife or GP now: they may prescribe a higher dose than the usual ${figure('folicAcidMicrogramsPerDay')} micrograms.`,
        )} ${
          warning.wording === 'start-b12-treatment' ? msg('Make sure your B12 treatment starts promptly.') : msg('Ask for your B12 to be checked too. Active B12 is the better test in pregnancy.')
        }`,
      };
    case 'b6-supplement-limit':
      return {
        title: msg(str`Vitamin B6 from supplements: no more than ${figure('maxDailyMilligrams')} mg a day`),
        body: msg(
          str`Do not take more than ${figure('maxDailyMilligrams')} mg a day of vitamin B6 from supplements unless a doctor tells you to. Count the B6 in multivitamins, vitamin B complex tablets and energy drinks too. Too much B6 over a long time can damage your nerves, and the damage can look like B12 deficiency.`,
        ),
      };
    case 'b6-above-range':
      return {
        title: msg('Your B6 is above your lab’s range'),
        body: msg(
          'Stop vitamin B6 supplements you bought yourself, and check multivitamins, vitamin B complex tablets and energy drinks too, unless a doctor prescribed them. Tell your GP: too much B6 can damage your nerves.',
        ),
      };
    case 'ferritin-inflammation':
      return {
        title: msg('Ferritin can look normal when iron is low'),
        body: msg(
          str`Ferritin goes up when you have an infection or inflammation, so a normal result can hide low iron. With inflammation, ferritin up to about ${figure('ferritinUpTo')} can still mean your iron is low.`,
        ),
      };
    case 'ferritin-above-range':
      return {
        title: msg('Your ferritin is higher than the usual range'),
        body: msg('Ask your GP about this result before you take any iron.'),
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
        title: msg('Get treatment urgently', { desc: 'Title of an urgent warning: a command to the reader, not a statement.' }),
        body: `${msg('Problems with your nerves, such as numbness, tingling or memory problems, need B12 treatment started urgently to stop lasting damage. See a GP today or call 111.', {
          desc: 'Urgent safety words. Keep every instruction as an instruction (\"get\", \"call\", \"go\", \"contact\"), never as a statement (\"you will get\") or a possibility (\"you may get\").',
        })} ${sameDayEmergencyWords()}`,
      };
    case 'pregnancy':
      return {
        title: msg('Pregnant, planning a pregnancy or breastfeeding'),
        body: msg(
          str`Your GP or midwife should review your treatment. In pregnancy or breastfeeding, guidance says to review it after ${durationMonths(warning.figures?.reviewAfterMonths ?? Number.NaN, locale)} of treatment.`,
        ),
      };
    case 'nitrous-oxide':
      return {
        title: msg('Stop using nitrous oxide'),
        body: msg(
          'Nitrous oxide ("laughing gas") stops B12 working in your body. Stop using it and get checked urgently, especially if you have numbness, tingling or weakness. A normal B12 blood test does not rule out B12 deficiency in people who use nitrous oxide.',
          {
            desc: 'Urgent safety words. Keep every instruction as an instruction (\"get\", \"call\", \"go\", \"contact\"), never as a statement (\"you will get\") or a possibility (\"you may get\").',
          },
        ),
      };
    case 'medicine-do-not-stop':
      return {
        title: msg('Do not stop your medicine on your own'),
        body: msg('Do not stop taking metformin, a PPI or any other prescribed medicine because of your B12. Talk to your GP first.'),
      };
    case 'cause-unknown':
      return {
        title: msg('The cause should be found'),
        body: msg('Your GP should look for the cause. Until it is known, keep having treatment: for some causes it is for life.'),
      };
  }
  // A warning from a newer engine that this version has no words for is still shown, never dropped.
  return fallbackWarningWords(id satisfies never);
}

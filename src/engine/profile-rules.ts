import type { Profile } from './profile-shape.js';
import { isDiarySymptomId } from './diary-symptoms.js';
import { laboratoryIssues } from './laboratory-rules.js';
import { ANALYTES, CAUSES, COFACTOR_ADVICE_IDS, isAdviceId, isAlternativeId } from './types.js';
import { acceptedUnits, unitKey } from './units.js';

/** The language a profile's own texts must at least be in: the widgets fall back to it. */
const FALLBACK_TEXT_LOCALE = 'en-GB';

/** One thing wrong with a profile, at a path such as `analytes.folate.thresholds`. */
export interface ProfileIssue {
  path: string;
  message: string;
}

/**
 * The rules a well-shaped profile must still meet to be clinically coherent. Each is a
 * statement a clinician could check: bands in order, every unit reachable from the
 * canonical one, every cited source present, a loading schedule with one day per dose,
 * every piece of advice with its position and words.
 */
export function profileRuleIssues(profile: Profile): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const cite = (path: string, ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) {
      if (!Object.hasOwn(profile.sources, id)) issues.push({ path, message: `cites source "${id}", which is not in "sources"` });
    }
  };

  cite('audience.sources', profile.audience.sources);

  for (const analyte of ANALYTES) {
    const guidance = profile.analytes[analyte];
    const path = `analytes.${analyte}`;
    const { deficientBelow, optimalFrom, upperLimit } = guidance.thresholds;
    if (optimalFrom < deficientBelow) {
      issues.push({ path: `${path}.thresholds.optimalFrom`, message: `optimalFrom (${optimalFrom}) is below deficientBelow (${deficientBelow})` });
    }
    if (upperLimit !== undefined && upperLimit < optimalFrom) {
      issues.push({ path: `${path}.thresholds.upperLimit`, message: `upperLimit (${upperLimit}) is below optimalFrom (${optimalFrom})` });
    }
    if (guidance.plausibleMax <= (upperLimit ?? optimalFrom)) {
      issues.push({ path: `${path}.plausibleMax`, message: 'plausibleMax must be above every threshold' });
    }
    if (upperLimit !== undefined && !guidance.thresholdBasis.upperLimit) {
      issues.push({ path: `${path}.thresholdBasis.upperLimit`, message: 'upperLimit has no position and sources' });
    }
    guidance.conversions.forEach(({ from, to }, i) => {
      const canonical = unitKey(guidance.canonicalUnit);
      if (unitKey(from) !== canonical && unitKey(to) !== canonical) {
        issues.push({ path: `${path}.conversions.${i}`, message: `neither "${from}" nor "${to}" is the canonical unit "${guidance.canonicalUnit}"` });
      }
    });
    const seen = new Set<string>();
    for (const { unit } of acceptedUnits(guidance)) {
      if (seen.has(unitKey(unit))) issues.push({ path: `${path}.conversions`, message: `unit "${unit}" is defined more than once` });
      seen.add(unitKey(unit));
    }
    for (const [threshold, basis] of Object.entries(guidance.thresholdBasis)) cite(`${path}.thresholdBasis.${threshold}.sources`, basis?.sources);
  }

  const { loading, neurologicalLoading, causes } = profile.plans;
  if (loading.scheduleDays.length !== loading.doses) {
    issues.push({ path: 'plans.loading.scheduleDays', message: `has ${loading.scheduleDays.length} days for ${loading.doses} doses` });
  }
  if (loading.scheduleDays.some((day, i) => i > 0 && day <= loading.scheduleDays[i - 1])) {
    issues.push({ path: 'plans.loading.scheduleDays', message: 'days must rise' });
  }
  if (loading.scheduleDays.some((day) => day >= loading.durationDays)) {
    issues.push({ path: 'plans.loading.scheduleDays', message: `every day must fall within durationDays (${loading.durationDays})` });
  }
  if (neurologicalLoading.reviewDay <= neurologicalLoading.scheduleThroughDay) {
    issues.push({ path: 'plans.neurologicalLoading.reviewDay', message: 'the review must come after the last scheduled dose' });
  }
  cite('plans.loading.sources', loading.sources);
  cite('plans.neurologicalLoading.sources', neurologicalLoading.sources);
  cite('plans.review.sources', profile.plans.review.sources);

  for (const cause of CAUSES) {
    for (const group of ['withoutNeurologicalSymptoms', 'withNeurologicalSymptoms'] as const) {
      const phase = causes[cause][group];
      const path = `plans.causes.${cause}.${group}`;
      if (phase.route === 'intramuscular' && phase.intervalMonths === undefined) {
        issues.push({ path: `${path}.intervalMonths`, message: 'an injected maintenance phase needs intervalMonths' });
      }
      if (phase.route === 'oral' && phase.everyDays === undefined) {
        issues.push({ path: `${path}.everyDays`, message: 'an oral maintenance phase needs everyDays' });
      }
      if (phase.intervalMonthsMin !== undefined && phase.intervalMonths !== undefined && phase.intervalMonthsMin > phase.intervalMonths) {
        issues.push({ path: `${path}.intervalMonthsMin`, message: 'intervalMonthsMin is above intervalMonths' });
      }
      if (phase.doseMicrogramsMax !== undefined && phase.doseMicrogramsMax < phase.doseMicrograms) {
        issues.push({ path: `${path}.doseMicrogramsMax`, message: 'doseMicrogramsMax is below doseMicrograms' });
      }
      cite(`${path}.sources`, phase.sources);
    }
    cite(`plans.causes.${cause}.loadingBasis.sources`, causes[cause].loadingBasis?.sources);
    causes[cause].alternatives?.forEach((alternative, i) => {
      const path = `plans.causes.${cause}.alternatives.${i}`;
      cite(`${path}.sources`, alternative.sources);
      if (!isAlternativeId(alternative.id) && !hasOwnWords(profile, alternative.id)) issues.push({ path: `${path}.id`, message: unwordedMessage(alternative.id) });
    });
  }

  issues.push(...adviceIssues(profile), ...diaryIssues(profile), ...laboratoryIssues(profile));
  profile.diary?.symptoms.forEach((symptom, i) => cite(`diary.symptoms.${i}.sources`, symptom.sources));
  for (const [id, basis] of Object.entries(profile.advice)) {
    cite(`advice.${id}.sources`, basis.sources);
    cite(`advice.${id}.whenDeficient.sources`, basis.whenDeficient?.sources);
  }
  return issues;
}

/**
 * Advice is shown with whose position it is, so every piece the engine can give needs a
 * basis; and advice the profile names itself needs words, or a widget would show a blank.
 */
function adviceIssues(profile: Profile): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  for (const id of COFACTOR_ADVICE_IDS) {
    if (!Object.hasOwn(profile.advice, id)) issues.push({ path: `advice.${id}`, message: 'is missing: every piece of advice needs its positions and sources' });
  }
  profile.plans.injectedMaintenanceAdvice.forEach((id, i) => {
    const path = `plans.injectedMaintenanceAdvice.${i}`;
    if (!Object.hasOwn(profile.advice, id)) issues.push({ path, message: `names advice "${id}", which has no entry in "advice"` });
    if (!isAdviceId(id) && !hasOwnWords(profile, id)) issues.push({ path, message: unwordedMessage(id) });
  });
  return issues;
}

/** A diary asks each symptom once, and shows words for each. */
function diaryIssues(profile: Profile): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const seen = new Set<string>();
  profile.diary?.symptoms.forEach(({ id }, i) => {
    const path = `diary.symptoms.${i}.id`;
    if (seen.has(id)) issues.push({ path, message: `"${id}" is listed twice` });
    seen.add(id);
    if (!isDiarySymptomId(id) && !hasOwnWords(profile, id)) {
      issues.push({ path, message: `"${id}" is not a symptom the widgets have words for: give its words in texts["${id}"]["${FALLBACK_TEXT_LOCALE}"]` });
    }
  });
  return issues;
}

function hasOwnWords(profile: Profile, id: string): boolean {
  const texts = profile.texts && Object.hasOwn(profile.texts, id) ? profile.texts[id] : undefined;
  return texts !== undefined && Object.hasOwn(texts, FALLBACK_TEXT_LOCALE) && texts[FALLBACK_TEXT_LOCALE].trim() !== '';
}

function unwordedMessage(id: string): string {
  return `"${id}" is not advice the widgets have words for: give its words in texts["${id}"]["${FALLBACK_TEXT_LOCALE}"]`;
}

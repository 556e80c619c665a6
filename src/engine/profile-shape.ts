import * as z from 'zod/mini';
import { laboratorySchema, webAddress } from './laboratory-shape.js';

/**
 * The shape of a guidance profile: the clinical figures the engine works from, each with
 * the ids of its sources. Only the shape lives here; rules that relate one field to
 * another (bands in order, units linked to the canonical unit, cited sources present)
 * are in `profile-rules.ts`, where they can be read as clinical statements.
 *
 * Built on `zod/mini` because the schema reaches the browser bundle whenever a page
 * passes its own profile; classic zod does not tree-shake.
 */

const positive = () => z.number().check(z.positive());
const nonNegative = () => z.number().check(z.nonnegative());
const sourceIds = () => z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

/*
 * Clinical upper bounds on every plan figure: well past any regimen in UK guidance, so a
 * typing mistake in a profile (2e8 days) is named for its editor instead of scheduled.
 */
/** Hydroxocobalamin is given as 1000 micrograms; oral cyanocobalamin up to 2000. */
const MAX_DOSE_MICROGRAMS = 5000;
/** Loading lasts weeks: six doses over two weeks, or alternate days for a few weeks. */
const MAX_LOADING_DAYS = 90;
const MAX_LOADING_DOSES = 45;
/** A review of the loading response comes within weeks of the last scheduled dose. */
const MAX_LOADING_REVIEW_DAY = 120;
/** From daily tablets to monthly. */
const MAX_EVERY_DAYS = 31;
/** The BNF's longest maintenance interval is 3 months; a year is far past it. */
const MAX_INTERVAL_MONTHS = 12;
const MAX_SCHEDULE_MONTHS_AHEAD = 36;
const MAX_AGE_YEARS = 120;

const dose = () => z.number().check(z.positive(), z.lte(MAX_DOSE_MICROGRAMS));
const loadingDays = () => z.int().check(z.nonnegative(), z.lte(MAX_LOADING_DAYS));
const everyDays = () => z.int().check(z.positive(), z.lte(MAX_EVERY_DAYS));
const intervalMonths = () => z.int().check(z.positive(), z.lte(MAX_INTERVAL_MONTHS));

/** Whose position a figure or a piece of advice is: see `Position` in `types.ts`. */
const positionSchema = z.enum(['national-guidance', 'nhs-laboratory', 'scientific-reference', 'support-group']);

const sourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  // Only web addresses: a javascript: or data: URL in a profile would run in the page.
  // Absent only for a figure still awaiting a primary source, which the title says.
  url: z.optional(webAddress()),
  year: z.optional(z.int()),
  kind: positionSchema,
});

/** Whose position one figure is and where it comes from. */
const figureBasisSchema = z.object({
  position: positionSchema,
  sources: sourceIds(),
  /**
   * Where laboratories print different figures for men and women and this one is typical
   * for men (ferritin's upper limit): the words then say so, and to go by the lab report.
   */
  typicalFor: z.optional(z.enum(['men'])),
  /**
   * For clinicians reading the profile: where a figure is this library's own reading of
   * a position rather than a number the source prints, or still awaits a primary source.
   */
  note: z.optional(z.string()),
});

const adviceBasisFields = {
  /** Whose position the advice is; several where they say the same thing. */
  positions: z.array(positionSchema).check(z.minLength(1)),
  sources: sourceIds(),
  note: z.optional(z.string()),
  /** Figures the advice's words need, such as `licensedIntervalMonths` (whole months, 1–12). */
  figures: z.optional(z.record(z.string(), z.int().check(z.gte(1), z.lte(12)))),
};

/** Whose position a piece of advice is and where it comes from. */
const adviceBasisSchema = z.object({
  ...adviceBasisFields,
  /** Where the same advice is someone else's position when the result is deficient, not just below optimal. */
  whenDeficient: z.optional(z.object(adviceBasisFields)),
});

/** `to = from × factor`, written the way the clinical reference writes it. */
const conversionSchema = z.object({
  from: z.string().check(z.minLength(1)),
  to: z.string().check(z.minLength(1)),
  factor: positive(),
});

const thresholdsSchema = z.object({
  /** Below this the value is deficient. */
  deficientBelow: nonNegative(),
  /** From this value up the level is optimal, not merely in range. */
  optimalFrom: nonNegative(),
  /** Above this the value is above the usual range; absent means no upper band. */
  upperLimit: z.optional(positive()),
});

const analyteSchema = z.object({
  canonicalUnit: z.string().check(z.minLength(1)),
  conversions: z.array(conversionSchema),
  thresholds: thresholdsSchema,
  /** Above this a value is almost surely a typing or unit mistake and is not assessed. */
  plausibleMax: positive(),
  /** Whose position each threshold is, and its sources; `upperLimit` is needed when the threshold is set. */
  thresholdBasis: z.object({
    deficientBelow: figureBasisSchema,
    optimalFrom: figureBasisSchema,
    upperLimit: z.optional(figureBasisSchema),
  }),
});

const medicineSchema = z.enum(['hydroxocobalamin', 'cyanocobalamin']);
const routeSchema = z.enum(['intramuscular', 'oral']);

const loadingSchema = z.object({
  medicine: medicineSchema,
  route: routeSchema,
  doseMicrograms: dose(),
  doses: z.int().check(z.positive(), z.lte(MAX_LOADING_DOSES)),
  durationDays: z.int().check(z.positive(), z.lte(MAX_LOADING_DAYS)),
  /** Days after the first dose on which each dose falls; one entry per dose. */
  scheduleDays: z.array(loadingDays()),
  position: positionSchema,
  sources: sourceIds(),
});

const neurologicalLoadingSchema = z.object({
  medicine: medicineSchema,
  route: routeSchema,
  doseMicrograms: dose(),
  everyDays: everyDays(),
  untilNoFurtherImprovement: z.boolean(),
  /** The dated schedule shows doses up to this day, then a review on `reviewDay`. */
  scheduleThroughDay: loadingDays(),
  reviewDay: z.int().check(z.nonnegative(), z.lte(MAX_LOADING_REVIEW_DAY)),
  position: positionSchema,
  sources: sourceIds(),
});

const continuesSchema = z.enum([
  'lifelong',
  /** For life where the cause cannot be reversed (after stomach or bowel surgery, say); otherwise until the GP reviews the cause. */
  'lifelong-if-cause-irreversible',
  'while-medication-continues',
  'while-diet-lacks-b12',
  'until-cause-known',
  'until-reviewed',
]);

const maintenanceSchema = z.object({
  medicine: medicineSchema,
  route: routeSchema,
  doseMicrograms: dose(),
  doseMicrogramsMax: z.optional(dose()),
  /** For a daily or regular oral medicine. */
  everyDays: z.optional(everyDays()),
  /** For injections: the interval the dated schedule uses (the longest allowed). */
  intervalMonths: z.optional(intervalMonths()),
  /** For injections: where the guideline's interval range starts, when it is a range. */
  intervalMonthsMin: z.optional(intervalMonths()),
  continues: continuesSchema,
  position: positionSchema,
  sources: sourceIds(),
});

const alternativeSchema = z.object({
  /** An id the elements turn into words (`oral-if-preferred`, `diet-oral-first`), or the profile's own with `texts`. */
  id: z.string().check(z.minLength(1)),
  medicine: medicineSchema,
  route: routeSchema,
  /** Absent where the source gives no dose, so that none is invented. */
  doseMicrograms: z.optional(dose()),
  doseMicrogramsMax: z.optional(dose()),
  everyDays: z.optional(everyDays()),
  position: positionSchema,
  sources: sourceIds(),
});

const causePlanSchema = z.object({
  /**
   * Whose position the standard loading phase is for this cause, where it is not that of
   * `plans.loading`: for a diet cause, NG239 starts with oral tablets, so injected loading
   * is the support group's alone.
   */
  loadingBasis: z.optional(figureBasisSchema),
  withoutNeurologicalSymptoms: maintenanceSchema,
  withNeurologicalSymptoms: maintenanceSchema,
  /** Offered only without neurological symptoms. */
  alternatives: z.optional(z.array(alternativeSchema)),
});

/** Months, for a review: at least one, at most a year. */
const reviewMonths = () => intervalMonths();

/** Most symptoms a diary check-in asks about: more would not fit a quick check-in on a phone. */
const MAX_DIARY_SYMPTOMS = 20;

/** A symptom the diary asks about, and where the list comes from. Its words are the widget's, or the profile's `texts[id]`. */
const diarySymptomSchema = z.object({
  id: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and hyphens, starting with a letter')),
  position: positionSchema,
  sources: sourceIds(),
  /**
   * A nerve symptom: severe, or quickly worse, brings the diary's urgent safety net. The
   * built-in nerve symptoms always do; this adds a profile's own.
   */
  neurological: z.optional(z.boolean()),
});

/** Per-locale text, keyed by BCP 47 tag; en-GB is the fallback. */
const localizedTextSchema = z.record(z.string(), z.string());

export const profileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  audience: z.object({ minimumAgeYears: z.int().check(z.nonnegative(), z.lte(MAX_AGE_YEARS)), sources: sourceIds() }),
  sources: z.record(z.string(), sourceSchema),
  analytes: z.object({
    vitaminB12: analyteSchema,
    activeB12: analyteSchema,
    folate: analyteSchema,
    ferritin: analyteSchema,
    vitaminB6: analyteSchema,
  }),
  plans: z.object({
    loading: loadingSchema,
    neurologicalLoading: neurologicalLoadingSchema,
    /** How far ahead the dated schedule reaches, at the least. */
    scheduleMonthsAhead: z.int().check(z.positive(), z.lte(MAX_SCHEDULE_MONTHS_AHEAD)),
    causes: z.object({
      'autoimmune-gastritis': causePlanSchema,
      malabsorption: causePlanSchema,
      medication: causePlanSchema,
      diet: causePlanSchema,
      'nitrous-oxide': causePlanSchema,
      unknown: causePlanSchema,
    }),
    /** NG239's review of how treatment is going, months after the first dose. */
    review: z.object({
      afterMonths: reviewMonths(),
      /** In pregnancy or breastfeeding. */
      afterMonthsPregnant: reviewMonths(),
      position: positionSchema,
      sources: sourceIds(),
    }),
    /** Advice ids shown beside every injected maintenance plan; each needs a basis in `advice`. */
    injectedMaintenanceAdvice: z.array(z.string()),
  }),
  /**
   * Whose position each piece of advice is, and its sources. Every advice id the engine
   * gives (`ADVICE_IDS`) needs an entry, and so does any advice id the profile names.
   */
  advice: z.record(z.string(), adviceBasisSchema),
  /** The symptom diary's list of symptoms. Without it, the default profile's list is used. */
  diary: z.optional(z.object({ symptoms: z.array(diarySymptomSchema).check(z.minLength(1), z.maxLength(MAX_DIARY_SYMPTOMS)) })),
  /**
   * Where the bands are a laboratory's own: its name, page, the day its figures were read,
   * its notes, and its reference ranges, by sex where it prints them. The figures
   * themselves are the analytes' thresholds, each citing the laboratory's page.
   */
  laboratory: z.optional(laboratorySchema),
  /** Optional replacement or translated wording for advice ids and diary symptoms, per locale. */
  texts: z.optional(z.record(z.string(), localizedTextSchema)),
});

export type Profile = z.infer<typeof profileSchema>;
export type AnalyteGuidance = Profile['analytes']['folate'];
export type Thresholds = AnalyteGuidance['thresholds'];
export type MaintenanceGuidance = Profile['plans']['causes']['diet']['withNeurologicalSymptoms'];
export type AlternativeGuidance = NonNullable<Profile['plans']['causes']['diet']['alternatives']>[number];
export type FigureBasis = AnalyteGuidance['thresholdBasis']['deficientBelow'];
export type AdviceBasis = Profile['advice'][string];
export type ReviewGuidance = Profile['plans']['review'];
export type DiarySymptomGuidance = NonNullable<Profile['diary']>['symptoms'][number];

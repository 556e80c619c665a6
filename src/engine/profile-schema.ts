import * as z from 'zod/mini';

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
const wholeDays = () => z.int().check(z.nonnegative());
const sourceIds = () => z.array(z.string().check(z.minLength(1))).check(z.minLength(1));

const sourceSchema = z.object({
  title: z.string().check(z.minLength(1)),
  // Only web addresses: a javascript: or data: URL in a profile would run in the page.
  url: z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be a web address starting with https:// or http://')),
  year: z.optional(z.int()),
  kind: z.enum(['guideline', 'support-group']),
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
  thresholdSources: z.object({
    deficientBelow: sourceIds(),
    optimalFrom: sourceIds(),
    upperLimit: z.optional(sourceIds()),
  }),
});

const medicineSchema = z.enum(['hydroxocobalamin', 'cyanocobalamin']);
const routeSchema = z.enum(['intramuscular', 'oral']);

const loadingSchema = z.object({
  medicine: medicineSchema,
  route: routeSchema,
  doseMicrograms: positive(),
  doses: z.int().check(z.positive()),
  durationDays: z.int().check(z.positive()),
  /** Days after the first dose on which each dose falls; one entry per dose. */
  scheduleDays: z.array(wholeDays()),
  sources: sourceIds(),
});

const neurologicalLoadingSchema = z.object({
  medicine: medicineSchema,
  route: routeSchema,
  doseMicrograms: positive(),
  everyDays: z.int().check(z.positive()),
  untilNoFurtherImprovement: z.boolean(),
  /** The dated schedule shows doses up to this day, then a review on `reviewDay`. */
  scheduleThroughDay: wholeDays(),
  reviewDay: wholeDays(),
  sources: sourceIds(),
});

const continuesSchema = z.enum([
  'lifelong',
  'while-medication-continues',
  'while-diet-lacks-b12',
  'until-cause-known',
  'until-reviewed',
]);

const maintenanceSchema = z.object({
  medicine: medicineSchema,
  route: routeSchema,
  doseMicrograms: positive(),
  doseMicrogramsMax: z.optional(positive()),
  /** For a daily or regular oral medicine. */
  everyDays: z.optional(z.int().check(z.positive())),
  /** For injections: the interval the dated schedule uses (the longest allowed). */
  intervalMonths: z.optional(z.int().check(z.positive())),
  /** For injections: where the guideline's interval range starts, when it is a range. */
  intervalMonthsMin: z.optional(z.int().check(z.positive())),
  lifelong: z.boolean(),
  continues: continuesSchema,
  sources: sourceIds(),
});

const alternativeSchema = z.object({
  medicine: medicineSchema,
  route: routeSchema,
  doseMicrograms: positive(),
  everyDays: z.optional(z.int().check(z.positive())),
  /** An id the elements turn into words, such as `oral-if-preferred`. */
  note: z.string().check(z.minLength(1)),
  sources: sourceIds(),
});

const causePlanSchema = z.object({
  withoutNeurologicalSymptoms: maintenanceSchema,
  withNeurologicalSymptoms: maintenanceSchema,
  /** Offered only without neurological symptoms. */
  alternatives: z.optional(z.array(alternativeSchema)),
});

/** Per-locale text, keyed by BCP 47 tag; en-GB is the fallback. */
const localizedTextSchema = z.record(z.string(), z.string());

export const profileSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  audience: z.object({ minimumAgeYears: wholeDays(), sources: sourceIds() }),
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
    scheduleMonthsAhead: z.int().check(z.positive()),
    causes: z.object({
      'autoimmune-gastritis': causePlanSchema,
      malabsorption: causePlanSchema,
      medication: causePlanSchema,
      diet: causePlanSchema,
      'nitrous-oxide': causePlanSchema,
      unknown: causePlanSchema,
    }),
    /** Support-group advice ids shown beside every injected maintenance plan. */
    injectedMaintenanceAdvice: z.array(z.string()),
    sources: sourceIds(),
  }),
  /** Optional replacement or translated wording for advice ids, per locale. */
  texts: z.optional(z.record(z.string(), localizedTextSchema)),
});

export type Profile = z.infer<typeof profileSchema>;
export type AnalyteGuidance = Profile['analytes']['folate'];
export type Thresholds = AnalyteGuidance['thresholds'];
export type LoadingGuidance = Profile['plans']['loading'];
export type NeurologicalLoadingGuidance = Profile['plans']['neurologicalLoading'];
export type MaintenanceGuidance = Profile['plans']['causes']['diet']['withNeurologicalSymptoms'];
export type AlternativeGuidance = NonNullable<Profile['plans']['causes']['diet']['alternatives']>[number];
export type Continues = MaintenanceGuidance['continues'];

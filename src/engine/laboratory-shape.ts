import * as z from 'zod/mini';
import { parseIsoDate } from './iso-date.js';

/**
 * A laboratory's own figures, in two forms:
 * - `laboratorySchema`: the `laboratory` block of a whole profile, which says whose
 *   figures the profile's bands are and when they were read (its figures are already in
 *   the analytes' thresholds, in the canonical unit);
 * - `laboratoryProfileSchema`: what the profile maker writes and a trust hosts. It names
 *   only the laboratory and its figures, in the laboratory's own units, and is read on top
 *   of the built-in UK profile (`basedOn: "uk-default"`), so everything it leaves out
 *   (advice, plans, the other tests) stays as current as the widgets themselves.
 */

/** Only web addresses: a javascript: or data: URL would run in the page. */
export const webAddress = () => z.string().check(z.regex(/^https?:\/\/[^\s]+$/i, 'must be a web address starting with https:// or http://'));

/** A calendar date written as the ISO standard writes it: 2026-12-05. */
export const isoDay = () =>
  z.string().check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
    // Only a date of the right shape can be a day that does not exist: one message at a time.
    z.refine((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text) || parseIsoDate(text) !== undefined, 'is not a day of the calendar'),
  );

/** The laboratory's own words on a test or its method, quoted, short enough to read on a phone. */
const MAX_NOTE_LENGTH = 300;
const quotedNote = () => z.string().check(z.minLength(1), z.maxLength(MAX_NOTE_LENGTH));

const languageTag = () => z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en-GB or cy'));

const nonNegative = () => z.number().check(z.nonnegative());
const positive = () => z.number().check(z.positive());

/** One range as a laboratory prints it; the lower end is there to be shown, the upper end is the profile's upper limit. */
const rangeSchema = z.object({ low: z.optional(nonNegative()), high: positive() });

/** Where a laboratory prints one range for women and one for men (ferritin). */
const rangesBySexSchema = z.object({ women: rangeSchema, men: rangeSchema });

const laboratoryFields = {
  /** As the laboratory names itself: "Royal United Hospitals Bath pathology". */
  name: z.string().check(z.minLength(1), z.maxLength(120)),
  /** The laboratory's page the figures were read from. */
  url: webAddress(),
  /** The day someone read the figures from that page. */
  readOn: isoDay(),
  /** The language the laboratory's notes are written in; en-GB when absent. */
  lang: z.optional(languageTag()),
  /** The laboratory's own note on its method, such as "NICE NG239 thresholds do not apply to the local method." */
  note: z.optional(quotedNote()),
};

/** What a whole profile says about one test's laboratory figures. */
const laboratoryTestSchema = z.object({
  /** The id of the laboratory's page for this test in the profile's `sources`. */
  source: z.string().check(z.minLength(1)),
  note: z.optional(quotedNote()),
  /** The reference range, in the canonical unit, where it is one range for everyone. */
  range: z.optional(z.object({ low: z.optional(nonNegative()), high: z.optional(positive()) })),
  rangesBySex: z.optional(rangesBySexSchema),
});

const perTest = <T extends z.ZodMiniType>(schema: T) =>
  z.object({
    vitaminB12: z.optional(schema),
    activeB12: z.optional(schema),
    folate: z.optional(schema),
    ferritin: z.optional(schema),
    vitaminB6: z.optional(schema),
  });

export const laboratorySchema = z.object({ ...laboratoryFields, tests: perTest(laboratoryTestSchema) });

/** One test as the profile maker writes it: the laboratory's figures in the unit it prints. */
export const laboratoryTestFiguresSchema = z.object({
  unit: z.string().check(z.minLength(1)),
  /** The laboratory's page for this test, where it has one; else the laboratory's page. */
  url: z.optional(webAddress()),
  /** Below this the laboratory reads the result as deficient. */
  deficientBelow: z.optional(nonNegative()),
  /**
   * B12 and active B12 only: from here the laboratory reads deficiency as unlikely. Between
   * `deficientBelow` and this is its "possible deficiency" band, the widgets' indeterminate.
   */
  normalFrom: z.optional(nonNegative()),
  range: z.optional(z.object({ low: z.optional(nonNegative()), high: z.optional(positive()) })),
  rangesBySex: z.optional(rangesBySexSchema),
  note: z.optional(quotedNote()),
});

export const laboratoryProfileSchema = z.object({
  /** The built-in profile this one changes: only the UK profile today. */
  basedOn: z.literal('uk-default'),
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and hyphens')),
  name: z.string().check(z.minLength(1), z.maxLength(160)),
  /** Defaults to the day the figures were read. */
  version: z.optional(z.string().check(z.minLength(1))),
  laboratory: z.object({ ...laboratoryFields, tests: perTest(laboratoryTestFiguresSchema) }),
});

export type Laboratory = z.infer<typeof laboratorySchema>;
export type LaboratoryTest = NonNullable<Laboratory['tests']['ferritin']>;
export type LaboratoryProfile = z.infer<typeof laboratoryProfileSchema>;
export type LaboratoryTestFigures = NonNullable<LaboratoryProfile['laboratory']['tests']['ferritin']>;
export type RangesBySex = z.infer<typeof rangesBySexSchema>;

import fc from 'fast-check';
import { ANALYTES, acceptedUnits, defaultProfile } from '../../src/engine/index.js';

/** Generators of engine input shared by the property tests and the fuzz run. */

export const anyUnit = fc.oneof(fc.constantFrom(...ANALYTES.flatMap((a) => acceptedUnits(defaultProfile.analytes[a]).map((u) => u.unit))), fc.string());

export const anyValue = fc.oneof(
  fc.double(),
  fc.string(),
  fc.stringMatching(/^-?\d{1,6}([.,]\d{1,3})?$/),
  fc.constantFrom(null, undefined, '', '  ', 'NaN', '1e309', '\u200F12', '💉', '9'.repeat(400)),
  fc.anything(),
);

export const anyResult = fc.record({ value: anyValue, unit: anyUnit, labRange: fc.record({ low: anyValue, high: anyValue }, { requiredKeys: [] }) }, { requiredKeys: [] });

export const anyInput = fc.record(
  {
    results: fc.dictionary(fc.constantFrom(...ANALYTES, 'other', '__proto__'), anyResult),
    locale: fc.oneof(fc.constantFrom('en-GB', 'de', 'fr', 'es', 'pl', 'ro', 'cy', 'ur'), fc.string()),
    b12TherapyStarted: fc.anything(),
  },
  { requiredKeys: [] },
);

export const anyStartDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

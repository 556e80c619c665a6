import fc from 'fast-check';
import {
  DIARY_FILE_VERSION,
  DIARY_LIMITS,
  defaultProfile,
  diaryDateProblem,
  diarySymptomSources,
  diarySymptoms,
  emptyDiary,
  diaryToAdd,
  joinOwnSymptoms,
  mergeDiaries,
  parseProfile,
  ProfileError,
  readDiaryFile,
  toDiaryCsv,
  toDiaryJson,
  type Diary,
} from '../../src/engine/index.js';
import { describe, expect, it, propertyRuns } from './harness.js';

const diary = (): Diary => ({
  ownSymptoms: [{ id: 'own-1a2b', name: 'Headaches' }],
  injections: [
    { id: 'i1', date: '2026-01-05', what: 'Hydroxocobalamin 1 mg' },
    { id: 'i2', date: '2026-04-06' },
  ],
  checkIns: [
    { id: 'c1', date: '2026-01-20', levels: { tiredness: 1, memory: 0, 'own-1a2b': 2 }, note: 'Better, "mostly"' },
    { id: 'c2', date: '2026-03-01', levels: { tiredness: 3, memory: 2 } },
  ],
});

/** The day the tests count as today: every date in `diary()` is within ten years of it. */
const TODAY = '2026-12-05';

const problemOf = (text: string) => {
  const reading = readDiaryFile(text, TODAY);
  return 'problem' in reading ? reading.problem : 'read';
};

describe('symptom diary file', () => {
  it('reads back exactly what it wrote', () => {
    const reading = readDiaryFile(toDiaryJson(diary()), TODAY);
    expect(reading).to.deep.equal({ diary: diary() });
  });

  it('round-trips any diary it can hold', () => {
    const level = fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>;
    const isoDate = fc.date({ min: new Date('2016-12-05'), max: new Date(TODAY), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const entryId = fc.stringMatching(/^[a-z0-9-]{1,20}$/);
    const anyDiary = fc.record({
      ownSymptoms: fc.uniqueArray(fc.record({ id: fc.stringMatching(/^own-[a-z0-9]{1,8}$/), name: fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim() === name && name !== '') }), {
        selector: (s) => s.id,
        maxLength: 3,
      }),
      injections: fc.uniqueArray(fc.record({ id: entryId, date: isoDate }), { selector: (e) => e.id, maxLength: 5 }),
      checkIns: fc.uniqueArray(
        fc.record({ id: entryId, date: isoDate, levels: fc.dictionary(fc.constantFrom('tiredness', 'memory', 'mood'), level), note: fc.string({ minLength: 1, maxLength: 30 }) }),
        { selector: (e) => e.id, maxLength: 5 },
      ),
    });
    fc.assert(
      fc.property(anyDiary, (generated) => {
        const tidy = mergeDiaries(generated, emptyDiary());
        const reading = readDiaryFile(toDiaryJson(generated), TODAY);
        expect(JSON.stringify(reading)).to.equal(JSON.stringify({ diary: tidy }));
      }),
      { numRuns: propertyRuns },
    );
  });

  it('names what is wrong with a file that is not a diary, and never throws', () => {
    expect(problemOf('not json {')).to.equal('not-json');
    expect(problemOf('[]')).to.equal('not-a-diary');
    expect(problemOf('{"format":"something-else","version":1}')).to.equal('not-a-diary');
    expect(problemOf(JSON.stringify({ ...JSON.parse(toDiaryJson(diary())), version: DIARY_FILE_VERSION + 1 }))).to.equal('newer-version');
    expect(problemOf(JSON.stringify({ ...JSON.parse(toDiaryJson(diary())), version: 0 }))).to.equal('invalid');
    expect(problemOf(' '.repeat(DIARY_LIMITS.fileCharacters + 1))).to.equal('too-large');
    fc.assert(
      fc.property(fc.string(), (text) => ['not-json', 'not-a-diary', 'read'].includes(problemOf(text))),
      { numRuns: propertyRuns },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => problemOf(JSON.stringify(value)) !== 'read'),
      { numRuns: propertyRuns },
    );
  });

  it('refuses a file with an impossible date, level, key or length, and says where', () => {
    const base = JSON.parse(toDiaryJson(diary()));
    const withCheckIn = (change: object) => JSON.stringify({ ...base, checkIns: [{ ...base.checkIns[0], ...change }] });
    expect(readDiaryFile(withCheckIn({ date: '2026-02-30' }), TODAY)).to.deep.equal({ problem: 'invalid', path: 'checkIns.0.date' });
    expect(problemOf(withCheckIn({ levels: { tiredness: 4 } }))).to.equal('invalid');
    expect(problemOf(withCheckIn({ levels: { tiredness: 1.5 } }))).to.equal('invalid');
    expect(problemOf(withCheckIn({ note: 'x'.repeat(DIARY_LIMITS.noteLength + 1) }))).to.equal('invalid');
    // A key JSON.parse makes an own property, which a careless merge would put on a prototype.
    expect(problemOf(withCheckIn({ levels: JSON.parse('{"__proto__": 3}') }))).to.equal('invalid');
    expect(problemOf(withCheckIn({ levels: JSON.parse('{"constructor": 3}') }))).to.equal('read');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(problemOf(JSON.stringify({ ...base, injections: Array.from({ length: DIARY_LIMITS.entries + 1 }, (_, i) => ({ id: `i${i}`, date: '2026-01-01' })) }))).to.equal('invalid');
  });

  it('refuses a file with a date a person could not type into the diary, and says which', () => {
    const base = JSON.parse(toDiaryJson(diary()));
    const withDate = (list: 'checkIns' | 'injections', date: string) => JSON.stringify({ ...base, [list]: [{ ...base[list][0], date }] });
    // 9999 made "the usual gap is 46,329 days"; 1900 is before anyone's B12 injections.
    expect(readDiaryFile(withDate('checkIns', '9999-01-01'), TODAY)).to.deep.equal({ problem: 'date-out-of-range', path: 'checkIns.0.date' });
    expect(readDiaryFile(withDate('injections', '1900-01-01'), TODAY)).to.deep.equal({ problem: 'date-out-of-range', path: 'injections.0.date' });
    expect(readDiaryFile(withDate('injections', '2026-12-06'), TODAY)).to.deep.equal({ problem: 'date-out-of-range', path: 'injections.0.date' });
    expect(readDiaryFile(withDate('checkIns', '2016-12-04'), TODAY)).to.deep.equal({ problem: 'date-out-of-range', path: 'checkIns.0.date' });
    // The same window as typing: today, and ten years back to the day.
    expect(problemOf(withDate('checkIns', TODAY))).to.equal('read');
    expect(problemOf(withDate('checkIns', '2016-12-05'))).to.equal('read');
    fc.assert(
      fc.property(fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        expect(problemOf(withDate('checkIns', iso))).to.equal(diaryDateProblem(iso, TODAY) === undefined ? 'read' : 'date-out-of-range');
      }),
      { numRuns: propertyRuns },
    );
  });

  it('refuses a file that would bring in more symptoms than a diary can ask about', () => {
    const base = JSON.parse(toDiaryJson(diary()));
    const askingAbout = (count: number) =>
      JSON.stringify({ ...base, checkIns: [{ id: 'c1', date: '2026-01-20', levels: Object.fromEntries(Array.from({ length: count }, (_, i) => [`symptom-${i}`, 1])) }] });
    // The built-in ten, a profile's twenty and the person's own twenty.
    expect(DIARY_LIMITS.symptomIds).to.equal(50);
    expect(problemOf(askingAbout(DIARY_LIMITS.symptomIds))).to.equal('read');
    expect(problemOf(askingAbout(DIARY_LIMITS.symptomIds + 1))).to.equal('too-many-symptoms');
    // Spread over many check-ins, the ids are still counted together: 3,000 ids made 3,000 questions.
    const spread = JSON.stringify({ ...base, checkIns: Array.from({ length: 3000 }, (_, i) => ({ id: `c${i}`, date: '2026-01-20', levels: { [`symptom-${i}`]: 1 } })) });
    expect(problemOf(spread)).to.equal('too-many-symptoms');
    expect(problemOf(JSON.stringify({ ...base, ownSymptoms: Array.from({ length: DIARY_LIMITS.ownSymptoms + 1 }, (_, i) => ({ id: `own-${i}`, name: `Symptom ${i}` })) }))).to.equal('invalid');
  });

  it('joins a file’s own symptom to a listed symptom of the same name, and counts own symptoms after the join', () => {
    const listed = [
      { id: 'tiredness', name: 'Tiredness or lack of energy' },
      { id: 'own-1a2b', name: 'Headaches' },
    ];
    const incoming: Diary = {
      ownSymptoms: [
        { id: 'own-9f9f', name: '  headaches ' },
        { id: 'own-7e7e', name: 'TIREDNESS OR LACK OF ENERGY' },
        { id: 'own-5d5d', name: 'Dry skin' },
        { id: 'own-4c4c', name: 'dry  skin' },
      ],
      injections: [],
      checkIns: [
        { id: 'c9', date: '2026-02-01', levels: { 'own-9f9f': 2, 'own-7e7e': 1, 'own-4c4c': 3 } },
        { id: 'c8', date: '2026-02-02', levels: { 'own-1a2b': 1, 'own-9f9f': 3 } },
      ],
    };
    const joined = joinOwnSymptoms(incoming, listed, 'en');
    expect(joined.ownSymptoms).to.deep.equal([{ id: 'own-5d5d', name: 'Dry skin' }]);
    expect(joined.checkIns).to.deep.equal([
      { id: 'c9', date: '2026-02-01', levels: { 'own-1a2b': 2, tiredness: 1, 'own-5d5d': 3 } },
      // Where the check-in rated both, the rating under the listed id stays.
      { id: 'c8', date: '2026-02-02', levels: { 'own-1a2b': 1 } },
    ]);
    // Nothing to join: the same diary back.
    expect(joinOwnSymptoms(diary(), [], 'en')).to.deep.equal(diary());
  });

  it('adds only a file’s own part, and refuses one that takes the person past 20 symptoms of their own', () => {
    const own = (device: string, count: number) => Array.from({ length: count }, (_, i) => ({ id: `own-${device}${i}`, name: `${device} symptom ${i}` }));
    const current: Diary = { ...diary(), ownSymptoms: own('phone', 15) };
    const file: Diary = {
      ownSymptoms: [...own('laptop', 5), { id: 'own-laptopx', name: 'phone symptom 0' }],
      injections: [{ id: 'i9', date: '2026-05-01' }],
      checkIns: [{ id: 'c9', date: '2026-05-02', levels: { 'own-laptopx': 2 } }],
    };
    const added = diaryToAdd(current, file, current.ownSymptoms, 'en');
    // The file's entries only, its "phone symptom 0" joined to the phone's: 20 own symptoms in all.
    expect(added).to.deep.equal({ diary: { ownSymptoms: own('laptop', 5), injections: file.injections, checkIns: [{ id: 'c9', date: '2026-05-02', levels: { 'own-phone0': 2 } }] } });
    expect(diaryToAdd(current, { ...file, ownSymptoms: own('laptop', 6) }, current.ownSymptoms, 'en')).to.deep.equal({ problem: 'too-many-own-symptoms' });
    // The same ids again are not counted twice.
    expect('diary' in diaryToAdd(current, { ...file, ownSymptoms: own('phone', 15) }, [], 'en')).to.equal(true);
  });

  it('keeps entries from both diaries, the second winning for the same id', () => {
    const other: Diary = { ownSymptoms: [], injections: [{ id: 'i3', date: '2026-07-06' }], checkIns: [{ id: 'c1', date: '2026-01-20', levels: { tiredness: 0 } }] };
    const merged = mergeDiaries(diary(), other);
    expect(merged.injections.map((e) => e.id)).to.deep.equal(['i1', 'i2', 'i3']);
    expect(merged.checkIns.map((e) => [e.id, e.levels.tiredness])).to.deep.equal([
      ['c1', 0],
      ['c2', 3],
    ]);
  });

  it('writes CSV a spreadsheet opens safely: quoted text, no formulas, a row per entry by date', () => {
    const withFormula: Diary = { ...diary(), checkIns: [...diary().checkIns, { id: 'c3', date: '2026-03-02', levels: {}, note: '=HYPERLINK("http://example.com")' }] };
    const csv = toDiaryCsv(withFormula, {
      date: 'Date',
      injection: 'Injection',
      note: 'Note',
      score: 'Overall',
      symptoms: [
        { id: 'tiredness', name: 'Tiredness' },
        { id: 'own-1a2b', name: 'Headaches' },
      ],
      level: (level) => ['none', 'mild', 'moderate', 'severe'][level],
    });
    // A byte-order mark, so that Excel on Windows reads the file as UTF-8 (Urdu, Polish, "✓").
    expect(csv.startsWith('\uFEFF')).to.equal(true);
    expect(csv.slice(1).split('\r\n')).to.deep.equal([
      'Date,Injection,Tiredness,Headaches,Overall,Note',
      '2026-01-05,Hydroxocobalamin 1 mg,,,,',
      '2026-01-20,,mild,moderate,3,"Better, ""mostly"""',
      '2026-03-01,,severe,,5,',
      `2026-03-02,,,,0,"'=HYPERLINK(""http://example.com"")"`,
      '2026-04-06,✓,,,,',
      '',
    ]);
  });
});

describe('dates a diary entry may have', () => {
  it('is today or earlier, back ten years', () => {
    expect(diaryDateProblem('2026-11-26', '2026-11-26')).to.equal(undefined);
    expect(diaryDateProblem('2026-11-27', '2026-11-26')).to.equal('in-future');
    expect(diaryDateProblem('2016-11-26', '2026-11-26')).to.equal(undefined);
    expect(diaryDateProblem('2016-11-25', '2026-11-26')).to.equal('too-far-in-past');
    expect(diaryDateProblem('2026-02-30', '2026-11-26')).to.equal('invalid-date');
  });
});

describe('the diary symptom list in a profile', () => {
  it('is NG239 and the NHS website, and a profile without one uses the default list', () => {
    expect(diarySymptoms(defaultProfile).map((s) => s.id)).to.deep.equal([
      'tiredness',
      'memory',
      'pins-and-needles',
      'muscle-weakness',
      'balance',
      'eyesight',
      'confusion',
      'sore-tongue',
      'mouth-ulcers',
      'mood',
    ]);
    // The safety net's nerve symptoms, as the reference lists them.
    expect(
      diarySymptoms(defaultProfile)
        .filter((s) => s.neurological)
        .map((s) => s.id),
    ).to.deep.equal(['pins-and-needles', 'muscle-weakness', 'balance', 'eyesight', 'confusion']);
    for (const symptom of diarySymptoms(defaultProfile)) expect(symptom.sources).to.deep.equal(['nice-ng239', 'nhs-b12-symptoms']);
    expect(diarySymptomSources(defaultProfile).map((s) => s.id)).to.deep.equal(['nice-ng239', 'nhs-b12-symptoms']);
    const { diary: _unused, ...older } = JSON.parse(JSON.stringify(defaultProfile));
    expect(diarySymptoms(parseProfile(older))).to.deep.equal(diarySymptoms(defaultProfile));
  });

  it('must name each symptom once, cite known sources and give words for a symptom of its own', () => {
    const profile = JSON.parse(JSON.stringify(defaultProfile));
    profile.diary.symptoms = [
      { id: 'tiredness', position: 'national-guidance', sources: ['nice-ng239'] },
      { id: 'tiredness', position: 'national-guidance', sources: ['nowhere'] },
      { id: 'hair-loss', position: 'support-group', sources: ['b12-society'] },
    ];
    let error: unknown;
    try {
      parseProfile(profile);
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(ProfileError);
    const paths = (error as ProfileError).issues.map((issue) => issue.path);
    expect(paths).to.include.members(['diary.symptoms.1.id', 'diary.symptoms.1.sources', 'diary.symptoms.2.id']);
    profile.diary.symptoms = [profile.diary.symptoms[2]];
    profile.texts = { 'hair-loss': { 'en-GB': 'Hair loss' } };
    expect(diarySymptoms(parseProfile(profile)).map((s) => s.id)).to.deep.equal(['hair-loss']);
  });
});

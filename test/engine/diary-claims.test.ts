/**
 * What the diary's summary may claim, from the clinical reference's "The symptom diary":
 * built from records a person could really keep — sparse, uneven, with symptoms rated
 * on some days and not others, a cold, loading doses — and checked for what the summary
 * must NOT say as much as for what it says.
 */
import { diaryAdvice, diaryWarnings, summariseDiary, defaultProfile, type CheckIn, type SymptomLevel } from '../../src/engine/index.js';
import { describe, expect, it } from './harness.js';

const day = (iso: string, offset: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const at = (start: string, offset: number, levels: Record<string, SymptomLevel>): CheckIn => ({ date: day(start, offset), levels });

/** Maintenance injections 91 days apart from 2026-01-05. */
const INJECTIONS = [0, 91, 182, 273].map((offset) => ({ date: day('2026-01-05', offset) }));
const cycleStart = (cycle: number) => INJECTIONS[cycle].date;

/**
 * A cycle kept well: check-ins on days 7, 21, 35, 49, 63, 77 and 84 (first half and last
 * quarter both covered), tiredness and memory rated each time, clearly worse from `worse`.
 */
function keptCycle(cycle: number, worse?: number): CheckIn[] {
  return [7, 21, 35, 49, 63, 77, 84].map((d) => at(cycleStart(cycle), d, worse !== undefined && d >= worse ? { tiredness: 2, memory: 1 } : { tiredness: 0, memory: 0 }));
}

describe('diary: enough to say anything', () => {
  it('four injections and no check-ins: not enough check-ins, never "did not get worse"', () => {
    const summary = summariseDiary({ injections: INJECTIONS, checkIns: [] });
    expect(summary.recent.enough).to.equal(false);
    expect(summary.recent.cyclesLookedAt).to.equal(0);
    expect(summary.recent.cyclesCameBack).to.equal(0);
    expect(diaryAdvice(summary, defaultProfile)).to.deep.equal([]);
  });

  it('one assessable cycle is not enough, even if it came back', () => {
    const summary = summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns: keptCycle(0, 63) });
    expect(summary.cycles[0].assessable).to.equal(true);
    expect(summary.cycles[0].cameBack?.day).to.equal(63);
    expect(summary.recent).to.deep.include({ enough: false, cyclesLookedAt: 1 });
    expect(diaryAdvice(summary, defaultProfile)).to.deep.equal([]);
  });

  it('a cycle with check-ins only in its first weeks is not assessable (nothing in the last quarter)', () => {
    const early = [7, 14, 21, 28].map((d) => at(cycleStart(0), d, { tiredness: 1 }));
    const summary = summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns: early });
    expect(summary.cycles[0].assessable).to.equal(false);
  });

  it('a cycle with check-ins only in its last weeks is not assessable (nothing in the first half)', () => {
    const late = [70, 77, 84, 90].map((d) => at(cycleStart(0), d, { tiredness: 1 }));
    expect(summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns: late }).cycles[0].assessable).to.equal(false);
  });

  it('two check-ins, one early and one late, are not enough for a cycle (three are needed)', () => {
    const two = [10, 80].map((d) => at(cycleStart(0), d, { tiredness: 1 }));
    expect(summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns: two }).cycles[0].assessable).to.equal(false);
  });

  it('a cycle without enough check-ins claims no return, however much worse its last check-in is', () => {
    const two = [at(cycleStart(0), 10, { tiredness: 0 }), at(cycleStart(0), 80, { tiredness: 3 })];
    const [cycle] = summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns: two }).cycles;
    expect(cycle.best?.day).to.equal(10);
    expect(cycle.cameBack).to.equal(undefined);
  });

  it('the cycle still running is never assessable', () => {
    const summary = summariseDiary({ injections: INJECTIONS, checkIns: keptCycle(3, 49) });
    expect(summary.cycles[3].assessable).to.equal(false);
    expect(summary.recent.cyclesLookedAt).to.equal(0);
  });

  it('two assessable cycles with no return: "did not" may be said of 2 cycles', () => {
    const summary = summariseDiary({ injections: INJECTIONS.slice(0, 3), checkIns: [...keptCycle(0), ...keptCycle(1)] });
    expect(summary.recent).to.deep.equal({ enough: true, cyclesLookedAt: 2, cyclesCameBack: 0, cameBackOften: false });
  });
});

describe('diary: came back means clearly worse and staying so', () => {
  it('one bad day (a cold) followed by a good one is a bad day, not a return', () => {
    const cold = keptCycle(0).map((entry) => (entry.date === day(cycleStart(0), 49) ? { ...entry, levels: { tiredness: 3, memory: 2 } as const } : entry));
    const summary = summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns: cold });
    expect(summary.cycles[0].cameBack).to.equal(undefined);
  });

  it('a bad day on the last check-in of a cycle counts: there is no next check-in to undo it', () => {
    const summary = summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns: keptCycle(0, 84) });
    expect(summary.cycles[0].cameBack?.day).to.equal(84);
  });

  it('the return is the first clearly-worse check-in that stays so, not a cold before it', () => {
    const checkIns = keptCycle(0, 77).map((entry) => (entry.date === day(cycleStart(0), 35) ? { ...entry, levels: { tiredness: 3, memory: 3 } as const } : entry));
    expect(summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns }).cycles[0].cameBack?.day).to.equal(77);
  });

  it('one symptom one level worse is not clearly worse', () => {
    const checkIns = keptCycle(0).map((entry, i) => (i >= 4 ? { ...entry, levels: { tiredness: 1, memory: 0 } as const } : entry));
    expect(summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns }).cycles[0].cameBack).to.equal(undefined);
  });

  it('the best day is the lowest average over the symptoms rated, the first if tied', () => {
    const start = cycleStart(0);
    const checkIns = [
      at(start, 5, { tiredness: 2, memory: 2, mood: 2 }),
      // Average 1 over three symptoms: sum 3, higher than day 30's sum 2, but a lower average than 2.
      at(start, 20, { tiredness: 1, memory: 1, mood: 1 }),
      at(start, 30, { tiredness: 2 }),
      at(start, 40, { tiredness: 1, memory: 1, mood: 1 }),
      at(start, 80, { tiredness: 1, memory: 1, mood: 1 }),
    ];
    expect(summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns }).cycles[0].best?.day).to.equal(20);
  });
});

describe('diary: a symptom not rated is not recorded, never "none"', () => {
  it('rating more symptoms later does not make a false return', () => {
    // Tiredness mild all cycle; from day 49 memory and mood are rated too, at mild: the sum
    // rises from 1 to 3, but over the symptoms rated on both days nothing changed.
    const start = cycleStart(0);
    const checkIns = [7, 21, 35].map((d) => at(start, d, { tiredness: 1 }));
    checkIns.push(...[49, 63, 77, 84].map((d) => at(start, d, { tiredness: 1, memory: 1, mood: 1 })));
    const summary = summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns });
    expect(summary.cycles[0].cameBack).to.equal(undefined);
  });

  it('rating fewer symptoms later does not hide a real return', () => {
    // Early: tiredness none, memory and mood moderate (sum 4). Later only tiredness is
    // rated, at severe (sum 3): lower by the sum, yet tiredness went from none to severe.
    const start = cycleStart(0);
    const checkIns = [7, 21, 35].map((d) => at(start, d, { tiredness: 0, memory: 2, mood: 2 }));
    checkIns.push(...[63, 77, 84].map((d) => at(start, d, { tiredness: 3 })));
    const summary = summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns });
    expect(summary.cycles[0].cameBack?.day).to.equal(63);
  });

  it('adding an own symptom mid-cycle does not raise the comparison', () => {
    const start = cycleStart(0);
    const checkIns = [7, 21, 35].map((d) => at(start, d, { tiredness: 1 }));
    checkIns.push(...[49, 63, 77, 84].map((d) => at(start, d, { tiredness: 1, 'own-abc': 3 })));
    expect(summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns }).cycles[0].cameBack).to.equal(undefined);
  });

  it('two check-ins with no symptom in common are not compared', () => {
    const start = cycleStart(0);
    const checkIns = [at(start, 7, { tiredness: 0 }), at(start, 21, { tiredness: 0 }), at(start, 63, { memory: 3 }), at(start, 84, { memory: 3 })];
    expect(summariseDiary({ injections: INJECTIONS.slice(0, 2), checkIns }).cycles[0].cameBack).to.equal(undefined);
  });
});

describe('diary: loading doses are not cycles', () => {
  const loading = [0, 2, 4, 7, 9, 11].map((d) => ({ date: day('2026-01-05', d) }));
  const maintenance = [11 + 91, 11 + 182].map((d) => ({ date: day('2026-01-05', d) }));

  it('"the usual gap is 2 days" never comes from loading doses', () => {
    const summary = summariseDiary({ injections: [...loading, ...maintenance], checkIns: [] });
    expect(summary.usualIntervalDays).to.equal(91);
  });

  it('with loading doses only there is no usual gap and no cycle to assess', () => {
    const checkIns = [1, 3, 5, 8, 10].map((d) => at('2026-01-05', d, { tiredness: 2 }));
    const summary = summariseDiary({ injections: loading, checkIns });
    expect(summary.usualIntervalDays).to.equal(undefined);
    expect(summary.cycles.filter((cycle) => cycle.assessable)).to.deep.equal([]);
  });

  it('the usual gap is the median of the gaps of 28 days or more', () => {
    const injections = [0, 56, 140, 231, 234].map((d) => ({ date: day('2026-01-05', d) }));
    // Gaps 56, 84, 91, 3: the 3-day top-up is left out; median of 56, 84, 91 is 84.
    expect(summariseDiary({ injections, checkIns: [] }).usualIntervalDays).to.equal(84);
  });
});

describe('diary: how often it came back, and when the advice shows', () => {
  it('3 of 3 assessable cycles came back: the range of days and the advice', () => {
    const summary = summariseDiary({ injections: INJECTIONS, checkIns: [...keptCycle(0, 63), ...keptCycle(1, 77), ...keptCycle(2, 63)] });
    expect(summary.recent).to.deep.equal({ enough: true, cyclesLookedAt: 3, cyclesCameBack: 3, cameBackOften: true, fromDay: 63, toDay: 77 });
    expect(diaryAdvice(summary, defaultProfile).map((advice) => advice.id)).to.deep.equal(['maintenance-review-frequency']);
  });

  it('2 of the last 3: the advice', () => {
    const summary = summariseDiary({ injections: INJECTIONS, checkIns: [...keptCycle(0, 63), ...keptCycle(1), ...keptCycle(2, 77)] });
    expect(summary.recent).to.deep.include({ cyclesLookedAt: 3, cyclesCameBack: 2, cameBackOften: true });
    expect(diaryAdvice(summary, defaultProfile)).to.have.length(1);
  });

  it('1 of the last 3: said as recorded, but no advice', () => {
    const summary = summariseDiary({ injections: INJECTIONS, checkIns: [...keptCycle(0), ...keptCycle(1, 63), ...keptCycle(2)] });
    expect(summary.recent).to.deep.include({ cyclesLookedAt: 3, cyclesCameBack: 1, cameBackOften: false, fromDay: 63, toDay: 63 });
    expect(diaryAdvice(summary, defaultProfile)).to.deep.equal([]);
  });

  it('looks at the last three assessable cycles, skipping a cycle without enough check-ins', () => {
    const injections = [0, 91, 182, 273, 364].map((offset) => ({ date: day('2026-01-05', offset) }));
    // Cycle 2 has one check-in, so the last three assessable cycles are 0, 1 and 3.
    const checkIns = [...keptCycle(0, 63), ...keptCycle(1), at(cycleStart(2), 40, { tiredness: 3 }), ...keptCycle(3)];
    const summary = summariseDiary({ injections, checkIns });
    expect(summary.cycles.map((cycle) => cycle.assessable)).to.deep.equal([true, true, false, true, false]);
    expect(summary.recent).to.deep.include({ cyclesLookedAt: 3, cyclesCameBack: 1 });
  });

  it('the advice is national guidance, from NG239, the SPS summary and the product information', () => {
    const summary = summariseDiary({ injections: INJECTIONS, checkIns: [...keptCycle(0, 63), ...keptCycle(1, 63), ...keptCycle(2, 63)] });
    const [advice] = diaryAdvice(summary, defaultProfile);
    expect(advice.positions).to.deep.equal(['national-guidance']);
    expect(advice.sources.map((source) => source.id)).to.deep.equal(['nice-ng239', 'sps-ng239', 'hydroxo-spc']);
    expect(advice.figures).to.deep.equal({ licensedIntervalMonths: 2 });
  });
});

describe('diary: the safety net (diary-urgent-symptoms)', () => {
  const diary = (checkIns: CheckIn[]) => ({ injections: INJECTIONS.slice(0, 1), checkIns });
  const urgent = (checkIns: CheckIn[]) => diaryWarnings(diary(checkIns), defaultProfile).map((warning) => [warning.id, warning.severity]);
  const start = cycleStart(0);

  for (const id of ['pins-and-needles', 'muscle-weakness', 'balance', 'eyesight', 'confusion']) {
    it(`${id} rated severe: the urgent words`, () => {
      expect(urgent([at(start, 3, { [id]: 3 })])).to.deep.equal([['diary-urgent-symptoms', 'urgent']]);
    });
  }

  it('a neurological symptom 2 levels worse than at the check-in before: the urgent words', () => {
    expect(urgent([at(start, 3, { balance: 0 }), at(start, 10, { balance: 2 })])).to.deep.equal([['diary-urgent-symptoms', 'urgent']]);
  });

  it('compared with the last check-in that rated it, when the one before did not', () => {
    expect(urgent([at(start, 3, { eyesight: 0 }), at(start, 7, { tiredness: 1 }), at(start, 10, { eyesight: 2 })])).to.have.length(1);
  });

  it('one level worse, or moderate and steady, is not urgent', () => {
    expect(urgent([at(start, 3, { balance: 1 }), at(start, 10, { balance: 2 })])).to.deep.equal([]);
    expect(urgent([at(start, 3, { balance: 2 }), at(start, 10, { balance: 2 })])).to.deep.equal([]);
  });

  it('tiredness or low mood severe is not the neurological safety net', () => {
    expect(urgent([at(start, 3, { tiredness: 3, mood: 3, memory: 3 })])).to.deep.equal([]);
  });

  it('looks at each symptom’s latest rating: severe eyesight last week, not rated today, still counts', () => {
    expect(urgent([at(start, 3, { eyesight: 3 }), at(start, 10, { tiredness: 1 })])).to.have.length(1);
  });

  it('a severe rating that has since eased is not urgent now', () => {
    expect(urgent([at(start, 3, { eyesight: 3 }), at(start, 10, { eyesight: 1 })])).to.deep.equal([]);
  });

  it('a profile without the built-in list cannot switch the net off for the built-in symptoms', () => {
    const profile = { ...defaultProfile, diary: { symptoms: [{ id: 'tiredness', position: 'national-guidance' as const, sources: ['nice-ng239'] }] } };
    expect(diaryWarnings(diary([at(start, 3, { balance: 3 })]), profile)).to.have.length(1);
  });

  it('cites BSH 2014 and NG239', () => {
    const [warning] = diaryWarnings(diary([at(start, 3, { balance: 3 })]), defaultProfile);
    expect(warning.sources.map((source) => source.id)).to.deep.equal(['bsh-2014', 'nice-ng239']);
  });
});

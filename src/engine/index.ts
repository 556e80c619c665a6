/**
 * b12-widgets/engine: the clinical logic of the widgets as pure functions. No DOM, no
 * Lit; it runs in Node and in the browser. Every figure comes from a profile, and
 * `defaultProfile` is the cited UK guidance.
 */
export { assessCofactors } from './assess.js';
export type { AssessInput, Assessment, AssessedResult, InputError, InputErrorCode, LabPosition, LabRangeReading, ResultInput } from './assess.js';
export { guideLevel, guideLevels } from './guide-levels.js';
export type { GuideLevel, RangeUsed } from './guide-levels.js';
export { buildTreatmentPlan, MAX_SCHEDULE_ENTRIES, startDateProblem } from './plan.js';
export type { Alternative, PhaseId, PlanInput, PlanInputError, PlanPhase, PlanReview, ReviewId, ScheduleEntry, TreatmentPlan } from './plan.js';
export { buildTreatmentTable } from './plan-table.js';
export type { TreatmentTable, TreatmentTableRow } from './plan-table.js';
export { newPlanId, toICalendar } from './calendar.js';
export {
  CAME_BACK_OFTEN,
  CLEARLY_WORSE,
  CYCLES_SUMMARISED,
  diaryDateProblem,
  DIARY_YEARS_BACK,
  ENOUGH_CYCLES,
  MIN_CHECK_INS_PER_CYCLE,
  MIN_CYCLE_DAYS,
  overallScore,
  summariseDiary,
  worseBy,
} from './diary.js';
export type { CheckIn, Cycle, CyclePoint, DiaryEntries, DiarySummary, RecentCycles, SymptomLevel } from './diary.js';
export { diaryWarnings } from './diary-safety.js';
export { diaryToAdd, DIARY_FILE_FORMAT, DIARY_FILE_VERSION, DIARY_LIMITS, emptyDiary, joinOwnSymptoms, mergeDiaries, newEntryId, sameSymptomName, toDiaryCsv, toDiaryJson } from './diary-record.js';
export type { CheckInEntry, CsvHeadings, Diary, InjectionEntry, OwnSymptom } from './diary-record.js';
export { readDiaryFile } from './diary-file.js';
export type { DiaryFileProblem, DiaryFileReading } from './diary-file.js';
export { DIARY_SYMPTOM_IDS, isDiarySymptomId, NEUROLOGICAL_DIARY_SYMPTOM_IDS } from './diary-symptoms.js';
export type { DiarySymptomId } from './diary-symptoms.js';
export { diaryAdvice, diarySymptoms, diarySymptomSources } from './diary-profile.js';
export type { CalendarOptions } from './calendar.js';
export { acceptedUnits, convert, findUnit, unitKey } from './units.js';
export type { AcceptedUnit } from './units.js';
export { parseLocaleNumber, toAsciiDigits } from './number-parsing.js';
export type { ParsedNumber } from './number-parsing.js';
export { defaultProfile } from './profiles/uk-default.js';
export { parseProfile } from './parse-profile-on-default.js';
export { ProfileError } from './parse-profile.js';
export type { Laboratory, LaboratoryProfile, LaboratoryTest, LaboratoryTestFigures, RangesBySex } from './laboratory-shape.js';
export type { ProfileIssue } from './profile-rules.js';
export type { Profile, AnalyteGuidance, Thresholds, MaintenanceGuidance, FigureBasis, AdviceBasis, DiarySymptomGuidance } from './profile-shape.js';
export { SOURCES } from './sources.js';
export { statusFor } from './status.js';
export { ADVICE_IDS, ALTERNATIVE_IDS, ANALYTES, CAUSES, COFACTORS, POSITIONS, WARNING_IDS, isAdviceId, isAlternativeId } from './types.js';
export { isB12Test } from './b12-tests.js';
export type { Advice, AdviceId, AlternativeId, Analyte, Cause, Medicine, Position, ResultWarning, ResultWarningId, Route, Severity, Source, SourceKind, Status, Warning, WarningId } from './types.js';

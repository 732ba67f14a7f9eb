// Public API of the converter (`@pd-ledger/credit-rules`). Pure TypeScript: no Node built-ins,
// so it runs in the API and in a browser bundle alike.
export * from './lib/canonical-ids';
export {
  AMOUNT_DECIMALS,
  DISPLAY_DECIMALS,
  formatAmount,
  formatAmountGroup,
  isDecimalString,
  parseScaled,
} from './lib/exact-amount';
export { addDays, addYears, isLocalDate, type LocalDate } from './lib/local-date';
export { PdRecordError, pdRecordSchema, type PdRecordInput } from './lib/pd-record';
export * from './lib/rule-set.schema';
export { rulesOf, summarizeRuleSet, type RuleSetSummary } from './lib/rule-set-summary';
export { compileRuleSet, selectVersion, versionInForce, type CompiledRuleSet } from './lib/rule-set-compiler';
export { CycleWindowError, findCycleWindow, type CycleWindow, type LicenseInput } from './lib/cycle-window';
export * from './lib/renewal-evaluator';
export * from './lib/salary-schedule.schema';
export * from './lib/compensation.schema';
export * from './lib/compensation-evaluator';
export * from './lib/lane-evaluator';
export { RULE_SET_PRESET_IDS, getCompiledRuleSetPreset, getRuleSetPreset, isRuleSetPresetId } from './presets/rule-set-presets';
export {
  SALARY_SCHEDULE_PRESET_IDS,
  getSalarySchedulePreset,
  isSalarySchedulePresetId,
} from './salary-schedules/salary-schedule-presets';
export { MUSKEGO_FOUNDATIONAL_NAMES } from './salary-schedules/micro-credential-pay.salary-schedules';

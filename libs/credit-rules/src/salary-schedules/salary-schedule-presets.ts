// The shipped salary-schedule presets, validated on first use.
import { parseSalarySchedule, type SalarySchedule, type SalaryScheduleInput } from '../lib/salary-schedule.schema';
import { maplewoodSalarySchedule } from './maplewood.salary-schedule';
import { microCredentialLanesSalarySchedule } from './micro-credential-lanes.salary-schedule';
import {
  dysartStepsSalarySchedule,
  harmonyStipendSalarySchedule,
  kettleMoraineBaseSalarySchedule,
  muskegoEquivalencySalarySchedule,
} from './micro-credential-pay.salary-schedules';

const SOURCES: Readonly<Record<string, SalaryScheduleInput>> = {
  'maplewood-traditional': maplewoodSalarySchedule,
  'micro-credential-lanes': microCredentialLanesSalarySchedule,
  'harmony-stipend': harmonyStipendSalarySchedule,
  'dysart-steps': dysartStepsSalarySchedule,
  'muskego-equivalency': muskegoEquivalencySalarySchedule,
  'kettle-moraine-base': kettleMoraineBaseSalarySchedule,
};

/** True for the id of a shipped salary-schedule preset. */
export function isSalarySchedulePresetId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(SOURCES, id);
}

/** Ids of the shipped salary-schedule presets. */
export const SALARY_SCHEDULE_PRESET_IDS: readonly string[] = Object.freeze(Object.keys(SOURCES));

const loaded = new Map<string, SalarySchedule>();

/** A shipped salary schedule, validated (throws for an unknown id). */
export function getSalarySchedulePreset(id: string): SalarySchedule {
  let s = loaded.get(id);
  if (!s) {
    const source = Object.prototype.hasOwnProperty.call(SOURCES, id) ? SOURCES[id] : undefined;
    if (!source) throw new RangeError(`Unknown salary schedule "${id}" (known: ${SALARY_SCHEDULE_PRESET_IDS.join(', ')})`);
    s = parseSalarySchedule(source);
    loaded.set(id, s);
  }
  return s;
}

// The `lanes` command as a function of its arguments and a file reader (the entry point and the
// tests share it): each educator's current lane, credits toward the next, the next lane's effective
// date and the salary change, with the explanation lines. Input problems become ConvertInputError
// (file, line, field); nothing is printed unless the whole run succeeded.
import { stringify } from 'csv-stringify/sync';
import { evaluateCompensation, type CompensationEvaluation } from '../lib/compensation-evaluator';
import { isLocalDate } from '../lib/local-date';
import { evaluateLane, type LaneEducatorInput, type LaneEvaluation } from '../lib/lane-evaluator';
import { PdRecordError, type PdRecordInput } from '../lib/pd-record';
import { RuleDataValidationError } from '../lib/rule-set.schema';
import { parseSalarySchedule, type SalarySchedule } from '../lib/salary-schedule.schema';
import { getSalarySchedulePreset, SALARY_SCHEDULE_PRESET_IDS } from '../salary-schedules/salary-schedule-presets';
import { ConvertInputError, optionalDate, parseCommonArgs, readCsv, readRecordRows } from './convert-command';

export const LANES_USAGE =
  'usage: lanes --schedule <preset-id|path.json> --educators <educators.csv> --records <records.csv> --as-of <YYYY-MM-DD> [--format json|csv]';

/** educators.csv columns for the lanes command. */
export const LANES_EDUCATOR_COLUMNS = {
  required: ['educator_id', 'degree', 'hire_date', 'lane', 'step'],
  optional: ['degree_date', 'lane_changes_this_year'],
} as const;

function loadSchedule(spec: string, readFile: (path: string) => string): SalarySchedule {
  if ((SALARY_SCHEDULE_PRESET_IDS as readonly string[]).includes(spec)) return getSalarySchedulePreset(spec);
  if (!/\.json$/i.test(spec)) {
    throw new ConvertInputError(
      '(arguments)',
      null,
      '--schedule',
      `not a schedule preset id (${SALARY_SCHEDULE_PRESET_IDS.join(', ')}) or a .json file: ${spec}`,
    );
  }
  let text: string;
  try {
    text = readFile(spec);
  } catch {
    throw new ConvertInputError(spec, null, null, 'cannot read the file');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConvertInputError(spec, null, null, `not valid JSON: ${(error as Error).message}`);
  }
  try {
    return parseSalarySchedule(data);
  } catch (error) {
    if (error instanceof RuleDataValidationError) {
      const first = error.issues[0]!;
      const key = first.path
        .split(/\.|\[\d+\]/)
        .filter(Boolean)
        .pop();
      const at = key ? text.indexOf(`"${key}"`) : -1;
      const line = at < 0 ? null : text.slice(0, at).split('\n').length;
      throw new ConvertInputError(
        spec,
        line,
        first.path || '(root)',
        `invalid salary schedule: ${first.message}${error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : ''}`,
      );
    }
    throw error;
  }
}

const dollars = (cents: number) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
};

/** Runs the command; returns the text for stdout. Throws ConvertInputError for bad input. */
export function runLanes(argv: readonly string[], readFile: (path: string) => string): string {
  const options = parseCommonArgs(argv, 'schedule', LANES_USAGE);
  const schedule = loadSchedule(options.source, readFile);
  const read = (file: string) => {
    try {
      return readFile(file);
    } catch {
      throw new ConvertInputError(file, null, null, 'cannot read the file');
    }
  };

  const file = options.educators;
  const rows = readCsv(file, read(file), LANES_EDUCATOR_COLUMNS.required, LANES_EDUCATOR_COLUMNS.optional);
  const educators = new Map<string, { line: number; educator: LaneEducatorInput; records: PdRecordInput[] }>();
  for (const row of rows) {
    const f = (name: string) => row.values[name] ?? '';
    const bad = (field: string, message: string) => new ConvertInputError(file, row.line, field, message);
    const id = f('educator_id');
    if (!id) throw bad('educator_id', 'is blank');
    if (educators.has(id)) throw bad('educator_id', `duplicate educator ${id}`);
    if (!schedule.degrees.includes(f('degree')))
      throw bad('degree', `unknown degree "${f('degree')}" (known: ${schedule.degrees.join(', ')})`);
    if (!isLocalDate(f('hire_date'))) throw bad('hire_date', `not a calendar date YYYY-MM-DD: "${f('hire_date')}"`);
    if (!schedule.lanes.some((l) => l.id === f('lane')))
      throw bad('lane', `unknown lane "${f('lane')}" (known: ${schedule.lanes.map((l) => l.id).join(', ')})`);
    if (!/^[1-9]\d{0,2}$/.test(f('step'))) throw bad('step', `not a whole number of 1 or more: "${f('step')}"`);
    const changes = f('lane_changes_this_year');
    if (changes && !/^\d{1,2}$/.test(changes)) throw bad('lane_changes_this_year', `not a whole number: "${changes}"`);
    const educator: LaneEducatorInput = {
      id,
      lane: f('lane'),
      step: Number(f('step')),
      hireDate: f('hire_date'),
      highestDegree: f('degree'),
      highestDegreeOn: optionalDate(file, row, 'degree_date'),
    };
    if (changes) educator.laneChangesThisYear = Number(changes);
    educators.set(id, { line: row.line, educator, records: [] });
  }
  for (const { educatorId, record } of readRecordRows(options.records, read(options.records), file, (id) => educators.has(id))) {
    educators.get(educatorId)!.records.push(record);
  }

  const results: Array<LaneEvaluation & { compensation: CompensationEvaluation | null }> = [];
  for (const { line, educator, records } of educators.values()) {
    try {
      const input = { schedule, educator, records, asOf: options.asOf };
      results.push({ ...evaluateLane(input), compensation: evaluateCompensation(input) });
    } catch (error) {
      if (error instanceof PdRecordError) {
        const onEducator = error.recordId === educator.id;
        throw new ConvertInputError(onEducator ? file : options.records, onEducator ? line : null, error.field, error.message);
      }
      throw error;
    }
  }
  return options.format === 'json' ? toJson(results, schedule) : toCsv(results, schedule.compensation !== undefined);
}

type LanesResult = LaneEvaluation & { compensation: CompensationEvaluation | null };

function toJson(results: readonly LanesResult[], schedule: SalarySchedule): string {
  return `${JSON.stringify(
    {
      results: results.map((r) => ({
        educatorId: r.educatorId,
        schedule: r.scheduleId,
        currentLane: r.currentLane,
        step: r.currentStep,
        nextLane: r.nextLane,
        attainableByCredits: r.attainableByCredits,
        creditsNeeded: r.creditsNeeded,
        creditsEarned: r.creditsEarned,
        creditsRemaining: r.creditsRemaining,
        qualifiesOn: r.qualifiesOn,
        application: r.application,
        effectiveDate: r.application?.effective ?? null,
        salary: r.salary && {
          contractYear: r.salary.contractYear,
          current: dollars(r.salary.currentCents),
          next: dollars(r.salary.nextCents),
          annualDifference: dollars(r.salary.annualDifferenceCents),
          thisContractYear: dollars(r.salary.thisContractYearCents),
          nextFiveYears: r.salary.nextFiveYears.map((y) => ({
            contractYear: y.contractYear,
            step: y.step,
            current: dollars(y.currentCents),
            next: dollars(y.nextCents),
            difference: dollars(y.differenceCents),
          })),
          nextFiveYearsTotal: dollars(r.salary.nextFiveYearsTotalCents),
        },
        byKind: r.byKind,
        adjustments: r.adjustments,
        explanation: r.explanation,
        compensation: r.compensation && {
          budgetYear: r.compensation.budgetYear,
          baseSalary: dollars(r.compensation.baseSalaryCents),
          stipends: dollars(r.compensation.stipendsCents),
          increases: dollars(r.compensation.increasesCents),
          total: dollars(r.compensation.totalCents),
          nextPayChange: r.compensation.nextPayChange && {
            ...r.compensation.nextPayChange,
            amount: dollars(r.compensation.nextPayChange.cents),
          },
          rules: r.compensation.rules,
          credentials: r.compensation.credentials,
          excluded: r.compensation.excluded,
        },
      })),
      ...(schedule.compensation
        ? {
            compensationTotals: {
              stipends: dollars(results.reduce((a, r) => a + (r.compensation?.stipendsCents ?? 0), 0)),
              increases: dollars(results.reduce((a, r) => a + (r.compensation?.increasesCents ?? 0), 0)),
              total: dollars(results.reduce((a, r) => a + (r.compensation?.totalCents ?? 0), 0)),
            },
          }
        : {}),
    },
    null,
    2,
  )}\n`;
}

function toCsv(results: readonly LanesResult[], withCompensation: boolean): string {
  return stringify(
    results.map((r) => [
      r.educatorId,
      r.currentLane,
      r.currentStep,
      r.nextLane ?? '',
      r.creditsNeeded,
      r.creditsEarned,
      r.creditsRemaining,
      r.qualifiesOn ?? '',
      r.application?.effective ?? '',
      r.salary ? dollars(r.salary.annualDifferenceCents) : '',
      r.salary ? dollars(r.salary.thisContractYearCents) : '',
      r.salary ? dollars(r.salary.nextFiveYearsTotalCents) : '',
      ...(withCompensation
        ? [
            r.compensation ? dollars(r.compensation.stipendsCents) : '',
            r.compensation ? dollars(r.compensation.increasesCents) : '',
            r.compensation ? dollars(r.compensation.totalCents) : '',
            r.compensation?.nextPayChange?.text ?? '',
          ]
        : []),
    ]),
    {
      header: true,
      columns: [
        'educator_id',
        'current_lane',
        'step',
        'next_lane',
        'credits_needed',
        'credits_earned',
        'credits_remaining',
        'qualifies_on',
        'effective_date',
        'annual_difference',
        'this_contract_year',
        'next_five_years',
        ...(withCompensation
          ? ['stipends_budget_year', 'increases_budget_year', 'compensation_budget_year', 'next_pay_change']
          : []),
      ],
    },
  );
}

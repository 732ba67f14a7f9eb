// The `convert` command as a function of its arguments and a file reader, so that tests and the
// entry point share it. Input problems become ConvertInputError (file, line, field); the caller
// prints nothing to stdout unless the whole run succeeded.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  ACTIVITY_TYPES,
  CREDIT_LEVELS,
  DEGREE_LEVELS,
  RECORD_STATUSES,
  RECORD_UNITS,
  type ActivityType,
  type CreditLevel,
  type DegreeLevel,
  type RecordStatus,
  type RecordUnit,
} from '../lib/canonical-ids';
import { CycleWindowError, type LicenseInput } from '../lib/cycle-window';
import { isDecimalString } from '../lib/exact-amount';
import { isLocalDate } from '../lib/local-date';
import { PdRecordError, type PdRecordInput } from '../lib/pd-record';
import { evaluateRenewal, type RenewalEvaluation } from '../lib/renewal-evaluator';
import { compileRuleSet, versionInForce, type CompiledRuleSet } from '../lib/rule-set-compiler';
import { RuleDataValidationError } from '../lib/rule-set.schema';
import { getRuleSetPreset, isRuleSetPresetId, RULE_SET_PRESET_IDS } from '../presets/rule-set-presets';

export class ConvertInputError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly field: string | null,
    readonly detail: string,
  ) {
    super(`${file}${line !== null ? `:${line}` : ''}${field ? `: ${field}` : ''}: ${detail}`);
    this.name = 'ConvertInputError';
  }
}

export const USAGE =
  'usage: convert --rules <preset-id|path.json> --educators <educators.csv> --records <records.csv> --as-of <YYYY-MM-DD> [--format json|csv]';

/** The arguments `convert` and `lanes` share; `source` is the rule set or the salary schedule. */
export interface CommonOptions {
  source: string;
  educators: string;
  records: string;
  asOf: string;
  format: 'json' | 'csv';
}

/** Parses `--<sourceFlag> --educators --records --as-of [--format]`; bad arguments name the flag. */
export function parseCommonArgs(argv: readonly string[], sourceFlag: string, usage: string): CommonOptions {
  const known = new Set([sourceFlag, 'educators', 'records', 'as-of', 'format']);
  const values: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m || !known.has(m[1]!)) throw new ConvertInputError('(arguments)', null, arg, `unknown argument; ${usage}`);
    const value = m[2] ?? argv[++i];
    if (value === undefined || value === '') throw new ConvertInputError('(arguments)', null, `--${m[1]}`, 'needs a value');
    values[m[1]!] = value;
  }
  for (const flag of [sourceFlag, 'educators', 'records', 'as-of']) {
    if (!values[flag]) throw new ConvertInputError('(arguments)', null, `--${flag}`, `is required; ${usage}`);
  }
  if (!isLocalDate(values['as-of']!))
    throw new ConvertInputError('(arguments)', null, '--as-of', `not a calendar date YYYY-MM-DD: ${values['as-of']}`);
  const format = values['format'] ?? 'json';
  if (format !== 'json' && format !== 'csv')
    throw new ConvertInputError('(arguments)', null, '--format', `must be json or csv, not ${format}`);
  return {
    source: values[sourceFlag]!,
    educators: values['educators']!,
    records: values['records']!,
    asOf: values['as-of']!,
    format,
  };
}

export type Row = { line: number; values: Record<string, string> };

/** Reads a CSV file with a header row; every column must be known, the required ones present. */
export function readCsv(file: string, text: string, required: readonly string[], optional: readonly string[]): Row[] {
  let parsed: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    parsed = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim()),
      skip_empty_lines: true,
      trim: true,
      info: true,
      bom: true,
    }) as typeof parsed;
  } catch (error) {
    const e = error as { lines?: number; message: string };
    throw new ConvertInputError(file, e.lines ?? null, null, `not valid CSV: ${e.message}`);
  }
  const header = (parse(text, { to_line: 1, bom: true, trim: true }) as string[][])[0] ?? [];
  for (const column of required) if (!header.includes(column)) throw new ConvertInputError(file, 1, column, 'missing column');
  for (const column of header)
    if (!required.includes(column) && !optional.includes(column)) throw new ConvertInputError(file, 1, column, 'unknown column');
  return parsed.map(({ record, info }) => ({ line: info.lines, values: record }));
}

function loadRules(spec: string, readFile: (path: string) => string): CompiledRuleSet {
  if (isRuleSetPresetId(spec)) return compileRuleSet(getRuleSetPreset(spec));
  if (!/\.json$/i.test(spec))
    throw new ConvertInputError(
      '(arguments)',
      null,
      '--rules',
      `not a preset id (${RULE_SET_PRESET_IDS.join(', ')}) or a .json file: ${spec}`,
    );
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
    return compileRuleSet(data as never);
  } catch (error) {
    if (error instanceof RuleDataValidationError) {
      const first = error.issues[0]!;
      throw new ConvertInputError(
        spec,
        lineOfPath(text, first.path),
        first.path || '(root)',
        `invalid rule set: ${first.message}${error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : ''}`,
      );
    }
    throw error;
  }
}

/** Best-effort line of a JSON path's last key in the file (for the error message). */
function lineOfPath(text: string, path: string): number | null {
  const keys = path.split(/\.|\[\d+\]/).filter(Boolean);
  const last = keys[keys.length - 1];
  if (!last) return null;
  const index = text.indexOf(`"${last}"`);
  return index < 0 ? null : text.slice(0, index).split('\n').length;
}

export function optionalDate(file: string, row: Row, field: string): string | null {
  const v = row.values[field];
  if (v === undefined || v === '') return null;
  if (!isLocalDate(v)) throw new ConvertInputError(file, row.line, field, `not a calendar date YYYY-MM-DD: ${v}`);
  return v;
}

/**
 * Reads records.csv (shared by the convert and lanes commands): every field checked, the first bad
 * one reported with file, line and field.
 */
export function readRecordRows(
  file: string,
  text: string,
  educatorsFile: string,
  knownEducator: (id: string) => boolean,
): Array<{ educatorId: string; record: PdRecordInput }> {
  const recordRows = readCsv(
    file,
    text,
    ['educator_id', 'completed_on', 'activity_type', 'amount', 'unit', 'categories', 'title', 'status'],
    [
      'record_id',
      'level',
      'stated_hours',
      'in_district',
      'pre_approved',
      'catalog_item_id',
      'catalog_item_name',
      'achievement_id',
    ],
  );
  const out: Array<{ educatorId: string; record: PdRecordInput }> = [];
  const recordIds = new Set<string>();
  for (const row of recordRows) {
    const f = (name: string) => row.values[name] ?? '';
    const bad = (field: string, message: string) => new ConvertInputError(file, row.line, field, message);
    if (!knownEducator(f('educator_id')))
      throw bad('educator_id', `unknown educator "${f('educator_id')}" (not in ${educatorsFile})`);
    if (!isLocalDate(f('completed_on'))) throw bad('completed_on', `not a calendar date YYYY-MM-DD: "${f('completed_on')}"`);
    if (!(ACTIVITY_TYPES as readonly string[]).includes(f('activity_type')))
      throw bad('activity_type', `unknown activity type "${f('activity_type')}" (known: ${ACTIVITY_TYPES.join(', ')})`);
    if (!isDecimalString(f('amount'))) {
      throw bad(
        'amount',
        f('amount').startsWith('-')
          ? `negative amount "${f('amount')}"`
          : `not a non-negative decimal with at most 4 places: "${f('amount')}"`,
      );
    }
    if (!(RECORD_UNITS as readonly string[]).includes(f('unit')))
      throw bad('unit', `unknown unit "${f('unit')}" (known: ${RECORD_UNITS.join(', ')})`);
    const status = f('status');
    if (status && !(RECORD_STATUSES as readonly string[]).includes(status))
      throw bad('status', `unknown status "${status}" (known: ${RECORD_STATUSES.join(', ')}, or blank for approved)`);
    const level = f('level');
    if (level && !(CREDIT_LEVELS as readonly string[]).includes(level))
      throw bad('level', `unknown level "${level}" (graduate, undergraduate, or blank)`);
    const statedHours = f('stated_hours');
    if (statedHours && !isDecimalString(statedHours)) throw bad('stated_hours', `not a non-negative decimal: "${statedHours}"`);
    const id = f('record_id') || `${file}:${row.line}`;
    if (recordIds.has(id)) throw bad('record_id', `duplicate record id "${id}"`);
    recordIds.add(id);
    const flags: Partial<PdRecordInput> = {};
    // The catalog entry a micro-credential was recorded against (salary compensation rules name catalog entries).
    if (f('catalog_item_id')) flags.catalogItemId = f('catalog_item_id');
    if (f('catalog_item_name')) flags.catalogItemName = f('catalog_item_name');
    if (f('achievement_id')) flags.achievementId = f('achievement_id');
    for (const [field, key] of [
      ['in_district', 'inDistrict'],
      ['pre_approved', 'preApproved'],
    ] as const) {
      const v = f(field).toLowerCase();
      if (v === '') continue;
      if (v !== 'true' && v !== 'false' && v !== 'yes' && v !== 'no')
        throw bad(field, `must be true, false, yes, no or blank, not "${f(field)}"`);
      flags[key] = v === 'true' || v === 'yes';
    }
    out.push({
      educatorId: f('educator_id'),
      record: {
        id,
        completedOn: f('completed_on'),
        activityType: f('activity_type') as ActivityType,
        amount: f('amount'),
        unit: f('unit') as RecordUnit,
        categories: f('categories')
          .split(';')
          .map((c) => c.trim())
          .filter(Boolean),
        title: f('title') || null,
        status: (status || 'approved') as RecordStatus,
        level: (level || null) as CreditLevel | null,
        statedHours: statedHours || null,
        ...flags,
      },
    });
  }
  return out;
}

/** Runs the command; returns the text for stdout. Throws ConvertInputError for bad input. */
export function runConvert(argv: readonly string[], readFile: (path: string) => string): string {
  const options = parseCommonArgs(argv, 'rules', USAGE);
  const compiled = loadRules(options.source, readFile);
  const read = (file: string) => {
    try {
      return readFile(file);
    } catch {
      throw new ConvertInputError(file, null, null, 'cannot read the file');
    }
  };
  const version = versionInForce(compiled, options.asOf).version;

  const educatorRows = readCsv(
    options.educators,
    read(options.educators),
    ['educator_id', 'license_type', 'cycle_start', 'cycle_end'],
    ['license_issued', 'birth_date', 'grade_band', 'highest_degree', 'additional_licenses', 'endorsements'],
  );
  const educators = new Map<string, { row: Row; license: LicenseInput; records: PdRecordInput[] }>();
  for (const row of educatorRows) {
    const id = row.values['educator_id'] ?? '';
    if (!id) throw new ConvertInputError(options.educators, row.line, 'educator_id', 'is blank');
    if (educators.has(id)) throw new ConvertInputError(options.educators, row.line, 'educator_id', `duplicate educator ${id}`);
    const licenseType = row.values['license_type'] || null;
    if (
      licenseType &&
      !version.licenseTypes.some((t) => t.id === licenseType || t.name.toLowerCase() === licenseType.toLowerCase())
    ) {
      throw new ConvertInputError(
        options.educators,
        row.line,
        'license_type',
        `unknown license type "${licenseType}" (known: ${version.licenseTypes.map((t) => t.id).join(', ')})`,
      );
    }
    const gradeBand = row.values['grade_band'] || null;
    if (gradeBand && !(version.gradeBands ?? []).some((b) => b.id === gradeBand)) {
      throw new ConvertInputError(options.educators, row.line, 'grade_band', `unknown grade band "${gradeBand}"`);
    }
    const license: LicenseInput = {
      licenseType,
      cycleStart: optionalDate(options.educators, row, 'cycle_start'),
      cycleEnd: optionalDate(options.educators, row, 'cycle_end'),
      issuedOn: optionalDate(options.educators, row, 'license_issued'),
      birthDate: optionalDate(options.educators, row, 'birth_date'),
      gradeBand,
    };
    // degree-dependent requirements (KS, SC) and per-license increments (MA, NH).
    const degree = row.values['highest_degree'] || null;
    if (degree && !(DEGREE_LEVELS as readonly string[]).includes(degree)) {
      throw new ConvertInputError(
        options.educators,
        row.line,
        'highest_degree',
        `unknown degree "${degree}" (${DEGREE_LEVELS.join(', ')}, or blank)`,
      );
    }
    if (degree) license.highestDegree = degree as DegreeLevel;
    for (const [field, key] of [
      ['additional_licenses', 'additionalLicenses'],
      ['endorsements', 'endorsements'],
    ] as const) {
      const v = row.values[field];
      if (v === undefined || v === '') continue;
      if (!/^\d{1,3}$/.test(v)) throw new ConvertInputError(options.educators, row.line, field, `not a whole number: "${v}"`);
      license[key] = Number(v);
    }
    educators.set(id, { row, license, records: [] });
  }

  for (const { educatorId, record } of readRecordRows(options.records, read(options.records), options.educators, (id) =>
    educators.has(id),
  )) {
    educators.get(educatorId)!.records.push(record);
  }

  const results: RenewalEvaluation[] = [];
  for (const [educatorId, { row, license, records }] of educators) {
    try {
      results.push(evaluateRenewal({ ruleSet: compiled, educatorId, license, records, asOf: options.asOf }));
    } catch (error) {
      if (error instanceof CycleWindowError) throw new ConvertInputError(options.educators, row.line, error.field, error.message);
      if (error instanceof PdRecordError) throw new ConvertInputError(options.records, null, error.field, error.message);
      throw error;
    }
  }
  return options.format === 'json' ? toJson(results) : toCsv(results);
}

function toJson(results: readonly RenewalEvaluation[]): string {
  return `${JSON.stringify(
    {
      results: results.map((r) => ({
        educatorId: r.educatorId,
        unit: r.unit.id,
        unitName: r.unit.name,
        ruleSet: `${r.ruleSetId}@${r.ruleSetVersion}`,
        licenseType: r.licenseType.id,
        cycle: { start: r.cycle.start, end: r.cycle.end },
        deadline: r.cycle.deadline,
        required: r.required,
        earned: r.earned,
        remaining: r.remaining,
        carryIn: r.carryIn,
        carryOut: r.carryOut,
        status: r.status,
        categories: r.categories.map((c) => ({ id: c.id, required: c.required, earned: c.earned, met: c.met })),
        pathways: r.pathways,
        adjustments: r.adjustments,
        uncertain: r.uncertain,
        countedFrom: r.countedFrom,
        countedThrough: r.countedThrough,
        rulesApplied: r.rulesApplied,
        notChecked: r.notChecked,
        explanation: r.explanation,
      })),
    },
    null,
    2,
  )}\n`;
}

function toCsv(results: readonly RenewalEvaluation[]): string {
  return stringify(
    results.map((r) => [
      r.educatorId,
      r.unit.id,
      r.licenseType.id,
      r.cycle.start,
      r.cycle.end,
      r.cycle.deadline,
      r.required,
      r.earned,
      r.remaining,
      r.carryIn,
      r.carryOut,
      r.status,
      r.categories.map((c) => `${c.id}:${c.earned}/${c.required}:${c.met ? 'met' : 'not_met'}`).join(';'),
    ]),
    {
      header: true,
      columns: [
        'educator_id',
        'unit',
        'license_type',
        'cycle_start',
        'cycle_end',
        'deadline',
        'required',
        'earned',
        'remaining',
        'carry_in',
        'carry_out',
        'status',
        'categories',
      ],
    },
  );
}

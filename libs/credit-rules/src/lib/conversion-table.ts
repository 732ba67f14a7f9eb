// Precompiled conversion lookup shared by the renewal and lane evaluators. A rule list is compiled
// once into a flat table indexed by (activity type, unit, level, in-district), so the hot path does
// one array read per record instead of walking the rules.
import { ACTIVITY_TYPES, RECORD_UNITS, type ActivityType, type RecordUnit } from './canonical-ids';
import { AMOUNT_SCALE, lcm, parseRational, parseScaled, assertSafe } from './exact-amount';
import type { PdRecordInput } from './pd-record';
import { PdRecordError } from './pd-record';
import type { ConversionRule } from './rule-set.schema';

export const ACTIVITY_INDEX: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(ACTIVITY_TYPES.map((a, i) => [a, i]))),
);
export const UNIT_INDEX: Readonly<Record<string, number>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(RECORD_UNITS.map((u, i) => [u, i]))),
);
/**
 * A name -> number table for the hot path: a plain object with fast properties (a null-prototype
 * object is a hash dictionary in V8, several times slower to read per record). Inherited names
 * ("toString", "__proto__") read as non-numbers, so callers test `typeof value === 'number'`.
 */
export function fastLookup(entries: Iterable<readonly [string, number]>): Readonly<Record<string, unknown>> {
  const table: Record<string, unknown> = {};
  for (const [name, value] of entries) Object.defineProperty(table, name, { value, enumerable: true });
  return table;
}
const ACTIVITY_LOOKUP = fastLookup(ACTIVITY_TYPES.map((a, i) => [a, i] as const));
const UNIT_LOOKUP = fastLookup(RECORD_UNITS.map((u, i) => [u, i] as const));
const LEVELS = 3; // 0 unknown, 1 graduate, 2 undergraduate
// Local copy: an imported binding is a getter call per use once compiled to CommonJS.
const UNIT_COUNT = RECORD_UNITS.length;

export function levelIndex(level: string | null | undefined): number {
  return level === 'graduate' ? 1 : level === 'undergraduate' ? 2 : 0;
}

export enum ConversionKind {
  Factor = 0,
  PerRecord = 1,
  CatalogHours = 2,
  Bands = 3,
  NotAccepted = 4,
  /** A factor with a per-event minimum (kept apart so the plain factor path stays as short as before). */
  FactorPerEvent = 5,
}

export interface CompiledConversion {
  readonly rule: ConversionRule;
  readonly kind: ConversionKind;
  /** Factor and catalog-hours: credited sub-units = scaled amount x multiplier (catalog: x hours). */
  readonly multiplier: number;
  /** Per-record: the fixed credit in sub-units. */
  readonly fixed: number;
  /** Bands, highest `min` first: [min scaled, credit in sub-units]. */
  readonly bands: ReadonlyArray<readonly [number, number]>;
  /** Per-event minimum of the recorded amount, scaled (0 = none; see perEventSchema). */
  readonly eventMinimum: number;
  /** Per-event step of the recorded amount, scaled (0 = every fraction counts). */
  readonly eventStep: number;
}

/** convertAmount's answer when a catalog-hours conversion finds no stated hours. */
export const NO_STATED_HOURS = -1;
/** convertAmount's answer when a record (one event) is below its conversion's per-event minimum. */
export const BELOW_EVENT_MINIMUM = -2;

export interface ConversionTable {
  readonly conversions: readonly CompiledConversion[];
  /** Index into conversions, or -1 when no rule matches. */
  readonly lookup: Int16Array;
}

/** The denominators a list of conversion rules needs in the sub-unit (see exact-amount.ts). */
export function conversionDenominators(rules: readonly ConversionRule[]): number {
  let l = 1;
  for (const r of rules) {
    if (r.value.kind === 'factor' || r.value.kind === 'catalog_hours') l = lcm(l, parseRational(r.value.factor).den);
  }
  return l;
}

function slot(activity: number, unit: number, level: number, inDistrict: number): number {
  return ((activity * UNIT_COUNT + unit) * LEVELS + level) * 2 + inDistrict;
}

/** Compiles conversion rules for a sub-unit of 1/(AMOUNT_SCALE * l). */
export function compileConversionTable(rules: readonly ConversionRule[], l: number): ConversionTable {
  const conversions: CompiledConversion[] = rules.map((rule) => {
    const v = rule.value;
    switch (v.kind) {
      case 'factor':
      case 'catalog_hours': {
        const r = parseRational(v.factor);
        return {
          rule,
          kind:
            v.kind === 'catalog_hours'
              ? ConversionKind.CatalogHours
              : rule.perEvent
                ? ConversionKind.FactorPerEvent
                : ConversionKind.Factor,
          multiplier: assertSafe(r.num * (l / r.den), rule.id),
          fixed: 0,
          bands: [],
          eventMinimum: rule.perEvent ? parseScaled(rule.perEvent.minimum) : 0,
          eventStep: rule.perEvent?.step ? parseScaled(rule.perEvent.step) : 0,
        };
      }
      case 'per_record':
        return {
          rule,
          kind: ConversionKind.PerRecord,
          multiplier: 0,
          fixed: assertSafe(parseScaled(v.amount) * l, rule.id),
          bands: [],
          eventMinimum: 0,
          eventStep: 0,
        };
      case 'bands': {
        const bands = v.bands.map((b) => [parseScaled(b.min), parseScaled(b.amount) * l] as const).sort((a, b) => b[0] - a[0]);
        return { rule, kind: ConversionKind.Bands, multiplier: 0, fixed: 0, bands, eventMinimum: 0, eventStep: 0 };
      }
      case 'not_accepted':
        return { rule, kind: ConversionKind.NotAccepted, multiplier: 0, fixed: 0, bands: [], eventMinimum: 0, eventStep: 0 };
    }
  });
  const lookup = new Int16Array(ACTIVITY_TYPES.length * RECORD_UNITS.length * LEVELS * 2).fill(-1);
  ACTIVITY_TYPES.forEach((activity, a) => {
    RECORD_UNITS.forEach((unit, u) => {
      for (let level = 0; level < LEVELS; level++) {
        for (let d = 0; d < 2; d++) {
          const levelName = level === 1 ? 'graduate' : level === 2 ? 'undergraduate' : 'unknown';
          const index = rules.findIndex(
            ({ match: m }) =>
              (!m.activityTypes || m.activityTypes.includes(activity as ActivityType)) &&
              (!m.units || m.units.includes(unit as RecordUnit)) &&
              (!m.levels || m.levels.includes(levelName)) &&
              (m.inDistrict === undefined || m.inDistrict === (d === 1)),
          );
          lookup[slot(a, u, level, d)] = index;
        }
      }
    });
  });
  return { conversions, lookup };
}

/**
 * A record's activity type, unit, level and in-district flag as one integer (bits 0-7, 8-15, 16-23,
 * 24), read once per record so that conversion lookups and selectors compare small integers.
 * Throws PdRecordError for an unknown activity type or unit.
 */
export function recordShape(record: PdRecordInput): number {
  const a = activityIndexOf(record.activityType);
  if (a < 0) throw new PdRecordError(record.id, 'activityType', `unknown activity type ${JSON.stringify(record.activityType)}`);
  const u = unitIndexOf(record.unit);
  if (u < 0) throw new PdRecordError(record.id, 'unit', `unknown unit ${JSON.stringify(record.unit)}`);
  return a | (u << 8) | (levelIndex(record.level) << 16) | (record.inDistrict === true ? 1 << 24 : 0);
}

// The common names first, by switch: V8 compiles a string switch to comparisons that are a pointer
// test for the (internalized) literals the presets and the bench use, about three times faster per
// record than a keyed property lookup. Anything else goes through the lookup tables, so the result
// is the index in ACTIVITY_TYPES / RECORD_UNITS either way (conversion-table.spec.ts checks every
// name against those lists).
function activityIndexOf(name: unknown): number {
  switch (name) {
    case 'course':
      return 0;
    case 'workshop':
      return 1;
    case 'conference':
      return 2;
    case 'micro_credential':
      return 3;
    case 'independent_study':
      return 4;
    case 'presenting':
      return 5;
    case 'mentoring':
      return 6;
  }
  const a = typeof name === 'string' ? ACTIVITY_LOOKUP[name] : undefined;
  return typeof a === 'number' ? a : -1;
}

function unitIndexOf(name: unknown): number {
  switch (name) {
    case 'clock_hour':
      return 0;
    case 'semester_credit':
      return 1;
    case 'quarter_credit':
      return 2;
    case 'ceu':
      return 3;
    case 'micro_credential':
      return 4;
  }
  const u = typeof name === 'string' ? UNIT_LOOKUP[name] : undefined;
  return typeof u === 'number' ? u : -1;
}

/** The conversion index for a record's shape (see recordShape), or -1. */
export function lookupShape(table: ConversionTable, shape: number): number {
  return table.lookup[slot(shape & 0xff, (shape >>> 8) & 0xff, (shape >>> 16) & 0xff, shape >>> 24)]!;
}

/** The conversion index for a record, or -1. Throws PdRecordError for an unknown activity type or unit. */
export function lookupConversion(table: ConversionTable, record: PdRecordInput): number {
  return lookupShape(table, recordShape(record));
}

const parse = parseScaled;
const assertSafeFast = assertSafe;
const SCALE = AMOUNT_SCALE;

/** Parses a record's amount to 1/10^4, throwing PdRecordError when it is not a non-negative decimal. */
export function recordAmount(record: PdRecordInput): number {
  const scaled = typeof record.amount === 'string' ? parse(record.amount) : NaN;
  if (Number.isNaN(scaled))
    throw new PdRecordError(
      record.id,
      'amount',
      `not a non-negative decimal with at most 4 places: ${JSON.stringify(record.amount)}`,
    );
  return scaled;
}

/**
 * Converts one record's scaled amount with a compiled conversion. Returns the credit in sub-units,
 * NO_STATED_HOURS when a catalog-hours conversion finds no stated hours, or BELOW_EVENT_MINIMUM
 * when the record is below the conversion's per-event minimum.
 */
export function convertAmount(conversion: CompiledConversion, scaled: number, record: PdRecordInput): number {
  switch (conversion.kind) {
    case ConversionKind.Factor:
      return assertSafeFast(scaled * conversion.multiplier, record.id);
    case ConversionKind.FactorPerEvent:
      // One record is one event: its own amount must reach the minimum, and only whole steps count.
      if (scaled < conversion.eventMinimum) return BELOW_EVENT_MINIMUM;
      if (conversion.eventStep !== 0) scaled -= scaled % conversion.eventStep;
      return assertSafeFast(scaled * conversion.multiplier, record.id);
    case ConversionKind.PerRecord:
      return conversion.fixed;
    case ConversionKind.CatalogHours: {
      if (record.statedHours == null || record.statedHours === '') return NO_STATED_HOURS;
      const hours = parse(record.statedHours);
      if (Number.isNaN(hours))
        throw new PdRecordError(record.id, 'statedHours', `not a decimal: ${JSON.stringify(record.statedHours)}`);
      // A micro-credential is earned whole; a fractional count would need a finer sub-unit.
      if (scaled % SCALE !== 0) throw new PdRecordError(record.id, 'amount', 'a micro-credential count must be a whole number');
      return assertSafeFast((scaled / SCALE) * hours * conversion.multiplier, record.id);
    }
    case ConversionKind.Bands: {
      for (const [min, credit] of conversion.bands) if (scaled >= min) return credit;
      return 0;
    }
    case ConversionKind.NotAccepted:
      return 0;
  }
}

/** Describes the conversion arithmetic for an explanation line. */
export function describeConversion(conversion: CompiledConversion): string {
  const v = conversion.rule.value;
  switch (v.kind) {
    case 'factor': {
      const e = conversion.rule.perEvent;
      if (!e) return `amount x ${v.factor}`;
      return `amount x ${v.factor} (one event, at least ${e.minimum}${e.step ? `, counted in whole steps of ${e.step}` : ''}; events not combined)`;
    }
    case 'per_record':
      return `${v.amount} per record`;
    case 'catalog_hours':
      return v.factor === '1' ? 'count x catalog stated hours' : `count x catalog stated hours x ${v.factor}`;
    case 'bands':
      return `score bands: ${v.bands.map((b) => `>= ${b.min} -> ${b.amount}`).join(', ')}`;
    case 'not_accepted':
      return 'not accepted';
  }
}

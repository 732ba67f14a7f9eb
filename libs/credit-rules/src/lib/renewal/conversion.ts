// The hot path: one pass over a cycle's records (status, dates that count, conversion, rounding)
// into reusable typed arrays, then the minimum per topic and the caps. The pass makes no object,
// closure or string per record; amounts are integer sub-units of the compiled rule set.
import { BELOW_EVENT_MINIMUM, convertAmount, lookupShape, recordAmount, recordShape } from '../conversion-table';
import type { CycleWindow } from '../cycle-window';
import * as exactAmount from '../exact-amount';
import type { LocalDate } from '../local-date';
import { PdRecordError, type PdRecordInput } from '../pd-record';
import type { CompiledVersion } from '../rule-set-compiler';
import { applyCaps, applyTopicMinimum } from './caps';
import type { EvaluationContext } from './evaluation-context';
import {
  COUNTED,
  R_AFTER,
  R_BELOW_EVENT,
  R_LOOK_BACK,
  R_NO_CONVERSION,
  R_NO_HOURS,
  R_NOT_ACCEPTED,
  R_OUTSIDE,
  statusCode,
} from './record-codes';
import { categoryBits } from './record-match';

// Hot-path functions and codes bound locally: imported bindings compile to a getter call per use under CommonJS.
const { assertSafe } = exactAmount;
const recordAmountFast = recordAmount;
const recordShapeFast = recordShape;
const lookupShapeFast = lookupShape;
const convertAmountFast = convertAmount;
const statusCodeFast = statusCode;
const categoryBitsFast = categoryBits;
const IS_COUNTED = COUNTED;
const OUTSIDE = R_OUTSIDE;
const LOOK_BACK = R_LOOK_BACK;
const AFTER = R_AFTER;
const NO_CONVERSION = R_NO_CONVERSION;
const BELOW_EVENT = R_BELOW_EVENT;
const NO_HOURS = R_NO_HOURS;
const NOT_ACCEPTED = R_NOT_ACCEPTED;

/** One cycle's credit per record (indexes follow the input records) and what changed it. */
export interface CycleTotals {
  count: number;
  version: CompiledVersion;
  cycle: CycleWindow;
  requiredSub: number;
  credited: Float64Array;
  converted: Float64Array;
  reason: Uint8Array;
  convIndex: Int16Array;
  catBits: Int32Array;
  scaled: Float64Array;
  /** Each record's activity type, unit, level and in-district flag (see recordShape). */
  shape: Int32Array;
  /** Each record's review-status code (before the dates and the conversion are looked at). */
  status: Uint8Array;
  capRemoved: Array<{ cap: number; record: number; removed: number }>;
  capBefore: number[];
  roundingChange: Float64Array | null;
  /** Records whose credit was dropped because their topic stayed below the minimum per topic. */
  topicRemoved: Array<{ record: number; removed: number }>;
  ownEarned: number;
  /** Records below their conversion's per-event minimum. */
  belowEvent: number;
}

// Three reusable buffer sets (the cycle, the previous cycle for carry-over, an overlapping cycle),
// grown on demand: evaluation is synchronous and not re-entrant, and allocating six typed arrays
// per cycle dominated small inputs. The conversion pass writes every array at every index below the
// record count, so they are not cleared between uses.
interface Scratch {
  size: number;
  credited: Float64Array;
  converted: Float64Array;
  reason: Uint8Array;
  convIndex: Int16Array;
  catBits: Int32Array;
  scaled: Float64Array;
  status: Uint8Array;
  shape: Int32Array;
}
const scratch: Scratch[] = [];
function buffers(slot: number, n: number): Scratch {
  let s = scratch[slot];
  if (!s || s.size < n) {
    const size = Math.max(n, 64, (s?.size ?? 0) * 2);
    s = {
      size,
      credited: new Float64Array(size),
      converted: new Float64Array(size),
      reason: new Uint8Array(size),
      convIndex: new Int16Array(size),
      catBits: new Int32Array(size),
      scaled: new Float64Array(size),
      status: new Uint8Array(size),
      shape: new Int32Array(size),
    };
    scratch[slot] = s;
  }
  return s;
}

function roundTo(value: number, increment: number, mode: 'down' | 'half_up' | 'up'): number {
  const rest = value % increment;
  if (rest === 0) return value;
  if (mode === 'down') return value - rest;
  if (mode === 'up') return value - rest + increment;
  return rest * 2 >= increment ? value - rest + increment : value - rest;
}

/**
 * Credits one cycle's records: status, the dates that count (`from`..`through`, default the cycle),
 * conversion and rounding in one pass, then the minimum per topic and the caps. `slot` picks the
 * buffer set (the result's arrays are reused by the next call with the same slot); `skip` holds
 * exclusion codes decided beforehand (records an overlapping cycle takes).
 */
export function creditCycle(
  version: CompiledVersion,
  cycle: CycleWindow,
  requiredSub: number,
  records: readonly PdRecordInput[],
  asOf: LocalDate,
  slot = 0,
  from: LocalDate = cycle.start,
  through: LocalDate = cycle.end,
  skip: Uint8Array | null = null,
  same: CycleTotals | null = null,
): CycleTotals {
  const n = records.length;
  const buf = buffers(slot, n);
  const { credited, converted, reason } = buf;
  // The same records already read under the same version (the evaluated cycle, for the previous
  // one): its parsed amounts, shapes, conversions, statuses and categories are shared, not copied
  // (nothing writes them after the pass that made them).
  const known = same !== null && same.version === version && same.count === n ? same : null;
  const scaled = known !== null ? known.scaled : buf.scaled;
  const shape = known !== null ? known.shape : buf.shape;
  const convIndex = known !== null ? known.convIndex : buf.convIndex;
  const catBits = known !== null ? known.catBits : buf.catBits;
  const status = known !== null ? known.status : buf.status;
  const table = version.table;
  const increment = version.roundingIncrement;
  const mode = version.version.rounding?.mode ?? 'down';
  let roundingChange: Float64Array | null = null;
  // Dates that count: the cycle, unless a look-back or an earning window moves its edges.
  const start = cycle.start;
  const end = through;
  let own = 0;
  let belowEvent = 0;
  for (let i = 0; i < n; i++) {
    const record = records[i]!;
    let amount: number;
    let conv: number;
    if (known !== null) {
      amount = scaled[i]!;
      conv = convIndex[i]!;
    } else {
      amount = recordAmountFast(record);
      const form = recordShapeFast(record);
      conv = lookupShapeFast(table, form);
      scaled[i] = amount;
      shape[i] = form;
      convIndex[i] = conv;
    }
    const completedOn = record.completedOn;
    if (typeof completedOn !== 'string' || completedOn.length !== 10)
      throw new PdRecordError(record.id, 'completedOn', `not a date: ${JSON.stringify(completedOn)}`);
    let code: number;
    if (known !== null) code = status[i]!;
    else {
      code = statusCodeFast(record);
      status[i] = code;
      catBits[i] = categoryBitsFast(record, version.categoryLookup);
    }
    if (code === IS_COUNTED) {
      if (completedOn < start || completedOn > end) code = OUTSIDE;
      else if (completedOn < from) code = LOOK_BACK;
      else if (completedOn > asOf && !record.hypothetical) code = AFTER;
      else if (skip !== null && skip[i] !== 0) code = skip[i] ?? code;
      else if (conv < 0) code = NO_CONVERSION;
    }
    converted[i] = 0;
    credited[i] = 0;
    reason[i] = code;
    if (code !== IS_COUNTED) continue;
    const compiledConv = table.conversions[conv]!;
    let value = convertAmountFast(compiledConv, amount, record);
    if (value < 0) {
      if (value === BELOW_EVENT_MINIMUM) {
        reason[i] = BELOW_EVENT;
        belowEvent++;
      } else reason[i] = NO_HOURS;
      continue;
    }
    if (compiledConv.rule.value.kind === 'not_accepted') reason[i] = NOT_ACCEPTED;
    if (increment > 0 && value > 0) {
      const rounded = roundTo(value, increment, mode);
      if (rounded !== value) {
        roundingChange ??= new Float64Array(n);
        roundingChange[i] = rounded - value;
        value = rounded;
      }
    }
    converted[i] = value;
    credited[i] = value;
    own += value;
  }
  assertSafe(own, 'cycle total');
  const totals: CycleTotals = {
    count: n,
    version,
    cycle,
    requiredSub,
    credited,
    converted,
    reason,
    convIndex,
    catBits,
    scaled,
    status,
    shape,
    capRemoved: [],
    capBefore: [],
    roundingChange,
    topicRemoved: [],
    ownEarned: own,
    belowEvent,
  };
  // The minimum per topic comes before the caps, which then see only what counts.
  if (version.topicMinimum > 0) applyTopicMinimum(totals, records);
  applyCaps(totals, records);
  return totals;
}

/** Credits the evaluated cycle over the dates that count, leaving out the records in `skip`. */
export function creditEvaluatedCycle(ctx: EvaluationContext, skip: Uint8Array | null): CycleTotals {
  const { counting } = ctx;
  return creditCycle(ctx.version, ctx.cycle, ctx.requiredSub, ctx.records, ctx.asOf, 0, counting.from, counting.through, skip);
}

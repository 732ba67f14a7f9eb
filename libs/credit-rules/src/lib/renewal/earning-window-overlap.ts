// An earning window past the expiry (MT) makes consecutive cycles overlap: PD completed in the
// overlap counts for the expiring license as far as it needs it, and otherwise for the next one,
// never for both. This decides, per record, which overlap PD this cycle gives up.
import { countingWindow, overlapUsedBy } from '../counting-window';
import { withDeadlines } from '../cycle-window';
import { addDays, addYears } from '../local-date';
import { selectVersion } from '../rule-set-compiler';
import { creditCycle } from './conversion';
import type { EvaluationContext } from './evaluation-context';
import * as codes from './record-codes';
import { compareRecords } from './record-match';
import { requiredFor } from './required-amount';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const { R_NEXT, R_PREVIOUS } = codes;
const compareRecordsFast = compareRecords;

/**
 * Which records an earning window past the expiry takes away from this cycle (reason codes per
 * record): overlap PD at the start that the previous license needed, and overlap PD after this
 * cycle's end that this license does not need. Null when nothing falls in either overlap.
 */
export function overlapExclusions(ctx: EvaluationContext): { skip: Uint8Array; lines: string[] } | null {
  const { compiled, version, licenseTypeId, license, cycle, requiredSub, records, asOf } = ctx;
  const cycleYears = ctx.licenseType.cycleYears;
  const through = ctx.counting.through;
  const order = (a: number, b: number) => compareRecordsFast(records, a, b);
  let skip: Uint8Array | null = null;
  const lines: string[] = [];
  const prevWindow = withDeadlines(version.version, addYears(cycle.start, -cycleYears), addDays(cycle.start, -1), 'previous');
  const prevVersion = selectVersion(compiled, prevWindow);
  if (prevVersion.version.earningWindow && prevVersion.licenseTypes.has(licenseTypeId)) {
    const prev = withDeadlines(prevVersion.version, prevWindow.start, prevWindow.end, 'previous');
    const before = overlapUsedBy(prev, records, order, () => {
      const required = requiredFor(compiled, prevVersion, licenseTypeId, license);
      const window = countingWindow(prevVersion.version, licenseTypeId, prev);
      return {
        required,
        credited: creditCycle(prevVersion, prev, required, records, asOf, 2, window.from, window.through).credited,
      };
    });
    if (before) {
      let n = 0;
      for (const i of before.overlap) {
        if (before.used[i] !== 1) continue;
        (skip ??= new Uint8Array(records.length))[i] = R_PREVIOUS;
        n++;
      }
      if (n > 0)
        lines.push(
          `${n} record(s) completed from ${cycle.start} to ${prev.earnUntil} counted for the previous license (${prev.start} to ${prev.end}), which needed them`,
        );
    }
  }
  if (through > cycle.end) {
    const after = overlapUsedBy(cycle, records, order, () => {
      const credited = creditCycle(
        version,
        cycle,
        requiredSub,
        records,
        asOf,
        2,
        countingWindow(version.version, licenseTypeId, cycle).from,
        through,
        skip,
      ).credited;
      return { required: requiredSub, credited };
    });
    if (after) {
      let n = 0;
      for (const i of after.overlap) {
        if (after.used[i] === 1) continue;
        (skip ??= new Uint8Array(records.length))[i] = R_NEXT;
        n++;
      }
      if (n > 0)
        lines.push(`${n} record(s) completed after the ${cycle.end} expiry are not needed here and count for the next license`);
    }
  }
  return skip ? { skip, lines } : null;
}

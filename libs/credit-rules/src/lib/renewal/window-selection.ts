// Which cycle is evaluated and under which rule-set version: the window is found with the version
// in force at the evaluation date, then the version in force for that window governs it. Also the
// dates that count inside the window (look-back, earning window past the expiry).
import { countingWindow, type CountingWindow } from '../counting-window';
import { CycleWindowError, findCycleWindow, previousCycleWindow, type CycleWindow, type LicenseInput } from '../cycle-window';
import type { LocalDate } from '../local-date';
import * as compiler from '../rule-set-compiler';
import type { CompiledRuleSet, CompiledVersion } from '../rule-set-compiler';
import type { LicenseTypeRule } from '../rule-set.schema';

// Bound locally: imported bindings compile to a getter call per use under CommonJS.
const { selectVersion, versionInForce } = compiler;

export function resolveLicenseType(version: CompiledVersion, license: LicenseInput): string {
  let id = license.licenseType || version.version.defaultLicenseType;
  if (!version.licenseTypes.has(id)) {
    // The platform stores display names ("Instructional II"); accept a case-insensitive name match.
    const byName = version.version.licenseTypes.find((t) => t.name.toLowerCase() === id.toLowerCase());
    if (byName) id = byName.id;
  }
  if (!version.licenseTypes.has(id)) {
    throw new CycleWindowError(
      'license_type',
      `unknown license type "${id}" (known: ${[...version.licenseTypes.keys()].join(', ')})`,
    );
  }
  return id;
}

/** The evaluated cycle, the version governing it, and the license type as resolved for it. */
export interface CycleSelection {
  cycle: CycleWindow;
  version: CompiledVersion;
  licenseTypeId: string;
  licenseType: LicenseTypeRule;
}

export function selectCycle(compiled: CompiledRuleSet, lic: LicenseInput, asOf: LocalDate): CycleSelection {
  // The window comes from the version in force at asOf; the cycle is then governed by the version in force for it.
  const probe = versionInForce(compiled, asOf);
  const probeType = resolveLicenseType(probe, lic);
  let cycle = cycleWindowFor(probe, probeType, probe.licenseTypes.get(probeType)!.cycleYears, lic, asOf);
  let version = selectVersion(compiled, cycle);
  const licenseTypeId = resolveLicenseType(version, lic);
  const licenseType = version.licenseTypes.get(licenseTypeId)!;
  if (version !== probe) cycle = cycleWindowFor(version, licenseTypeId, licenseType.cycleYears, lic, asOf);
  version = selectVersion(compiled, cycle);
  return { cycle, version, licenseTypeId, licenseType };
}

/** The dates that count in the cycle: the cycle itself unless a look-back or an earning window moves its edges. */
export function countingWindowFor(version: CompiledVersion, licenseTypeId: string, cycle: CycleWindow): CountingWindow {
  const v = version.version;
  // Most versions have neither a look-back nor an earning window: skip the helper on the hot path.
  return v.lookBack || v.earningWindow
    ? countingWindow(v, licenseTypeId, cycle)
    : { from: cycle.start, through: cycle.end, lookBack: null };
}

/** The cycle before `current` (for carry-over), memoised like the cycle itself. */
export function previousCycleOf(
  compiled: CompiledRuleSet,
  version: CompiledVersion,
  cycleYears: number,
  current: CycleWindow,
): CycleWindow {
  const byStart = memoLevel(memoLevel(memoRoot(previousMemo, version), cycleYears), current.start);
  let w = byStart.get('') as CycleWindow | undefined;
  if (!w) {
    w = previousCycleWindow(version.version, cycleYears, current);
    remember(byStart, '', w);
  }
  return w;
}

// Cycle windows repeat across educators (same dates, same rules); memoise the date arithmetic.
// Nested maps keyed by the compiled version, then by each input in turn: no key string is built
// per evaluation. At most MEMO_LIMIT windows are kept; past it the memo starts over.
type MemoLevel = Map<unknown, MemoLevel | CycleWindow>;
const MEMO_LIMIT = 50_000;
let memoSize = 0;
let windowMemo = new WeakMap<CompiledVersion, MemoLevel>();
let previousMemo = new WeakMap<CompiledVersion, MemoLevel>();

function memoRoot(roots: WeakMap<CompiledVersion, MemoLevel>, version: CompiledVersion): MemoLevel {
  let level = roots.get(version);
  if (!level) roots.set(version, (level = new Map()));
  return level;
}

function memoLevel(level: MemoLevel, key: unknown): MemoLevel {
  let next = level.get(key) as MemoLevel | undefined;
  if (!next) level.set(key, (next = new Map()));
  return next;
}

function remember(level: MemoLevel, key: unknown, window: CycleWindow): void {
  if (++memoSize > MEMO_LIMIT) {
    memoSize = 1;
    windowMemo = new WeakMap();
    previousMemo = new WeakMap();
  }
  level.set(key, window);
}

/** The license's cycle window under `version` for the license type, memoised on every input it reads. */
function cycleWindowFor(
  version: CompiledVersion,
  licenseTypeId: string,
  cycleYears: number,
  lic: LicenseInput,
  asOf: LocalDate,
): CycleWindow {
  const { cycleStart, cycleEnd, issuedOn, birthDate } = lic;
  // With both cycle dates given the window does not depend on the evaluation date.
  const rest =
    issuedOn == null && birthDate == null && cycleStart && cycleEnd
      ? ''
      : `${issuedOn ?? ''}|${birthDate ?? ''}|${cycleStart && cycleEnd ? '' : asOf}`;
  const level = memoLevel(memoLevel(memoLevel(memoRoot(windowMemo, version), licenseTypeId), cycleStart ?? ''), cycleEnd ?? '');
  let w = level.get(rest) as CycleWindow | undefined;
  if (!w) {
    w = findCycleWindow(version.version, cycleYears, lic, asOf);
    remember(level, rest, w);
  }
  return w;
}

// Which cycle is evaluated and under which rule-set version: the window is found with the version
// in force at the evaluation date, then the version in force for that window governs it. Also the
// dates that count inside the window (look-back, earning window past the expiry).
import { countingWindow, type CountingWindow } from '../counting-window';
import { CycleWindowError, findCycleWindow, previousCycleWindow, type CycleWindow, type LicenseInput } from '../cycle-window';
import type { LocalDate } from '../local-date';
import { selectVersion, versionInForce, type CompiledRuleSet, type CompiledVersion } from '../rule-set-compiler';
import type { LicenseTypeRule } from '../rule-set.schema';

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
  const licKey = `${lic.cycleStart ?? ''}|${lic.cycleEnd ?? ''}|${lic.issuedOn ?? ''}|${lic.birthDate ?? ''}`;
  let cycle = memoWindow(
    `${compiled.ruleSet.id}|${probe.version.version}|${probeType}|${licKey}|${lic.cycleStart && lic.cycleEnd ? '' : asOf}`,
    () => findCycleWindow(probe.version, probe.licenseTypes.get(probeType)!.cycleYears, lic, asOf),
  );
  let version = selectVersion(compiled, cycle);
  const licenseTypeId = resolveLicenseType(version, lic);
  const licenseType = version.licenseTypes.get(licenseTypeId)!;
  if (version !== probe) {
    const chosen = version;
    cycle = memoWindow(
      `${compiled.ruleSet.id}|${chosen.version.version}|${licenseTypeId}|${licKey}|${lic.cycleStart && lic.cycleEnd ? '' : asOf}`,
      () => findCycleWindow(chosen.version, licenseType.cycleYears, lic, asOf),
    );
  }
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
  const v = version.version;
  return memoWindow(`prev|${compiled.ruleSet.id}|${v.version}|${cycleYears}|${current.start}`, () =>
    previousCycleWindow(v, cycleYears, current),
  );
}

// Cycle windows repeat across educators (same dates, same rules); memoise the date arithmetic.
const windowMemo = new Map<string, CycleWindow>();
function memoWindow(key: string, make: () => CycleWindow): CycleWindow {
  let w = windowMemo.get(key);
  if (!w) {
    if (windowMemo.size > 50_000) windowMemo.clear();
    w = make();
    windowMemo.set(key, w);
  }
  return w;
}

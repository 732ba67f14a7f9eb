// Typed inputs of the export writers. The report services build these rows from the
// database and the converter (`@pd-ledger/credit-rules`); the writers only format them, so every
// figure here is already final. Amounts are decimal strings and money is integer cents because
// the writers never do credit or money arithmetic in JavaScript floats (see the contract).

/** Renewal status of one license cycle, as the converter reports it. */
export type RenewalStatus = 'complete' | 'on_track' | 'at_risk' | 'behind' | 'lapsed';

export const RENEWAL_STATUSES: readonly RenewalStatus[] = ['complete', 'on_track', 'at_risk', 'behind', 'lapsed'];

export const RENEWAL_STATUS_LABELS: Readonly<Record<RenewalStatus, string>> = {
  complete: 'Complete',
  on_track: 'On track',
  at_risk: 'At risk',
  behind: 'Behind',
  lapsed: 'Lapsed',
};

/** A `YYYY-MM-DD` calendar date, compared and printed without time zones. */
export type LocalDate = string;

/** A decimal amount as an exact string, e.g. "12.5" or "-3". */
export type DecimalString = string;

/** Progress in one required category (e.g. PA Act 48 has none, other states require some). */
export interface CategoryProgress {
  id: string;
  label: string;
  required: DecimalString;
  earned: DecimalString;
  met: boolean;
}

/** One row per educator and license in the relicensure report. */
export interface RelicensureReportRow {
  educatorId: string;
  stateEducatorId: string | null;
  firstName: string;
  lastName: string;
  /** School names; the first one is the educator's primary school (PDF sections group by it). */
  schools: readonly string[];
  licenseStateCode: string;
  licenseType: string;
  licenseNumber: string;
  cycleStart: LocalDate;
  cycleEnd: LocalDate;
  deadline: LocalDate;
  /** Display name of the state's unit, e.g. "Act 48 hours" or "PDPs". */
  unit: string;
  required: DecimalString;
  earned: DecimalString;
  remaining: DecimalString;
  categories: readonly CategoryProgress[];
  status: RenewalStatus;
  lastPdOn: LocalDate | null;
}

/** Whether the educator qualifies for the next lane with approved work alone or only once pending work is approved. */
export type LaneQualification = 'now' | 'with_pending';

export const LANE_QUALIFICATION_LABELS: Readonly<Record<LaneQualification, string>> = {
  now: 'Now',
  with_pending: 'With pending',
};

/** One row per educator who qualifies (now or with pending work) for the next salary lane. */
export interface LaneChangeReportRow {
  educatorId: string;
  firstName: string;
  lastName: string;
  school: string;
  currentLane: string;
  currentStep: number;
  currentSalaryCents: number;
  nextLane: string;
  nextStep: number;
  nextSalaryCents: number;
  /** Next minus current salary, computed in integer cents by the caller. */
  differenceCents: number;
  effectiveDate: LocalDate;
  creditsEarned: DecimalString;
  creditsNeeded: DecimalString;
  qualifies: LaneQualification;
}

/** One row per credited PD record, in the layout a state's hour-upload expects. */
export interface StateHourUploadRow {
  stateEducatorId: string | null;
  firstName: string;
  lastName: string;
  provider: string;
  activityTitle: string;
  startDate: LocalDate | null;
  completionDate: LocalDate;
  /** Amount already converted to the state's unit. */
  amount: DecimalString;
  unit: string;
  category: string | null;
  /** An evidence URL or a credential id (e.g. an Open Badge id). */
  evidence: string | null;
}

/** A filter the user applied, printed on the PDF cover line and the XLSX "About" sheet. */
export interface AppliedFilter {
  label: string;
  value: string;
}

/** What every report says about itself. */
export interface ReportMeta {
  /** e.g. "Relicensure report". */
  title: string;
  districtName: string;
  generatedAt: Date;
  /** IANA zone used to print `generatedAt`; the district's zone. Defaults to UTC. */
  timeZone?: string;
  filters: readonly AppliedFilter[];
}

/** The rule the converter applied to credit one record, with where it comes from. */
export interface AppliedRule {
  id: string;
  description: string;
  /** e.g. "24 P.S. § 12-1205.2(e)" or a URL. */
  citation: string;
}

/** One credited PD record on a transcript. */
export interface TranscriptRecord {
  id: string;
  title: string;
  provider: string | null;
  activityType: string;
  startedOn: LocalDate | null;
  completedOn: LocalDate;
  /** The amount as recorded, with its unit's display name ("3 semester credits"). */
  recordedAmount: DecimalString;
  recordedUnit: string;
  /** The amount credited in the state's unit after the rule. */
  creditedAmount: DecimalString;
  categories: readonly string[];
  rule: AppliedRule;
  evidence: string | null;
}

/** Something still needed before the cycle is complete. */
export interface MissingItem {
  description: string;
  /** Amount still needed in the state's unit, if the item is an amount. */
  amount?: DecimalString;
}

/** Everything a teacher's PD transcript shows, for one license cycle. */
export interface TranscriptInput {
  educator: {
    id: string;
    firstName: string;
    lastName: string;
    stateEducatorId: string | null;
    email?: string | null;
    schools: readonly string[];
  };
  district: { name: string; stateCode: string };
  license: {
    stateCode: string;
    licenseType: string;
    number: string;
    issuedOn?: LocalDate | null;
  };
  cycle: {
    start: LocalDate;
    end: LocalDate;
    deadline: LocalDate;
    unit: string;
  };
  records: readonly TranscriptRecord[];
  totals: {
    required: DecimalString;
    earned: DecimalString;
    remaining: DecimalString;
    status: RenewalStatus;
    lastPdOn: LocalDate | null;
  };
  categories: readonly CategoryProgress[];
  missing: readonly MissingItem[];
  generatedAt: Date;
  timeZone?: string;
}

/** Rows may come from a database cursor (async) or from memory. */
export type RowSource<Row> = AsyncIterable<Row> | Iterable<Row>;

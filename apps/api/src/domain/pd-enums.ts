import { registerEnumType } from '@nestjs/graphql';

export enum PdStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  VERIFIED = 'VERIFIED',
  /** A reviewer asked for changes; the teacher edits and resubmits. */
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
  /** HR took back credit that had counted (APPROVED or VERIFIED), with a reason; HR may restore it. */
  VOIDED = 'VOIDED',
}

export enum ActivityType {
  COURSE = 'COURSE',
  WORKSHOP = 'WORKSHOP',
  CONFERENCE = 'CONFERENCE',
  MICRO_CREDENTIAL = 'MICRO_CREDENTIAL',
  INDEPENDENT_STUDY = 'INDEPENDENT_STUDY',
  PRESENTING = 'PRESENTING',
  MENTORING = 'MENTORING',
  ACTION_RESEARCH = 'ACTION_RESEARCH',
  NATIONAL_BOARD = 'NATIONAL_BOARD',
  EVALUATION = 'EVALUATION',
  EXAM = 'EXAM',
  OTHER = 'OTHER',
}

/** A college course's level; a record without one has an unknown level (never counted as graduate). */
export enum CourseLevel {
  GRADUATE = 'GRADUATE',
  UNDERGRADUATE = 'UNDERGRADUATE',
}

export enum PdUnit {
  CLOCK_HOUR = 'CLOCK_HOUR',
  SEMESTER_CREDIT = 'SEMESTER_CREDIT',
  QUARTER_CREDIT = 'QUARTER_CREDIT',
  CEU = 'CEU',
  MICRO_CREDENTIAL = 'MICRO_CREDENTIAL',
}

/**
 * Statuses whose records count toward totals; submitted, rejected and voided work does not. Every
 * count in SQL passes this list (never literals), so a status added here or left out is honoured
 * everywhere.
 */
export const COUNTED_STATUSES: readonly PdStatus[] = [PdStatus.APPROVED, PdStatus.VERIFIED];

registerEnumType(PdStatus, { name: 'PdStatus' });
registerEnumType(ActivityType, { name: 'ActivityType' });
registerEnumType(PdUnit, { name: 'PdUnit' });
registerEnumType(CourseLevel, { name: 'CourseLevel' });

// Canonical ids shared by every preset. Presets may add their own category ids; activity
// types and record units are closed sets because records are stored and validated with them.

/** Kinds of PD activity a record can be. */
export const ACTIVITY_TYPES = [
  'course',
  'workshop',
  'conference',
  'micro_credential',
  'independent_study',
  'presenting',
  'mentoring',
  'action_research',
  'national_board',
  'evaluation',
  'exam',
  'other',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Canonical category ids; a preset may use further ids of its own. */
export const CANONICAL_CATEGORIES = [
  'literacy',
  'students_with_disabilities',
  'english_language_learners',
  'subject_area',
  'general',
  'leadership',
  'digital_learning',
  // Also these; they are listed now so presets can already map to them.
  'pedagogy',
  'equity',
  'cultural_competency',
  'suicide_prevention',
  'mental_health',
  'child_abuse_reporting',
  'first_aid_cpr',
  'dyslexia',
] as const;
export type CanonicalCategory = (typeof CANONICAL_CATEGORIES)[number];

/**
 * Units a PD record is recorded in. The first five are the platform's PdUnit; the last two exist for
 * records that are not time: `certification` counts awards or passed exams (1 National Board
 * certificate, 1 subject-area exam) and `evaluation_score` carries an evaluation score (Tennessee's
 * level of effectiveness 1..5), which score bands convert.
 */
export const RECORD_UNITS = [
  'clock_hour',
  'semester_credit',
  'quarter_credit',
  'ceu',
  'micro_credential',
  'certification',
  'evaluation_score',
] as const;
export type RecordUnit = (typeof RECORD_UNITS)[number];

/** Record statuses; only `approved` and `verified` count. Hypothetical (what-if) records count as approved. */
export const RECORD_STATUSES = ['approved', 'verified', 'submitted', 'rejected', 'voided'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Credit level of a college course; `null` means unknown. */
export const CREDIT_LEVELS = ['graduate', 'undergraduate'] as const;
export type CreditLevel = (typeof CREDIT_LEVELS)[number];

/**
 * An educator's highest degree, lowest first (Kansas and South Carolina require a share of
 * college credit only from educators without a graduate degree). Order matters: comparisons use it.
 */
export const DEGREE_LEVELS = ['associate', 'bachelor', 'master', 'specialist', 'doctorate'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

/** Renewal status of one license cycle. */
export const RENEWAL_STATUSES = ['complete', 'on_track', 'at_risk', 'behind', 'lapsed'] as const;
export type RenewalStatus = (typeof RENEWAL_STATUSES)[number];

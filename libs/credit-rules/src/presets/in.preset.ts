// Indiana, license renewal by Professional Growth Plan (PGP). Sources: the IDOE pages and others cited
// below. 90 PGP points per renewal, or 6 semester hours (a pathway); a valid CPR/Heimlich/AED card at
// every renewal.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const PGP = 'https://www.in.gov/doe/educators/educator-licensing/professional-growth-plan-pgp/';
const RENEW = 'https://secure.in.gov/doe/educators/educator-licensing/current-indiana-educator-to-renew-a-license';
const PURDUE = 'https://education.purdue.edu/licensure/licensed-educators/renewals/';
const FAQ =
  'https://experts123.com/q/how-many-pgp-points-can-i-count-for-mentoring-a-student-teacher-or-a-college-student-doing-a-short-term-practicum-field-experience-in-my-classroom.html';
const points = cite(
  PGP,
  'A license is renewed with a Professional Growth Plan of 90 PGP points earned since the license was issued; one clock hour = 1 PGP point.',
);
const termFive = cite(RENEW, 'Practitioner licenses are valid for five years.');
const termTen = cite(RENEW, 'Accomplished practitioner licenses are valid for ten years.');
const credits = cite(RENEW, 'Instead of 90 PGP points, six semester hours of college credit renew the license.');
const creditRate = cite(PURDUE, 'Six semester hours stand in place of 90 PGP points.');
const cpr = cite(RENEW, 'Every renewal requires a valid CPR, Heimlich maneuver and AED certification.');
const career = cite(PURDUE, 'The 15 PGP points in career awareness are no longer mandatory (SEA 319, 2020).');
const mentoring = cite(
  FAQ,
  'Serving as cooperating teacher for a student teacher counts for at most 30 PGP points (15 for a short-term practicum).',
);

export const inPreset: RuleSetInput = {
  id: 'in',
  jurisdiction: 'IN',
  name: 'Indiana license renewal (Professional Growth Plan)',
  versions: [
    {
      version: 'pgp',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        '90 PGP points per license (5- or 10-year) or 6 semester hours; a valid CPR/Heimlich/AED card; cooperating-teacher credit at most 30. Quarter hours, CEUs and carry-over: not in the facts.',
      unit: { id: 'pgp_point', name: 'PGP points' },
      licenseTypes: [
        { id: 'practitioner', name: 'Practitioner license (5 years)', required: '90', cycleYears: 5, citation: termFive },
        {
          id: 'accomplished',
          name: 'Accomplished practitioner license (10 years)',
          required: '90',
          cycleYears: 10,
          citation: termTen,
        },
      ],
      defaultLicenseType: 'practitioner',
      cycleWindow: { id: 'in-cycle', kind: 'issue_date', citation: points },
      conversions: [
        unitFactor('in-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PGP point', points),
        unitFactor(
          'in-semester-hour',
          'semester_credit',
          '15',
          '1 semester hour = 15 PGP points (6 hours in place of 90)',
          creditRate,
          'The credit-to-PGP rate is implied by "6 semester hours in place of 90 points", not stated; check with IDOE.',
        ),
      ],
      caps: [
        {
          id: 'in-cooperating-teacher',
          label: 'Cooperating teacher for a student teacher',
          appliesTo: { activityTypes: ['mentoring'] },
          limit: { kind: 'amount', amount: '30' },
          citation: mentoring,
          uncertain:
            'The cooperating-teacher caps come from a secondary FAQ (30 for a student teacher, 15 for a practicum; the 15 is not computed); check with IDOE.',
        },
      ],
      pathways: [
        {
          id: 'in-semester-hours',
          label: '6 semester hours of college credit',
          unit: { id: 'semester_hour', name: 'semester hours' },
          required: '6',
          citation: credits,
          conversions: [unitFactor('in-pathway-semester-hour', 'semester_credit', '1', '1 semester hour', credits)],
        },
      ],
      standingRequirements: [
        // A card valid at renewal: the facts give no card term, so it must fall within the license term (60 months).
        {
          id: 'in-cpr-aed',
          kind: 'current',
          category: 'first_aid_cpr',
          label: 'CPR, Heimlich maneuver and AED certification',
          validMonths: 60,
          citation: cpr,
          uncertain:
            "The card's validity period is not in the facts; a card completed within the last 5 years counts here. Check the card's own expiry.",
        },
      ],
      notes: [
        {
          id: 'in-career-awareness',
          text: 'Career awareness (15 PGP points) is no longer mandatory since SEA 319 (2020).',
          citation: career,
        },
      ],
    },
  ],
};

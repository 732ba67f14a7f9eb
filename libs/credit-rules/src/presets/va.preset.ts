// Virginia, renewal of the Renewable License by professional development points (8VAC20-23), as
// described by Virginia school divisions (cited below).
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const HCPS = 'https://hcps.us/departments/human_resources/licensure/licensure_renewal';
const CL = 'https://www.connectinglink.com/virginia?old=1';
const HAMPTON =
  'https://sites.google.com/a/hampton.k12.va.us/licensure/college-courses-requirements-reimbursement-receiving-points';
const ALBEMARLE = 'https://compass.k12albemarle.org/new-requirements-for-initial-licensure-license-renewal';

const ONCE =
  'Modelled as done once (any completion counts); whether it must be repeated in each validity period, and how long a CPR/AED certification stays current, are not in the facts.';
const college = cite(HAMPTON, 'One semester hour of college credit = 30 points; one quarter hour = 20 points.');

const training = (id: string, category: string, label: string, text: string) => ({
  id,
  kind: 'one_time' as const,
  category,
  label,
  citation: cite(ALBEMARLE, text),
  uncertain: ONCE,
});

export const vaPreset: RuleSetInput = {
  id: 'va',
  jurisdiction: 'VA',
  name: 'Virginia Renewable License (professional development points)',
  versions: [
    {
      version: 'points',
      effectiveFrom: '2015-07-01',
      summary:
        '270 professional development points per 10-year Renewable License (uncertain: districts and vendors only); the older 5-year license needs 180. A semester hour = 30 points, a quarter hour = 20; college credit counts for at most 180 points (5-year manual; uncertain for the 10-year license). ' +
        'Required trainings: child abuse recognition, first aid/CPR/AED (hands-on), dyslexia awareness, students with disabilities, cultural competency; Virginia history/civics for civics, government and history endorsements (not evaluated). ' +
        'No clock-hour rate is confirmed, so non-college activities are not converted and the 10-year requirement cannot be met from college credit alone in this model. No course has been required since 2015-07-01. Carry-over is not stated.',
      unit: { id: 'va_point', name: 'professional development points' },
      licenseTypes: [
        {
          id: 'renewable_10',
          name: 'Renewable License (10-year)',
          required: '270',
          cycleYears: 10,
          citation: cite(HCPS, 'The 10-year Renewable License is renewed with 270 professional development points.'),
          uncertain:
            'The 270-point figure is stated by school divisions and vendors, not by the Department of Education sources used here.',
        },
        {
          id: 'renewable_5',
          name: 'Renewable License (former 5-year)',
          required: '180',
          cycleYears: 5,
          citation: cite(CL, 'The former 5-year Renewable License was renewed with 180 professional development points.'),
        },
      ],
      defaultLicenseType: 'renewable_10',
      cycleWindow: {
        id: 'va-cycle',
        kind: 'issue_date',
        citation: cite(
          HCPS,
          'Points are earned within the license validity period; apply for renewal after January 1 of the year the license expires.',
        ),
      },
      conversions: [
        unitFactor('va-semester-credit', 'semester_credit', '30', '1 semester hour of college credit = 30 points', college),
        unitFactor('va-quarter-credit', 'quarter_credit', '20', '1 quarter hour of college credit = 20 points', college),
      ],
      caps: [
        {
          id: 'va-college-credit',
          label: 'College credit',
          appliesTo: { units: ['semester_credit', 'quarter_credit'] },
          limit: { kind: 'amount', amount: '180' },
          citation: cite(CL, 'College credit may count for at most 180 points (5-year license manual).'),
          uncertain:
            'The 180-point limit comes from the 5-year license manual; its value for the 10-year license is not confirmed.',
        },
      ],
      standingRequirements: [
        training(
          'va-child-abuse',
          'child_abuse_reporting',
          'Child abuse and neglect recognition training',
          'License renewal requires child abuse and neglect recognition and intervention training.',
        ),
        training(
          'va-first-aid-cpr',
          'first_aid_cpr',
          'First aid, CPR and AED certification (hands-on)',
          'License renewal requires certification or training in emergency first aid, CPR and AED, including hands-on practice.',
        ),
        training(
          'va-dyslexia',
          'dyslexia',
          'Dyslexia awareness module',
          'License renewal requires the dyslexia awareness training module.',
        ),
        training(
          'va-students-with-disabilities',
          'students_with_disabilities',
          'Instruction of students with disabilities training',
          'License renewal requires training in the instruction of students with disabilities.',
        ),
        training(
          'va-cultural-competency',
          'cultural_competency',
          'Cultural competency training',
          'License renewal requires cultural competency training.',
        ),
      ],
      notes: [
        {
          id: 'va-history-civics',
          notChecked: true,
          text: 'Holders of civics, government or history endorsements also complete the Virginia history and civics module; the model cannot limit a training to some endorsements, so it is not evaluated.',
          citation: cite(
            ALBEMARLE,
            'Educators with history and social sciences endorsements complete the Virginia history and civics module.',
          ),
        },
        {
          id: 'va-no-course',
          text: 'Since July 1, 2015 no college course is required for renewal.',
          citation: cite(HCPS, 'A three-semester-hour course is no longer required for renewal as of July 1, 2015.'),
        },
        {
          id: 'va-clock-hours',
          text: 'Non-college activities earn points at a rate the facts do not confirm; they are not converted here.',
          citation: cite(
            HCPS,
            'Professional development activities other than college credit earn points as documented by the school division.',
          ),
          uncertain: 'The clock-hour rate is not confirmed by the sources used here.',
        },
      ],
    },
  ],
};

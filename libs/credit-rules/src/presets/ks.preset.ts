// Kansas, Professional license renewal (professional development points). Sources: KSDE and a district
// page, cited below. 5-year license: 120 points with a graduate degree, 160 without (of which 80 from
// college credit); 1 semester hour = 20 points; 1 clock hour = 1 point at the knowledge level.
// Alternative routes: NBPTS (computed), an endorsement program and experience (notes).
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const KSDE =
  'http://www.ksde.org/Agency/DivisionofLearningServices/TeacherLicensureandAccreditation/Licensure/LicenseRequirements/RenewalofProfessionalLicenseRequirements.aspx';
const PDC =
  'https://www.ksde.gov/Home/Quick-Links/News-Room/Weekly-News/Upcoming-Events-Recognition-and-Recognition/ArtMID/6199/ArticleID/1255/Update-on-work-that-can-be-accepted-by-Professional-Development-Councils';
const USD495 = 'https://www.usd495.com/page/teacher-licensure';
const renewal = cite(
  KSDE,
  'Renewal of a professional license: 120 professional development points with a graduate degree; 160 points without one, of which at least 80 must come from college credit.',
);
const routes = cite(
  KSDE,
  'Other renewal routes: 8 semester hours in an endorsement program; 3 years of accredited experience with a graduate degree (at most twice); National Board (NBPTS) certification.',
);
const points = cite(
  USD495,
  'One semester hour of college credit = 20 points; one clock hour = 1 point at the knowledge level, 2 at the application level, 3 at the impact level.',
);

export const ksPreset: RuleSetInput = {
  id: 'ks',
  jurisdiction: 'KS',
  name: 'Kansas Professional license renewal (PD points)',
  versions: [
    {
      version: 'ksde-renewal',
      // The rule's effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2016-01-01',
      summary:
        '5-year Professional license: 120 PD points with a graduate degree, 160 without (80 of them from college credit); or NBPTS certification. Clock hours count at the knowledge level (1 point); application (x2) and impact (x3) levels are not computed.',
      unit: { id: 'pd_point', name: 'PD points' },
      licenseTypes: [
        {
          id: 'professional',
          name: 'Professional license',
          required: '160',
          requiredByDegree: [{ degree: 'master', required: '120' }],
          cycleYears: 5,
          citation: renewal,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: {
        id: 'ks-cycle',
        kind: 'issue_date',
        citation: renewal,
        uncertain: "The basis of the expiry date is uncertain; give the license's own dates where known.",
      },
      conversions: [
        unitFactor(
          'ks-semester-hour',
          'semester_credit',
          '20',
          '1 semester hour of college credit = 20 points',
          cite(PDC, 'College credit earns 20 points per semester hour.'),
        ),
        unitFactor('ks-clock-hour', 'clock_hour', '1', '1 clock hour = 1 point (knowledge level)', points),
      ],
      categoryRequirements: [
        {
          id: 'ks-college-credit',
          category: 'college_credit',
          label: 'College credit (without a graduate degree)',
          minimum: { kind: 'amount', amount: '80' },
          source: { units: ['semester_credit'] },
          onlyBelowDegree: 'master',
          citation: renewal,
        },
      ],
      pathways: [
        {
          id: 'ks-nbpts',
          label: 'National Board (NBPTS) certification',
          unit: { id: 'certificate', name: 'certificates' },
          required: '1',
          conversions: [
            {
              id: 'ks-nbpts-certificate',
              description: 'National Board certification',
              match: { activityTypes: ['national_board'], units: ['certification'] },
              value: { kind: 'factor', factor: '1' },
              citation: routes,
            },
          ],
          citation: routes,
        },
      ],
      notes: [
        {
          id: 'ks-multipliers',
          text: 'Clock hours at the application level earn 2 points an hour and at the impact level 3; records carry no level, so every hour counts at the knowledge level (1 point).',
          citation: points,
          uncertain: 'The multipliers come from a district page, not the state.',
        },
        {
          id: 'ks-endorsement-route',
          notChecked: true,
          text: 'Alternative (not computed): 8 semester hours in an endorsement program.',
          citation: routes,
        },
        {
          id: 'ks-experience-route',
          notChecked: true,
          text: 'Alternative (not computed): 3 years of accredited experience with a graduate degree, usable at most twice.',
          citation: routes,
        },
        {
          id: 'ks-not-in-facts',
          text: 'Not in the facts, so not converted: quarter credits, CEUs and micro-credentials. Carry-over: none stated. Give the highest degree (`highestDegree`); unknown = without a graduate degree (160).',
          citation: renewal,
        },
      ],
    },
  ],
};

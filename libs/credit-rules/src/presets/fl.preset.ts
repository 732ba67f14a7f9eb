// Florida, professional certificate renewal (s. 1012.585 F.S., Rule 6A-4.0051). Source: Duval County
// Public Schools' renewal page, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

// The district page moved; the old address (dcps.duvalschools.org/renewalrequirements) is not the stored page.
const DCPS = 'https://dcps.duvalschools.org/o/humanresources/page/renewalrequirements';
const points = cite(
  DCPS,
  'Renewal of a five-year Professional Certificate (July 1 - June 30) requires 120 inservice points or 6 semester hours of college credit; 1 inservice point = 1 contact hour; 1 semester hour = 20 inservice points.',
);
const swd = cite(
  DCPS,
  'All Florida Educator Certificate holders must earn a total of six semester hours or 120 in-service points, to include at least one semester hour or 20 in-service points in teaching students with disabilities (SWD) during each renewal period.',
);
const reading = cite(
  DCPS,
  'Two semester hours or 40 in-service points in evidence-based reading instruction and dyslexia interventions, earned no earlier than ten years before the expiration date, for the listed coverages (Elementary, English, ESOL, ESE, Middle Grades English/Integrated, Prekindergarten/Primary, Reading).',
);

export const flPreset: RuleSetInput = {
  id: 'fl',
  jurisdiction: 'FL',
  name: 'Florida Professional Certificate renewal',
  versions: [
    {
      version: '2020',
      effectiveFrom: '2020-07-01',
      summary:
        '120 inservice points or 6 semester hours per 5-year validity period; on either route at least 20 points (1 semester hour) on students with disabilities, and 40 points (2 semester hours) on reading for the listed coverages.',
      unit: { id: 'inservice_point', name: 'inservice points' },
      licenseTypes: [
        { id: 'professional', name: 'Professional Certificate', required: '120', cycleYears: 5, citation: points },
        {
          id: 'professional_reading',
          name: 'Professional Certificate with a reading-related coverage',
          required: '120',
          cycleYears: 5,
          citation: points,
        },
        {
          id: 'professional_administrator',
          name: 'Professional Certificate, school administrator',
          required: '120',
          cycleYears: 5,
          citation: points,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'fl-validity', kind: 'fiscal_date', startMonthDay: '07-01', citation: points },
      grace: {
        id: 'fl-late-renewal',
        kind: 'late_renewal',
        months: 12,
        citation: cite(DCPS, 'A certificate may be renewed late, within 12 months after expiration, with a late fee.'),
      },
      conversions: [
        {
          id: 'fl-subject-exam',
          description: 'Passing a subject-area exam = 60 inservice points',
          match: { activityTypes: ['exam'] },
          value: { kind: 'per_record', amount: '60' },
          citation: cite(
            DCPS,
            'Passing a Florida subject area examination in a coverage earns 60 inservice points (3 semester hours).',
          ),
        },
        unitFactor('fl-contact-hour', 'clock_hour', '1', '1 contact hour = 1 inservice point', points),
        unitFactor('fl-semester-hour', 'semester_credit', '20', '1 semester hour = 20 inservice points', points),
      ],
      categoryRequirements: [
        // Required on both routes: 1 semester hour on the college route converts to the same 20 points.
        {
          id: 'fl-swd',
          category: 'students_with_disabilities',
          label: 'Teaching students with disabilities',
          minimum: { kind: 'amount', amount: '20' },
          allRoutes: true,
          citation: swd,
        },
        {
          id: 'fl-reading',
          category: 'literacy',
          label: 'Reading / evidence-based literacy incl. dyslexia',
          minimum: { kind: 'amount', amount: '40' },
          licenseTypes: ['professional_reading'],
          allRoutes: true,
          citation: reading,
        },
        {
          id: 'fl-leadership',
          category: 'leadership',
          label: 'Leadership (school administrators)',
          minimum: { kind: 'amount', amount: '20' },
          licenseTypes: ['professional_administrator'],
          citation: cite(DCPS, 'School administrators need 20 inservice points in leadership.'),
        },
      ],
      pathways: [
        {
          id: 'fl-college-credit',
          label: '6 semester hours of college credit',
          unit: { id: 'semester_hour', name: 'semester hours' },
          required: '6',
          conversions: [
            {
              id: 'fl-college-semester',
              description: '1 semester hour',
              match: { units: ['semester_credit'] },
              value: { kind: 'factor', factor: '1' },
              citation: points,
            },
          ],
          citation: points,
        },
      ],
      notes: [
        {
          id: 'fl-reading-ten-years',
          text: 'Reading credit earned up to ten years before the expiration date counts for the reading coverages; PD Ledger counts only the current validity period toward it.',
          notChecked: true,
          licenseTypes: ['professional_reading'],
          citation: reading,
        },
      ],
    },
  ],
};

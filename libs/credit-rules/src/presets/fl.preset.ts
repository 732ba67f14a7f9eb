// Florida, professional certificate renewal (s. 1012.585 F.S., Rule 6A-4.0051). Facts: RULE-FACTS.md (Duval County summary).
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const DCPS = 'https://dcps.duvalschools.org/renewalrequirements';
const points = cite(DCPS, 'Renewal of a five-year Professional Certificate (July 1 - June 30) requires 120 inservice points or 6 semester hours of college credit; 1 inservice point = 1 contact hour; 1 semester hour = 20 inservice points.');
const swd = cite(DCPS, 'All renewals require at least 20 inservice points (or 1 semester hour) in teaching students with disabilities.');

export const flPreset: RuleSetInput = {
  id: 'fl',
  jurisdiction: 'FL',
  name: 'Florida Professional Certificate renewal',
  versions: [
    {
      version: '2020',
      effectiveFrom: '2020-07-01',
      summary: '120 inservice points or 6 semester hours per 5-year validity period.',
      unit: { id: 'inservice_point', name: 'inservice points' },
      licenseTypes: [
        { id: 'professional', name: 'Professional Certificate', required: '120', cycleYears: 5, citation: points },
        { id: 'professional_reading', name: 'Professional Certificate with a reading-related coverage', required: '120', cycleYears: 5, citation: points },
        { id: 'professional_administrator', name: 'Professional Certificate, school administrator', required: '120', cycleYears: 5, citation: points },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'fl-validity', kind: 'fiscal_date', startMonthDay: '07-01', citation: points },
      grace: { id: 'fl-late-renewal', kind: 'late_renewal', months: 12, citation: cite(DCPS, 'A certificate may be renewed late, within 12 months after expiration, with a late fee.') },
      conversions: [
        { id: 'fl-subject-exam', description: 'Passing a subject-area exam = 60 inservice points', match: { activityTypes: ['exam'] }, value: { kind: 'per_record', amount: '60' }, citation: cite(DCPS, 'Passing a Florida subject area examination in a coverage earns 60 inservice points (3 semester hours).') },
        unitFactor('fl-contact-hour', 'clock_hour', '1', '1 contact hour = 1 inservice point', points),
        unitFactor('fl-semester-hour', 'semester_credit', '20', '1 semester hour = 20 inservice points', points),
      ],
      categoryRequirements: [
        { id: 'fl-swd', category: 'students_with_disabilities', label: 'Teaching students with disabilities', minimum: { kind: 'amount', amount: '20' }, citation: swd },
        { id: 'fl-reading', category: 'literacy', label: 'Reading / evidence-based literacy incl. dyslexia', minimum: { kind: 'amount', amount: '40' }, licenseTypes: ['professional_reading'], citation: cite(DCPS, 'Certain coverages require 40 inservice points in evidence-based reading and dyslexia.'), uncertain: 'Which coverages this applies to is not listed in the facts.' },
        { id: 'fl-leadership', category: 'leadership', label: 'Leadership (school administrators)', minimum: { kind: 'amount', amount: '20' }, licenseTypes: ['professional_administrator'], citation: cite(DCPS, 'School administrators need 20 inservice points in leadership.') },
      ],
      pathways: [
        {
          id: 'fl-college-credit',
          label: '6 semester hours of college credit',
          unit: { id: 'semester_hour', name: 'semester hours' },
          required: '6',
          conversions: [{ id: 'fl-college-semester', description: '1 semester hour', match: { units: ['semester_credit'] }, value: { kind: 'factor', factor: '1' }, citation: points }],
          citation: points,
          uncertain: 'Whether the students-with-disabilities semester hour is also required on this pathway is not modelled.',
        },
      ],
    },
  ],
};

// Alabama, Professional Educator Certificate renewal. Sources, cited below: district pages (Montgomery, Mobile)
// and NASBE; enforcement resumed for certificates expiring 2025-06-30.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const MPS = 'https://sites.google.com/mps.k12.al.us/teachercenter/faqs';
const MCPSS = 'https://www.mcpss.com/certrenewal';
const NASBE =
  'http://statepolicies.nasbe.org/college-careers/categories/educator-professional-growth-and-development/alabama-educator-0';
const NEWAMERICA =
  'https://www.newamerica.org/insights/when-micro-goes-macro-a-review-of-states-educator-micro-credential-policies/discussion';
const OPTIONS = 'The current option list comes from district pages; rules for 2026 and later are not settled. Check with ALSDE.';
const hours = cite(
  MCPSS,
  'A 5-year Professional Educator Certificate is renewed with 50 professional learning hours or 3 semester hours; it expires June 30; 1 CEU = 10 hours.',
);
const enforcement = cite(MPS, 'Enforcement of the renewal requirement resumed for certificates expiring June 30, 2025.');

export const alPreset: RuleSetInput = {
  id: 'al',
  jurisdiction: 'AL',
  name: 'Alabama Professional Educator Certificate renewal',
  versions: [
    {
      version: '2025',
      effectiveFrom: '2025-06-30',
      summary:
        '50 professional learning hours or 3 semester hours per 5-year certificate (expires June 30); enforced again from certificates expiring 2025-06-30.',
      unit: { id: 'clock_hour', name: 'professional learning hours' },
      licenseTypes: [
        {
          id: 'professional',
          name: 'Professional Educator Certificate',
          required: '50',
          cycleYears: 5,
          citation: hours,
          uncertain: OPTIONS,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'al-validity', kind: 'issue_date', citation: hours },
      expiry: { id: 'al-expiry', monthDay: '06-30', citation: hours },
      conversions: [
        unitFactor('al-clock-hour', 'clock_hour', '1', '1 clock hour', hours),
        unitFactor('al-ceu', 'ceu', '10', '1 CEU = 10 hours', hours),
      ],
      pathways: [
        {
          id: 'al-semester-hours',
          label: '3 semester hours of college credit',
          unit: { id: 'semester_hour', name: 'semester hours' },
          required: '3',
          conversions: [unitFactor('al-semester-hour', 'semester_credit', '1', '1 semester hour', hours)],
          citation: hours,
          uncertain: OPTIONS,
        },
      ],
      notes: [
        {
          id: 'al-not-in-facts',
          text: 'Quarter hours are not converted (not in the facts); semester hours count only on the 3-semester-hour pathway.',
          citation: hours,
        },
        {
          id: 'al-enforcement',
          text: 'Enforcement of the PD requirement resumed for certificates expiring June 30, 2025.',
          citation: enforcement,
        },
        {
          id: 'al-nbpts',
          notChecked: true,
          text: 'National Board certification is a renewal option; its terms are not in the facts, so it is not computed.',
          citation: cite(NASBE, 'National Board certification is an option for certificate renewal.'),
          uncertain: OPTIONS,
        },
        {
          id: 'al-micro-credentials',
          text: 'A 2024 law requires a renewal system that includes micro-credentials; no rate is set yet.',
          citation: cite(NEWAMERICA, "Alabama's 2024 law requires a system that includes micro-credentials."),
          uncertain: 'Rules for 2026 and later.',
        },
      ],
    },
  ],
};

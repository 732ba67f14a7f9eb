// Connecticut, Professional educator certificate continuation. Sources: the citations below. The
// 9.0 CEU (90 hour) requirement was repealed by PA 12-116 s.36 from 2012-07-01: required 0, and
// continuation needs no fee or documentation. PD now happens through district plans (CGS 10-220a).
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const SDE =
  'https://portal.ct.gov/sdecertification/knowledge-base/articles/ct-certified-educators/ct-certified-faq/when-do-i-apply-to-continue-my-professional-educator-certificate';
const CAS = 'http://cas.casciac.org/?p=328';
const CEA = 'http://www.cea.org/professional/certification/ceu/';
const continuation = cite(
  SDE,
  'The Professional certificate is valid for 5 years and is continued by applying between 6 months and 6 weeks before it expires; continuation needs no fee or documentation.',
);
const repeal = cite(
  CAS,
  'Public Act 12-116 section 36 eliminated the 9.0 CEU (90 hour) requirement for continuing the Professional certificate, effective July 1, 2012.',
  'PA 12-116 s.36',
);

export const ctPreset: RuleSetInput = {
  id: 'ct',
  jurisdiction: 'CT',
  name: 'Connecticut Professional certificate continuation (no PD required)',
  versions: [
    {
      version: '2012',
      effectiveFrom: '2012-07-01',
      summary:
        'No PD required since 2012-07-01: the Professional certificate is continued every 5 years without fee or documentation.',
      unit: { id: 'clock_hour', name: 'clock hours (none required)' },
      licenseTypes: [
        { id: 'professional', name: 'Professional Educator Certificate', required: '0', cycleYears: 5, citation: repeal },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'ct-validity', kind: 'issue_date', citation: continuation },
      conversions: [
        unitFactor('ct-clock-hour', 'clock_hour', '1', '1 contact hour (for information; none required)', repeal),
        unitFactor(
          'ct-ceu',
          'ceu',
          '10',
          "1 CEU = 10 contact hours (the repealed rule's rate; for information)",
          cite(CEA, 'Historically 1 CEU = 10 contact hours; 9.0 CEUs = 90 hours (repealed).'),
        ),
      ],
      notes: [
        {
          id: 'ct-basis',
          text: 'Basis of renewal: continuation on application every 5 years (6 months to 6 weeks before expiry), no fee and no documentation.',
          citation: continuation,
        },
        {
          id: 'ct-district-pd',
          text: 'Professional development is delivered through district PD plans (CGS 10-220a), not certificate renewal.',
          citation: repeal,
        },
        {
          id: 'ct-district-hours',
          text: 'Some secondary sources cite a district-level minimum of 18 hours a year; not a certification requirement.',
          citation: cite(CEA, 'Secondary sources cite 18 hours a year of district professional development.'),
          uncertain: 'Any district-level annual hour minimum is unconfirmed (secondary sources cite 18 hours a year).',
        },
      ],
    },
  ],
};

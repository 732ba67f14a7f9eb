// New Jersey: standard instructional certificates are permanent, so certification needs no renewal
// PD (required 0, complete). Employed teachers must complete 20 hours of PD a year under an
// individual professional development plan (N.J.A.C. 6A:9C-4.4): an employment rule, offered as a
// second, non-default license type. Sources: the rule and Learners Edge, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const NJAC = 'https://regulations.justia.com/states/new-jersey/title-6a/chapter-9c/subchapter-4/section-6a-9c-4-4';
const LE = 'https://www.learnersedge.com/about-courses/state-requirements/new-jersey-teacher-license-renewal';
const permanent = cite(
  LE,
  'New Jersey standard certificates are permanent: there is no renewal and no PD hour requirement for the certificate itself.',
);
const annual = cite(
  NJAC,
  'Each teacher completes at least 20 hours of professional development a year under an individual professional development plan, prorated for part-time service or leave.',
  'N.J.A.C. 6A:9C-4.4',
);
const uncertainPermanent = 'Permanence of the certificate comes from a secondary source (Learners Edge).';

export const njPreset: RuleSetInput = {
  id: 'nj',
  jurisdiction: 'NJ',
  name: 'New Jersey (permanent certificate; 20 PD hours a year for employment)',
  versions: [
    {
      version: '6a-9c',
      // The rule's effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2016-01-01',
      summary:
        'No PD is required for certification: the standard certificate is permanent (required 0). Employed teachers complete 20 PD hours a year under an individual PDP (license type "employment_annual"; prorating for part-time or leave is not computed).',
      unit: { id: 'clock_hour', name: 'clock hours' },
      licenseTypes: [
        {
          id: 'standard',
          name: 'Standard certificate (permanent)',
          required: '0',
          cycleYears: 1,
          citation: permanent,
          uncertain: uncertainPermanent,
        },
        {
          id: 'employment_annual',
          name: 'Annual PD for employed teachers (individual PDP)',
          required: '20',
          cycleYears: 1,
          citation: annual,
        },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: {
        id: 'nj-year',
        kind: 'explicit',
        citation: cite(
          NJAC,
          'The individual professional development plan is annual and updated by October 31.',
          'N.J.A.C. 6A:9C-4.4',
        ),
      },
      conversions: [unitFactor('nj-clock-hour', 'clock_hour', '1', '1 clock hour = 1 hour', annual)],
      notes: [
        {
          id: 'nj-basis',
          text: 'Basis of renewal: none — the standard certificate is permanent. The one-year cycle only frames the annual PD year; give its dates.',
          citation: permanent,
          uncertain: uncertainPermanent,
        },
        {
          id: 'nj-prorate',
          notChecked: true,
          text: 'The 20 hours are prorated for part-time service or leave; not computed.',
          citation: annual,
        },
        {
          id: 'nj-not-in-facts',
          text: 'Not in the facts, so not converted: semester and quarter credits, CEUs and micro-credentials.',
          citation: annual,
        },
      ],
    },
  ],
};

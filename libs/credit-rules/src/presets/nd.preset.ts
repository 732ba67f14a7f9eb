// North Dakota, Five-Year license renewal (NDAC 67.1-02-02-04), cited below with ESPB.
// 6 semester hours of college credit per 5 years and 30 days of contracted teaching; the 30-Year
// Life license needs no PD.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const TYPES = 'https://www.nd.gov/espb/licensure/license-information/types-licenses';
const NDAC =
  'https://casetext.com/regulation/north-dakota-administrative-code/title-671-education-standards-and-practices-board/article-671-02-program-approval-and-educator-licensure/chapter-671-02-02-educators-professional-license/section-671-02-02-04-two-year-and-five-year-renewals';
const OLD = 'http://www.nd.gov/espb/profdev/6705.html';
const six = cite(
  NDAC,
  'A five-year license is renewed with six semester hours of undergraduate or graduate credit in professional education or the licensed areas, earned within the license dates, and 30 days of contracted teaching in the five-year period.',
  'NDAC 67.1-02-02-04',
);
const quarter = cite(OLD, 'One and a half quarter hours = one semester hour.');
const life = cite(
  TYPES,
  "The 30-Year Life license requires no professional development for renewal; licenses expire on the holder's birth date.",
);

export const ndPreset: RuleSetInput = {
  id: 'nd',
  jurisdiction: 'ND',
  name: 'North Dakota Five-Year license renewal',
  versions: [
    {
      version: '67-1-02-02-04',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        '6 semester hours of college credit per 5-year license and 30 days of contracted teaching (not computed); the 30-Year Life license needs no PD; no carry-over. Clock hours, CEUs, caps and categories: none in the facts.',
      unit: { id: 'semester_hour', name: 'semester hours' },
      licenseTypes: [
        { id: 'five-year', name: 'Five-Year license', required: '6', cycleYears: 5, citation: six },
        { id: 'life', name: '30-Year Life license (no PD)', required: '0', cycleYears: 5, citation: life },
      ],
      defaultLicenseType: 'five-year',
      cycleWindow: { id: 'nd-cycle', kind: 'issue_date', citation: six },
      conversions: [
        unitFactor('nd-semester-hour', 'semester_credit', '1', '1 semester hour', six),
        unitFactor(
          'nd-quarter-hour',
          'quarter_credit',
          '2/3',
          '1.5 quarter hours = 1 semester hour',
          quarter,
          'The quarter-hour conversion is from a 1998 rule page; check with ESPB.',
        ),
      ],
      notes: [
        {
          id: 'nd-teaching-days',
          notChecked: true,
          text: 'Also required: 30 days of contracted teaching in the five-year period (not computed: the model does not count days of teaching).',
          citation: six,
        },
        {
          id: 'nd-expiry',
          text: "Licenses expire on the holder's birth date; the cycle here runs from the issue date, so enter the printed dates where they differ.",
          citation: life,
        },
        { id: 'nd-life', text: 'Basis of renewal for the 30-Year Life license: no PD required.', citation: life },
      ],
    },
  ],
};

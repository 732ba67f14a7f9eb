// Pennsylvania, Act 48 of 1999 (24 P.S. § 12-1205.2). Sources: the Kutztown and CCEI
// Act 48 pages cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

// Kutztown's Act 48 page moved; the old address (about-ku/administrative-offices/act-48.html) is kept
// only for the quarter-credit rate, which the current page does not state.
const KUTZTOWN = 'https://kutztown.edu/academics/colleges-and-departments/education/act-48.html';
const KUTZTOWN_OLD = 'https://www.kutztown.edu/about-ku/administrative-offices/act-48.html';
const CCEI = 'https://www.cceionline.com/act-48';
const faqHours = cite(
  CCEI,
  'Act 48 requires 180 hours of continuing education every five years: 6 collegiate credits, 180 continuing education hours, or a combination.',
);
const faqCredit = cite(
  KUTZTOWN,
  'Six college credits or 180 hours every five years; one college credit equals 30 activity hours.',
  'Act 48 requirements',
);
const faqQuarter = cite(KUTZTOWN_OLD, 'One quarter credit equals 20 Act 48 hours.', 'Act 48 FAQ');

const licenseTypes = [
  { id: 'instructional_i', name: 'Instructional I' },
  { id: 'instructional_ii', name: 'Instructional II' },
  { id: 'educational_specialist_i', name: 'Educational Specialist I' },
  { id: 'educational_specialist_ii', name: 'Educational Specialist II' },
  { id: 'administrative', name: 'Administrative' },
].map((t) => ({ ...t, required: '180', cycleYears: 5, citation: faqHours }));

const base = {
  unit: { id: 'act48_hour', name: 'Act 48 hours' },
  licenseTypes,
  defaultLicenseType: 'instructional_ii',
  cycleWindow: {
    id: 'pa-cycle',
    kind: 'issue_date' as const,
    citation: cite(CCEI, 'The five-year compliance period begins on the date the initial certificate is issued.'),
  },
  grace: {
    id: 'pa-extension',
    kind: 'extension' as const,
    months: 12,
    citation: cite(CCEI, 'An educator may be granted a one-year extension to complete the requirement.'),
    uncertain: 'The extension must be requested and granted; it is not automatic.',
  },
  conversions: [
    unitFactor('pa-clock-hour', 'clock_hour', '1', '1 clock hour of approved Act 48 activity = 1 hour', faqHours),
    unitFactor('pa-semester-credit', 'semester_credit', '30', '1 semester credit = 30 Act 48 hours', faqCredit),
    unitFactor('pa-quarter-credit', 'quarter_credit', '20', '1 quarter credit = 20 Act 48 hours', faqQuarter),
    {
      id: 'pa-micro-credential',
      description: 'Micro-credential from an approved provider: its stated hours',
      match: { units: ['micro_credential' as const] },
      value: { kind: 'catalog_hours' as const, factor: '1' },
      citation: faqHours,
      uncertain:
        'The sources name no micro-credential rule; hours count only when the issuer is an approved Act 48 provider that reports them.',
    },
  ],
  notes: [
    {
      id: 'pa-inactive',
      text: 'Voluntary inactive status pauses the compliance period.',
      citation: cite(CCEI, 'Educators not employed in PA schools may request voluntary inactive status.'),
    },
  ],
};

export const paPreset: RuleSetInput = {
  id: 'pa',
  jurisdiction: 'PA',
  name: 'Pennsylvania Act 48',
  versions: [
    { version: '1999', effectiveFrom: '2000-07-01', summary: 'Act 48: 180 hours every 5 years, no carry-over.', ...base },
    {
      version: '2016',
      effectiveFrom: '2016-07-13',
      summary: 'Carry-over of up to 50 hours earned in the last 2 years of a compliance period.',
      ...base,
      carryOver: {
        id: 'pa-carry-over',
        maxAmount: '50',
        earnedWithin: { kind: 'last_years', years: 2 },
        citation: cite(
          KUTZTOWN,
          'Effective July 13, 2016, up to 50 excess hours or credit-equated hours earned within the last two years of the current compliance period may be attributed to the succeeding five-year compliance period.',
          'Act 48 requirements',
        ),
      },
    },
  ],
};

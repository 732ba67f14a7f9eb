// North Carolina, license renewal credits (16 NCAC 6C .0800). Source: Guilford County
// Schools' renewal pages, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const GCS = 'https://www.gcsnc.com/Page/29641';
const GCS_RENEWAL = 'https://www.gcsnc.com/careers/professional-development/license-renewal-requirement';
const eight = cite(
  GCS,
  'A Continuing Professional License requires 8 renewal credits every five years; licenses expire June 30.',
);
const units = cite(
  GCS,
  'One renewal credit = one CEU = 10 contact hours; one semester hour = 1.5 renewal credits; one quarter hour = 1 renewal credit.',
);
const categoriesCite = cite(
  GCS_RENEWAL,
  'Credits required to renew continuing licenses expiring on or after June 30, 2024: grades K-5: 3 subject area, 3 literacy, 2 general; grades 6-12: 4 subject area, 4 general.',
);
const noDoubleCount = cite(GCS, 'One course may be split across categories but not counted twice.');

const common = {
  unit: { id: 'renewal_credit', name: 'renewal credits' },
  licenseTypes: [
    { id: 'continuing_professional', name: 'Continuing Professional License', required: '8', cycleYears: 5, citation: eight },
  ],
  defaultLicenseType: 'continuing_professional',
  gradeBands: [
    { id: 'k-5', name: 'Grades K-5' },
    { id: '6-12', name: 'Grades 6-12' },
  ],
  cycleWindow: { id: 'nc-cycle', kind: 'issue_date' as const, citation: eight },
  expiry: {
    id: 'nc-expiry',
    monthDay: '06-30',
    citation: eight,
    uncertain:
      'Whether a license issued mid-year expires on the June 30 before or after its fifth anniversary; the later one is used.',
  },
  conversions: [
    {
      id: 'nc-nbct',
      description: 'National Board certification = 8 renewal credits',
      match: { activityTypes: ['national_board' as const] },
      value: { kind: 'per_record' as const, amount: '8' },
      citation: cite(GCS, 'National Board certification satisfies the 8 renewal credits.'),
    },
    unitFactor('nc-ceu', 'ceu', '1', '1 CEU = 1 renewal credit', units),
    unitFactor('nc-contact-hour', 'clock_hour', '1/10', '10 contact hours = 1 renewal credit', units),
    unitFactor('nc-semester-hour', 'semester_credit', '1.5', '1 semester hour = 1.5 renewal credits', units),
    unitFactor('nc-quarter-hour', 'quarter_credit', '1', '1 quarter hour = 1 renewal credit', units),
  ],
};

export const ncPreset: RuleSetInput = {
  id: 'nc',
  jurisdiction: 'NC',
  name: 'North Carolina license renewal',
  versions: [
    {
      version: '2019',
      effectiveFrom: '2019-07-01',
      summary: '8 renewal credits per 5-year cycle.',
      ...common,
      notes: [
        {
          id: 'nc-older-categories',
          text: 'Category rules for licenses expiring before 2024-06-30 are not in the sources; none are applied.',
          citation: categoriesCite,
          uncertain: 'Earlier category requirements are not modelled.',
        },
      ],
    },
    {
      version: '2024',
      effectiveFrom: '2024-06-30',
      summary: 'Licenses expiring on or after 2024-06-30: grade-band categories, split but not double counted.',
      ...common,
      categoryAllocation: { id: 'nc-no-double-count', mode: 'exclusive' as const, citation: noDoubleCount },
      categoryRequirements: [
        {
          id: 'nc-k5-subject',
          category: 'subject_area',
          label: 'Subject area (K-5)',
          minimum: { kind: 'amount' as const, amount: '3' },
          gradeBands: ['k-5'],
          citation: categoriesCite,
        },
        {
          id: 'nc-k5-literacy',
          category: 'literacy',
          label: 'Literacy / Science of Reading (K-5)',
          minimum: { kind: 'amount' as const, amount: '3' },
          gradeBands: ['k-5'],
          citation: categoriesCite,
        },
        {
          id: 'nc-k5-general',
          category: 'general',
          label: 'General (K-5)',
          minimum: { kind: 'amount' as const, amount: '2' },
          gradeBands: ['k-5'],
          countsAnyRecord: true,
          citation: categoriesCite,
        },
        {
          id: 'nc-612-subject',
          category: 'subject_area',
          label: 'Subject area (6-12)',
          minimum: { kind: 'amount' as const, amount: '4' },
          gradeBands: ['6-12'],
          citation: categoriesCite,
        },
        {
          id: 'nc-612-general',
          category: 'general',
          label: 'General (6-12)',
          minimum: { kind: 'amount' as const, amount: '4' },
          gradeBands: ['6-12'],
          countsAnyRecord: true,
          citation: categoriesCite,
        },
      ],
    },
  ],
};

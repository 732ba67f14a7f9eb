// A traditional credit-based schedule for the demo district, assembled from lane rules seen in real
// districts; each rule cites the district it is modelled on.
import type { SalaryScheduleInput } from '../lib/salary-schedule.schema';
import { cite } from '../presets/preset-helpers';
import { illustrativeSalaryTable } from './salary-table';

const STMA = 'https://www.isd885.org/departments/human-resources';
const PBTA = 'https://www.pbta.org/contract';
const ISD199 = 'https://www.isd199.org/district/human-resources';
const CAMPBELL = 'https://www.ccsd.k12.wy.us/departments/human-resources';

export const maplewoodSalarySchedule: SalaryScheduleInput = {
  id: 'maplewood-traditional',
  name: 'Maplewood School District (demo): traditional credit lanes',
  citation: cite(
    'https://www.pwcs.edu/departments/human_resources/compensation',
    'Salary anchors from Prince William County VA 2020-21 (steps 4, 10, 20); other steps interpolated.',
  ),
  uncertain: 'Illustrative schedule for the demo district, not a real contract.',
  degrees: ['BA', 'MA', 'PhD'],
  lanes: [
    { id: 'BA', degree: 'BA', credits: 0 },
    { id: 'BA+15', degree: 'BA', credits: 15 },
    { id: 'BA+30', degree: 'BA', credits: 30 },
    { id: 'MA', degree: 'MA', credits: 0 },
    { id: 'MA+15', degree: 'MA', credits: 15 },
    { id: 'MA+30', degree: 'MA', credits: 30 },
    { id: 'PhD', degree: 'PhD', credits: 0 },
  ],
  contractYears: [
    { year: 2025, start: '2025-07-01', end: '2026-06-30', salaries: illustrativeSalaryTable(20) },
    { year: 2026, start: '2026-07-01', end: '2027-06-30', salaries: illustrativeSalaryTable(20, 2) },
  ],
  conversions: [
    {
      id: 'mw-undergraduate',
      description: 'Undergraduate credit (counted, capped below)',
      match: { units: ['semester_credit'], levels: ['undergraduate'] },
      value: { kind: 'factor', factor: '1' },
      citation: cite(ISD199, 'Undergraduate credits count toward lane changes up to 8 semester credits.'),
    },
    {
      id: 'mw-unknown-level',
      description: 'Semester credit without a course level: not counted until the level (graduate or undergraduate) is recorded',
      match: { units: ['semester_credit'], levels: ['unknown'] },
      value: { kind: 'not_accepted' },
      citation: cite(STMA, 'Graduate semester credits count one for one.'),
      uncertain: 'The source counts graduate credit; a course of unknown level is held back rather than assumed graduate.',
    },
    {
      id: 'mw-semester',
      description: 'Graduate semester credit = 1 lane credit',
      match: { units: ['semester_credit'], levels: ['graduate'] },
      value: { kind: 'factor', factor: '1' },
      citation: cite(STMA, 'Graduate semester credits count one for one.'),
    },
    {
      id: 'mw-quarter',
      description: 'Quarter credit = 2/3 lane credit',
      match: { units: ['quarter_credit'] },
      value: { kind: 'factor', factor: '2/3' },
      citation: cite(STMA, 'Quarter credits convert at two-thirds of a semester credit.'),
    },
    {
      id: 'mw-in-district',
      description: '15 in-district inservice hours = 1 lane credit',
      match: { units: ['clock_hour'], inDistrict: true },
      value: { kind: 'factor', factor: '1/15' },
      citation: cite(PBTA, '15 hours of in-district inservice equal one credit.'),
    },
    {
      id: 'mw-micro-credential',
      description: 'Micro-credential: stated hours, 15 hours = 1 lane credit',
      match: { units: ['micro_credential'] },
      value: { kind: 'catalog_hours', factor: '1/15' },
      citation: cite(
        'https://www.aurorak12.org/departments/human_resources',
        'NEA micro-credentials count as salary-advancement hours; 15 hours equal one credit.',
      ),
    },
  ],
  caps: [
    {
      id: 'mw-undergraduate-cap',
      label: 'Undergraduate credits',
      appliesTo: { levels: ['undergraduate'] },
      per: 'total',
      max: '8',
      citation: cite(ISD199, 'At most 8 undergraduate semester credits count.'),
    },
    {
      id: 'mw-district-cap',
      label: 'District (in-district) credits',
      appliesTo: { inDistrict: true },
      per: 'lane_change',
      max: '6',
      citation: cite(CAMPBELL, 'At most 6 district credits count toward each lane change.'),
    },
    {
      id: 'mw-year-cap',
      label: 'Credits per contract year',
      appliesTo: { units: ['semester_credit', 'quarter_credit', 'clock_hour', 'micro_credential', 'ceu'] },
      per: 'contract_year',
      max: '18',
      citation: cite(STMA, 'At most 18 credits count per contract year.'),
      uncertain: 'The source counts them in blocks of 9; blocks are not modelled.',
    },
  ],
  earnedAfter: {
    id: 'mw-after-degree',
    basis: 'highest_degree',
    citation: cite(STMA, 'Credits must be earned after the highest degree held.'),
  },
  inDistrictExpiry: {
    id: 'mw-in-district-expiry',
    years: 5,
    citation: cite(PBTA, 'In-district credits expire after five years.'),
  },
  maxLaneChangesPerYear: { id: 'mw-max-changes', max: 2, citation: cite(STMA, 'At most two lane changes per year.') },
  applicationWindows: [
    {
      id: 'mw-fall-window',
      opens: '08-01',
      closes: '09-15',
      effective: '11-01',
      citation: cite(STMA, 'Applications August 1 - September 15 take effect November 1.'),
    },
    {
      id: 'mw-winter-window',
      opens: '01-01',
      closes: '02-15',
      effective: '04-01',
      citation: cite(STMA, 'Applications January 1 - February 15 take effect April 1.'),
    },
  ],
  retroactivePay: { id: 'mw-no-retro', allowed: false, citation: cite(STMA, 'Lane changes are not retroactive.') },
};

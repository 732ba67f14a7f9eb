// Nevada, NAC 391.060 and the Nevada Department of Education's professional development pages,
// cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const PD = 'https://doe.nv.gov/educator-licensure/professional-development-information-for-educators';
const FEES = 'https://doe.nv.gov/educator-licensure/licenses-and-fees/';
const NAC = 'http://nvrules.elaws.us/nac/391.060';

const hours = cite(
  PD,
  'A Standard license is renewed with 90 hours of professional development or 6 semester credits in the five-year licensure period.',
);
const credit = cite(PD, 'Renewal accepts 6 semester credits in place of 90 hours: one semester credit counts as 15 hours.');
const anyTime = cite(
  PD,
  'Since September 16, 2024 the hours may be completed at any time in the licensure period; the former annual 15-hour rule was removed.',
);

export const nvPreset: RuleSetInput = {
  id: 'nv',
  jurisdiction: 'NV',
  name: 'Nevada Standard license renewal',
  versions: [
    {
      version: '2024',
      effectiveFrom: '2024-09-16',
      summary:
        '90 clock hours (or 6 semester credits, 15 hours each) per 5-year Standard license, completed any time in the licensure period. ' +
        'Professional licenses (6/8/10 years by degree) are not modelled: the sources give no amount for them. Quarter credits, CEUs and micro-credentials are not stated, so they are not converted. No carry-over is stated.',
      unit: { id: 'clock_hour', name: 'clock hours' },
      licenseTypes: [{ id: 'standard', name: 'Standard license', required: '90', cycleYears: 5, citation: hours }],
      defaultLicenseType: 'standard',
      cycleWindow: {
        id: 'nv-cycle',
        kind: 'explicit',
        citation: cite(NAC, "A license expires on the holder's birthday in the year it expires.", 'NAC 391.060'),
        uncertain:
          'The birthday expiry comes from 2013 NAC text; the model has no birthday-based cycle, so the cycle dates must be given.',
      },
      conversions: [
        unitFactor('nv-clock-hour', 'clock_hour', '1', '1 clock hour of approved professional development = 1 hour', hours),
        unitFactor('nv-semester-credit', 'semester_credit', '15', '1 semester credit = 15 hours (6 credits = 90 hours)', credit),
      ],
      notes: [
        {
          id: 'nv-any-time',
          notChecked: true,
          text: 'Hours may be completed any time in the licensure period; the annual 15-hour rule ended on 2024-09-16 and is not modelled for earlier cycles.',
          citation: anyTime,
        },
        {
          id: 'nv-providers',
          text: 'Under R088-23 providers must be approved; colleges, LEAs, RPDPs and employee organisations are approved automatically.',
          citation: cite(
            PD,
            'R088-23: professional development providers must be approved; colleges and universities, local education agencies, RPDPs and employee organisations are automatically approved.',
          ),
        },
        {
          id: 'nv-professional',
          text: 'Professional licenses run 6, 8 or 10 years depending on degree; their renewal amount is not in the sources used here.',
          citation: cite(FEES, 'Professional licenses are valid for 6, 8 or 10 years depending on the degree held.'),
        },
      ],
    },
  ],
};

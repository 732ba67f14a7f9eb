// Illinois, Professional Educator License renewal, 23 Ill. Adm. Code 25.800, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

// Section 25.800 is in Subpart J (file ...250J08000R); the earlier address named Subpart H.
const IAC = 'https://beta.ilga.gov/ftp/JCAR/AdminCode/023/023000250J08000R.html';
const hours = cite(
  IAC,
  'A PEL holder employed at 50% FTE or more completes 120 hours of professional development per five-year renewal cycle; holders of NBPTS certification 60 hours; administrators 100 hours.',
  '23 IAC 25.800',
);
const credit = cite(
  IAC,
  'One semester hour of university coursework equals 15 hours; one quarter hour equals 10 hours.',
  '23 IAC 25.800',
);

export const ilPreset: RuleSetInput = {
  id: 'il',
  jurisdiction: 'IL',
  name: 'Illinois PEL renewal',
  versions: [
    {
      version: '2014',
      effectiveFrom: '2014-07-01',
      summary: '120 PD hours per 5-year cycle starting July 1 after issuance.',
      unit: { id: 'pd_hour', name: 'PD hours' },
      licenseTypes: [
        { id: 'pel', name: 'Professional Educator License', required: '120', cycleYears: 5, citation: hours },
        { id: 'pel_nbct', name: 'PEL with National Board certification', required: '60', cycleYears: 5, citation: hours },
        { id: 'pel_administrator', name: 'PEL with administrative endorsement', required: '100', cycleYears: 5, citation: hours },
      ],
      defaultLicenseType: 'pel',
      cycleWindow: {
        id: 'il-cycle',
        kind: 'july_1_after_issue',
        citation: cite(
          IAC,
          'The renewal cycle begins July 1 following issuance and ends June 30 five years later.',
          '23 IAC 25.800',
        ),
      },
      grace: {
        id: 'il-lapse',
        kind: 'lapse_date',
        lapsesOnMonthDay: '09-01',
        citation: cite(IAC, 'A license not renewed by the end of the cycle lapses on September 1.', '23 IAC 25.800'),
      },
      conversions: [
        unitFactor('il-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PD hour', hours),
        unitFactor('il-semester-hour', 'semester_credit', '15', '1 semester hour = 15 PD hours', credit),
        unitFactor('il-quarter-hour', 'quarter_credit', '10', '1 quarter hour = 10 PD hours', credit),
      ],
      carryOver: {
        id: 'il-carry-over',
        earnedWithin: { kind: 'final_year_dates', from: '04-01', to: '06-30' },
        citation: cite(
          IAC,
          'Only hours earned from April 1 through June 30 of the final year of the cycle and not needed for renewal may be carried over to the next cycle.',
          '23 IAC 25.800',
        ),
      },
      notes: [
        {
          id: 'il-admin-academy',
          notChecked: true,
          text: 'Administrators also complete an Administrator Academy course each year (not computed).',
          citation: hours,
        },
      ],
    },
  ],
};

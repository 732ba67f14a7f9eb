// Montana, Class 1/2 license renewal (ARM 10.57.215), cited below with OPI. 60
// professional development units (PDUs) per 5-year license; licenses expire June 30.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const ARM = 'https://rules.mt.gov/gateway/ShowRuleFile.asp?RID=1483';
const OPI = 'http://opi.mt.gov/Educators/Licensure/Renew-Update-or-Advance-Teaching-License';
const r = (text: string) => cite(ARM, text, 'ARM 10.57.215');
const sixty = r('A license is renewed every five years with 60 renewal units (PDUs) earned within the current license term.');
const values = r(
  'One hour of attendance at a professional development activity = 1 renewal unit; one quarter college credit = 10; one semester college credit = 15.',
);
const june = cite(
  OPI,
  'If your license expires on 06/30/2024, it was issued effective 07/01/2019, and PD earned between 07/01/2019 and 08/31/2024 counts toward its renewal.',
);
const august = r(
  'Licenses may be renewed with 60 renewal units earned during the five years of validity through August 31 of the year the license expires.',
);
const nbc = r(
  'Work toward National Board certification counts, and professional development validated in another state is accepted.',
);

export const mtPreset: RuleSetInput = {
  id: 'mt',
  jurisdiction: 'MT',
  name: 'Montana educator license renewal',
  versions: [
    {
      version: '10-57-215',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        '60 PDUs per 5-year license (1 clock hour = 1, 1 semester credit = 15, 1 quarter credit = 10); expires June 30, with PD counted through August 31 of the expiry year; no carry-over. CEUs, caps and categories: none in the facts.',
      unit: { id: 'pdu', name: 'PDUs' },
      licenseTypes: [{ id: 'standard', name: 'Class 1 or Class 2 license', required: '60', cycleYears: 5, citation: sixty }],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'mt-cycle', kind: 'issue_date', citation: sixty },
      expiry: { id: 'mt-expiry', monthDay: '06-30', citation: june },
      earningWindow: {
        id: 'mt-earning-window',
        throughMonthDay: '08-31',
        citation: august,
        uncertain:
          'Whether PD from July 1 to August 31 may also count for the next license is not stated; PD Ledger counts it for the expiring license first, as far as that license needs it, and the rest for the next one.',
      },
      conversions: [
        unitFactor('mt-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PDU', values),
        unitFactor('mt-semester-credit', 'semester_credit', '15', '1 semester credit = 15 PDUs', values),
        unitFactor('mt-quarter-credit', 'quarter_credit', '10', '1 quarter credit = 10 PDUs', values),
      ],
      notes: [
        {
          id: 'mt-nbc',
          text: 'The National Board certification process counts, with no unit value stated (not converted); PD validated in another state is accepted.',
          citation: nbc,
        },
        { id: 'mt-carry-over', text: 'No carry-over: units must be earned within the current license term.', citation: sixty },
      ],
    },
  ],
};

// Oregon, OAR 584-255 (Teacher Standards and Practices Commission), cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const OAR_0010 = 'https://oregon.public.law/rules/oar_584-255-0010';
const TSPC = 'http://www.oregon.gov/tspc/Pages/PDUs-Continuing.aspx';
const OAR_0007 =
  'https://print.casetext.com/regulation/oregon-administrative-code/chapter-584-teacher-standards-and-practices-commission/division-255-professional-development/section-584-255-0007-suspension-of-professional-development-unit-reporting-requirements';

const SUSPENDED =
  'OAR 584-255-0007 (2024) suspended PDU reporting; whether the suspension still applies is not known. Check with TSPC before treating a shortfall as a problem.';
const five = cite(
  OAR_0010,
  'Holders of a five-year license complete 125 professional development units (PDUs) during the life of the license.',
  'OAR 584-255-0010',
);
const three = cite(
  OAR_0010,
  'Holders of a three-year license complete 75 PDUs during the life of the license.',
  'OAR 584-255-0010',
);
const units = cite(TSPC, 'One clock hour = 1 PDU; one semester credit = 30 PDUs; one quarter credit = 20 PDUs.');

export const orPreset: RuleSetInput = {
  id: 'or',
  jurisdiction: 'OR',
  name: 'Oregon professional development units (PDUs)',
  versions: [
    {
      version: 'oar-584-255',
      effectiveFrom: '2000-01-01',
      summary:
        '125 PDUs per 5-year license (75 per 3-year license) over the life of the license; 1 clock hour = 1 PDU, a semester credit 30, a quarter credit 20; up to 25 PDUs carry over from the previous period. ' +
        'Reporting is suspended by OAR 584-255-0007 (2024); whether that still applies is uncertain. CEUs and micro-credentials are not stated and are not converted. ' +
        'The facts give no start date for these rules: effectiveFrom 2000-01-01 is a placeholder and the version governs every cycle.',
      unit: { id: 'pdu', name: 'PDUs' },
      licenseTypes: [
        { id: 'five_year', name: 'Five-year license', required: '125', cycleYears: 5, citation: five, uncertain: SUSPENDED },
        { id: 'three_year', name: 'Three-year license', required: '75', cycleYears: 3, citation: three, uncertain: SUSPENDED },
      ],
      defaultLicenseType: 'five_year',
      cycleWindow: {
        id: 'or-cycle',
        kind: 'issue_date',
        citation: cite(OAR_0010, 'PDUs are earned during the life of the license, from issue to expiry.', 'OAR 584-255-0010'),
      },
      conversions: [
        unitFactor('or-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PDU', units),
        unitFactor('or-semester-credit', 'semester_credit', '30', '1 semester credit = 30 PDUs', units),
        unitFactor('or-quarter-credit', 'quarter_credit', '20', '1 quarter credit = 20 PDUs', units),
      ],
      carryOver: {
        id: 'or-carry-over',
        maxAmount: '25',
        earnedWithin: { kind: 'whole_cycle' },
        citation: cite(
          OAR_0010,
          'Up to 25 PDUs beyond the requirement may be carried into the next renewal period, from the previous period only.',
          'OAR 584-255-0010',
        ),
      },
      notes: [
        {
          id: 'or-suspension',
          text: 'PDU reporting requirements were suspended by OAR 584-255-0007 in 2024.',
          citation: cite(OAR_0007, 'PDU reporting requirements are suspended.', 'OAR 584-255-0007'),
          uncertain: SUSPENDED,
        },
        {
          id: 'or-standards',
          text: 'Each PDU must fit one of the seven Standards for Professional Learning; the evaluator does not check this.',
          citation: cite(TSPC, 'Each PDU must align with one of the seven Standards for Professional Learning.'),
        },
      ],
    },
  ],
};

// Iowa, Standard / Master Educator license renewal (BoEE, 282 IAC 13.30), cited below.
// Renewal credits are semester hours of college credit (or BoEE-approved renewal courses);
// clock hours and CEUs are not accepted. The mandatory-reporter training is a standing requirement.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const BOEE = 'https://boee.iowa.gov/license-types-and-applications/standard-master-psl-administrator-renewal-information';
const IAC = 'https://regulations.justia.com/states/iowa/agency-282/chapter-13/rule-282-13-30';
const CODE =
  'https://d1tvxue8o4w0fl.cloudfront.net/statute/code-of-iowa/title-vii-education-history-and-culture/chapter-256-department-of-education/subchapter-vii-higher-education-division/part-3-board-of-educational-examiners/section-256146-board-of-examiners-created';
const BULLETIN = 'https://content.govdelivery.com/accounts/IACIO/bulletins/3d41e18';
const credits = cite(BOEE, 'A Standard or Master Educator license is renewed every five years with six renewal credits.');
const creditUnit = cite(
  IAC,
  'One renewal credit is one semester hour of college credit (or a BoEE-approved renewal course); clock hours and CEUs are not renewal credits.',
  '282 IAC 13.30',
);
const ipdp = cite(
  IAC,
  'One individual professional development plan (IPDP) may count for 3 renewal credits, half of the requirement.',
  '282 IAC 13.30',
);
const reporter = cite(
  BULLETIN,
  'Renewal requires child abuse mandatory reporter training; the dependent-adult abuse training was dropped in 2025.',
);
const noCarry = cite(
  IAC,
  'Credits must be earned after the current license was issued; carry-over is not allowed.',
  '282 IAC 13.30',
);
const exempt = cite(
  CODE,
  "A teacher holding a master's degree with ten years of teaching experience has no renewal credit requirement.",
  'Iowa Code 256.146',
);

export const iaPreset: RuleSetInput = {
  id: 'ia',
  jurisdiction: 'IA',
  name: 'Iowa Standard / Master Educator license renewal',
  versions: [
    {
      version: '282-13-30',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        "6 renewal credits (semester hours) per 5-year license plus current child abuse mandatory reporter training; clock hours and CEUs not accepted; no carry-over. With a master's and 10 years of teaching, no credits are required. Quarter hours and micro-credentials: not in the facts.",
      unit: { id: 'renewal_credit', name: 'renewal credits' },
      licenseTypes: [
        {
          id: 'standard',
          name: 'Standard or Master Educator license',
          required: '6',
          cycleYears: 5,
          citation: credits,
          uncertain: 'Sources disagree on 6 or 4 renewal credits; check with the BoEE.',
        },
        {
          id: 'master-10-years',
          name: "Licensee with a master's degree and 10 years of teaching (no renewal credits)",
          required: '0',
          cycleYears: 5,
          citation: exempt,
          uncertain:
            'Whether the mandatory reporter training still applies after the exemption is not stated; it is still checked here.',
        },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'ia-cycle', kind: 'issue_date', citation: noCarry },
      conversions: [
        unitFactor('ia-semester-hour', 'semester_credit', '1', '1 semester hour = 1 renewal credit', creditUnit),
        {
          id: 'ia-clock-hour',
          description: 'Clock hours are not renewal credits',
          match: { units: ['clock_hour'] },
          value: { kind: 'not_accepted' },
          citation: creditUnit,
        },
        {
          id: 'ia-ceu',
          description: 'CEUs are not renewal credits',
          match: { units: ['ceu'] },
          value: { kind: 'not_accepted' },
          citation: creditUnit,
        },
      ],
      standingRequirements: [
        {
          id: 'ia-mandatory-reporter',
          kind: 'current',
          category: 'child_abuse_reporting',
          label: 'Child abuse mandatory reporter training',
          // The facts give no validity period; the license term (60 months) is used so that the training must fall in the current cycle.
          validMonths: 60,
          citation: reporter,
          uncertain:
            'The validity period of the training is not in the facts; it is taken as the 5-year license term here. Check with the BoEE.',
        },
      ],
      notes: [
        {
          id: 'ia-ipdp',
          notChecked: true,
          text: 'One individual professional development plan (IPDP) counts for 3 renewal credits (half the requirement). Not computed: PD Ledger has no record type for an IPDP, so record it as 3 semester credits only where the BoEE accepted it.',
          citation: ipdp,
        },
        {
          id: 'ia-carry-over',
          text: 'No carry-over: renewal credits must be earned after the current license was issued.',
          citation: noCarry,
          uncertain: 'The carry-over ruling is worked out from the rule, not read in it; check with the BoEE.',
        },
        {
          id: 'ia-expiry',
          text: "The license expires at the end of the holder's birth month; the cycle here runs from the issue date, so enter the printed dates where they differ.",
          citation: credits,
        },
      ],
    },
  ],
};

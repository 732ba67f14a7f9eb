// Washington, RCW 28A.410.277-.278 and PESB renewal options (professional and continuing
// certificates). Sources: the citations below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const HB1426 = 'http://lawfilesext.leg.wa.gov/Biennium/2021-22/Htm/Bill%20Reports/House/1426%20HBA%20ED%2021.htm';
const RCW = 'https://codes.findlaw.com/wa/title-28a-common-school-provisions/wa-rev-code-28a-410-277/';
const PESB_ADDITIONAL = 'http://program.pesb.wa.gov/professional-growth-plan-pgp-t/additional-certification-renewal-requirements';
const WSR_2000 = 'https://lawfilesext.leg.wa.gov/law/wsr/2000/13/00-13-065.htm';
// The stored copy of this PESB page shows the pre-2017 figures (150 clock hours, a PGP = 30); the
// current rule (100 hours, a PGP = 25) is cited from OSPI and the PESB 2017 announcement below.
const PESB_OPTIONS =
  'http://program.pesb.wa.gov/professional-growth-plan-pgp-t/certification-renewal-options-professional---continuing';
const OSPI =
  'https://ospi.k12.wa.us/certification/teacher-certificate/already-washington-certified-educators/professional-teacher';
const PESB_2017 = 'http://www.pesb.wa.gov/media/announcements/changesbringcoherencetocertificationsystem';

const WSR_UNCERTAIN = 'The credit conversions come from a 2000 rule text (WSR 00-13-065) and may have changed.';
const hundred = cite(
  OSPI,
  'Renewing a Professional Certificate: 100 clock hours or equivalent college credits or Professional Growth Plans (PGPs), or a combination of the three.',
);
const pgp = cite(
  PESB_2017,
  'Renew in five-year intervals with 100 clock hours, four annual Professional Growth Plans, or completed PGPs combined with clock hours for a total of 100 hours (e.g. 3 PGPs + 25 CH = 100 CH).',
);
const credit = cite(WSR_2000, 'One semester credit = 15 clock hours; one quarter credit = 10 clock hours.', 'WSR 00-13-065');
const equity = cite(
  OSPI,
  'From July 1, 2023 (House Bill 1426): 15 clock hours in equity-based school practices aligned with the CCDEI standards, or a valid National Board certificate, equivalent college credits or at least one goal of an annual PGP, from a legislature-approved provider.',
);
const equityBill = cite(
  HB1426,
  'Renewal requires at least 15 clock hours, or one PGP goal, on equity-based school and classroom practices aligned with the cultural competency, diversity, equity and inclusion standards, from approved providers.',
);
const stem = cite(
  RCW,
  'Holders of STEM-related endorsements complete at least 15 clock hours, or one PGP goal, on the integration of science, technology, engineering and mathematics.',
  'RCW 28A.410.277',
);

export const waPreset: RuleSetInput = {
  id: 'wa',
  jurisdiction: 'WA',
  name: 'Washington professional and continuing certificate renewal',
  versions: [
    {
      version: 'hb-1426',
      effectiveFrom: '2000-01-01',
      summary:
        '100 clock hours per 5 years, or 4 annual PGPs (30 hours each), or a mix; National Board certification is an alternative. A semester credit = 15 hours, a quarter credit = 10 (2000 text, uncertain). ' +
        'At least 15 hours (or a PGP goal) on equity-based school practices (canonical `equity`); 15 on STEM integration for STEM-related endorsements; PD on the evaluation system (RCW 28A.410.278, no amount stated). ' +
        'A completed PGP is recorded as activity `other` in unit `certification` (one per plan). CEUs and micro-credentials are not stated and not converted; carry-over is not stated. effectiveFrom 2000-01-01 is a placeholder: the facts give no start date.',
      unit: { id: 'clock_hour', name: 'clock hours' },
      licenseTypes: [
        { id: 'professional', name: 'Professional or continuing certificate', required: '100', cycleYears: 5, citation: hundred },
        {
          id: 'professional_stem',
          name: 'Professional or continuing certificate with a STEM-related endorsement',
          required: '100',
          cycleYears: 5,
          citation: hundred,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: {
        id: 'wa-cycle',
        kind: 'issue_date',
        citation: cite(PESB_OPTIONS, 'The certificate is valid for 5 years and may be renewed early.'),
      },
      conversions: [
        unitFactor('wa-clock-hour', 'clock_hour', '1', '1 clock hour (continuing education credit hour) = 1 clock hour', hundred),
        unitFactor('wa-semester-credit', 'semester_credit', '15', '1 semester credit = 15 clock hours', credit, WSR_UNCERTAIN),
        unitFactor('wa-quarter-credit', 'quarter_credit', '10', '1 quarter credit = 10 clock hours', credit, WSR_UNCERTAIN),
        {
          id: 'wa-pgp',
          description: 'A completed annual professional growth plan (activity "other", unit "certification") = 25 clock hours',
          match: { activityTypes: ['other'], units: ['certification'] },
          value: { kind: 'factor', factor: '25' },
          uncertain:
            'The 25 clock hours per PGP are implied by the example "3 PGPs + 25 CH = 100 CH" (four PGPs renew alone); an older PESB page counted 30.',
          citation: pgp,
        },
      ],
      categoryRequirements: [
        {
          id: 'wa-equity',
          category: 'equity',
          label: 'Equity-based school and classroom practices',
          minimum: { kind: 'amount', amount: '15' },
          citation: equity,
        },
        {
          id: 'wa-stem',
          category: 'stem_integration',
          label: 'STEM integration',
          minimum: { kind: 'amount', amount: '15' },
          licenseTypes: ['professional_stem'],
          citation: stem,
        },
        {
          id: 'wa-evaluation-system',
          category: 'evaluation_system',
          label: 'Professional development on the evaluation system',
          minimum: { kind: 'any' },
          citation: cite(
            PESB_ADDITIONAL,
            'Renewal includes professional development on the teacher and principal evaluation system (RCW 28A.410.278).',
            'RCW 28A.410.278',
          ),
          uncertain:
            'The facts give no amount and no scope for this requirement; it is modelled as "some PD in the category" for every holder.',
        },
      ],
      pathways: [
        {
          id: 'wa-nbct',
          label: 'National Board certification',
          unit: { id: 'nbc', name: 'National Board certificates' },
          required: '1',
          conversions: [
            {
              id: 'wa-nbct-certificate',
              description: 'National Board certification',
              match: { activityTypes: ['national_board'], units: ['certification'] },
              value: { kind: 'per_record', amount: '1' },
              citation: cite(PESB_OPTIONS, 'National Board certification is an alternative way to renew.'),
            },
          ],
          citation: cite(PESB_OPTIONS, 'National Board certification is an alternative way to renew.'),
        },
      ],
      notes: [
        { id: 'wa-approved-providers', text: 'Equity-based hours must come from approved providers.', citation: equityBill },
        {
          id: 'wa-news',
          text: 'Renewal requirements were updated by HB 1426 (2021); see the association news for current guidance.',
          citation: cite('https://www.aeawa.org/news', 'HB 1426 added equity-based school practices to certificate renewal.'),
        },
      ],
    },
  ],
};

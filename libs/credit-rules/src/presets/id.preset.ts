// Idaho, Standard Instructional Certificate renewal (IDAPA 08.02.02.060), cited below.
// 6 semester credits per 5 years, at least 3 transcripted from a postsecondary institution;
// district in-service credit (15 clock hours = 1 credit) counts for at most 3.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const IDAPA =
  'https://print.casetext.com/regulation/idaho-administrative-code/title-idapa-08-education-board-of-and-department-of/rule-080202-rules-governing-uniformity/section-080202060-application-procedures-professional-development';
const LITERACY = 'http://www.sde.idaho.gov/site/teacher_certification/literacy.htm';
const DISTRICT = 'https://caldwellschools.org/apps/pages/index.jsp?type=d&uREC_ID=453560';
const rule = (text: string) => cite(IDAPA, text, 'IDAPA 08.02.02.060');
const six = rule('Renewal of a five-year certificate requires six semester credits earned within the validity period.');
const transcripted = rule(
  'At least three of the six semester credits are transcripted credits from an accredited postsecondary institution.',
);
const semester = rule('One semester credit counts as one credit.');
const district = cite(
  DISTRICT,
  'District in-service: 15 clock hours = 1 credit, at most 3 credits toward renewal; 3 quarter credits = 2 semester credits; CEUs count through the district in-service form.',
);
const districtUncertain =
  'The in-service cap, the 15-hour rate and the quarter conversion come from a district page; check with the SDE.';
const literacy = cite(
  LITERACY,
  'Early childhood, elementary and exceptional child teachers complete the Idaho Comprehensive Literacy course once.',
);

export const idPreset: RuleSetInput = {
  id: 'id',
  jurisdiction: 'ID',
  name: 'Idaho Standard Instructional Certificate renewal',
  versions: [
    {
      version: '08-02-02-060',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        '6 semester credits per 5-year certificate, at least 3 transcripted college credits; district in-service (15 clock hours = 1) at most 3; no carry-over. CEU values and micro-credentials: not in the facts.',
      unit: { id: 'semester_credit', name: 'semester credits' },
      licenseTypes: [{ id: 'standard', name: 'Standard Instructional Certificate', required: '6', cycleYears: 5, citation: six }],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'id-cycle', kind: 'issue_date', citation: six },
      conversions: [
        unitFactor('id-semester-credit', 'semester_credit', '1', '1 semester credit', semester),
        unitFactor(
          'id-quarter-credit',
          'quarter_credit',
          '2/3',
          '3 quarter credits = 2 semester credits',
          district,
          districtUncertain,
        ),
        unitFactor('id-in-service', 'clock_hour', '1/15', '15 in-service clock hours = 1 credit', district, districtUncertain),
      ],
      caps: [
        {
          id: 'id-in-service-cap',
          label: 'District in-service credit',
          appliesTo: { units: ['clock_hour'] },
          limit: { kind: 'amount', amount: '3' },
          citation: district,
          uncertain: districtUncertain,
        },
      ],
      categoryRequirements: [
        {
          id: 'id-transcripted',
          category: 'transcripted_postsecondary',
          label: 'Transcripted postsecondary credit',
          minimum: { kind: 'amount', amount: '3' },
          // College credit counts here whether or not it is tagged.
          source: { units: ['semester_credit', 'quarter_credit'] },
          citation: transcripted,
        },
      ],
      notes: [
        {
          id: 'id-literacy',
          notChecked: true,
          text: 'Early childhood, elementary and exceptional child teachers must have completed the Idaho Comprehensive Literacy course once (not computed: a one-time requirement cannot yet be limited to these license areas).',
          citation: literacy,
        },
        {
          id: 'id-ceu',
          text: 'CEUs count through the district in-service form; no conversion rate is stated, so CEUs are not converted here.',
          citation: district,
          uncertain: districtUncertain,
        },
        { id: 'id-carry-over', text: 'No carry-over: credits must be earned within the validity period.', citation: six },
        {
          id: 'id-lifetime',
          text: 'A 2025 bill creates lifetime certificates (no PD) after 25 years.',
          citation: six,
          uncertain: 'The 2025 lifetime-certificate bill is not confirmed in the cited rule; check with the SDE.',
        },
      ],
    },
  ],
};

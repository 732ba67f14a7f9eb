// District of Columbia, Standard teaching credential renewal (OSSE professional learning units).
// Sources: OSSE's pages, cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const PLU = 'https://osse.dc.gov/page/professional-learning-units';
const RENEWAL = 'https://osse.dc.gov/node/1310011';
const RATINGS = 'https://osse.dc.gov/page/performance-ratings';
const CERT = 'https://osse.dc.gov/page/teacher-certification';
const plus = cite(
  PLU,
  'Renewal of the 4-year Standard credential requires 120 PLUs earned within the previous 4 years; 1 PLU = 1 clock hour; 1 semester hour = 15 PLUs.',
);
const content = cite(PLU, 'At least 60 hours directly related to the credential being renewed (domain D-1).');
const additional = cite(
  PLU,
  'When renewing two or more credentials at the same time, 120 hours are required for one of them, and an additional 45 hours of specific content in the subject area of each additional credential.',
);
const alternatives = cite(
  RATINGS,
  'Option 2: at least an effective (or equivalent) final rating for a minimum of three of the previous four years, in a DC LEA whose evaluation system OSSE accepts (DCPS).',
);
const otherOptions = cite(RENEWAL, 'Test scores are a further alternative; the options are not combinable.');

export const dcPreset: RuleSetInput = {
  id: 'dc',
  jurisdiction: 'DC',
  name: 'District of Columbia Standard credential renewal',
  versions: [
    {
      version: '2020',
      // The effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2020-01-01',
      summary:
        '120 PLUs per 4-year Standard credential (60 in the content area), plus 45 in its subject for each additional credential renewed with it; or IMPACT Effective+ in 3 of 4 years.',
      unit: { id: 'plu', name: 'PLUs' },
      licenseTypes: [
        // Further credentials renewed together: give their number as additional licenses (+45 each).
        {
          id: 'standard',
          name: 'Standard credential',
          required: '120',
          cycleYears: 4,
          perAdditionalLicense: '45',
          citation: plus,
        },
        {
          id: 'standard_additional_credential',
          name: 'Standard credential renewed with one additional credential',
          required: '165',
          cycleYears: 4,
          perAdditionalLicense: '45',
          citation: additional,
        },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: {
        id: 'dc-cycle',
        kind: 'issue_date',
        citation: cite(CERT, 'The Standard credential is valid for 4 years from issuance.'),
      },
      conversions: [
        unitFactor('dc-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PLU', plus),
        unitFactor('dc-semester-hour', 'semester_credit', '15', '1 semester hour = 15 PLUs', plus),
      ],
      categoryRequirements: [
        {
          id: 'dc-content-area',
          category: 'subject_area',
          label: 'Credential content area (D-1)',
          minimum: { kind: 'amount', amount: '60' },
          citation: content,
        },
        {
          id: 'dc-additional-credential',
          // Preset-specific category: content hours for the additional credential.
          category: 'additional_credential_content',
          label: 'Content area of each additional credential',
          minimum: {
            kind: 'by_license_type',
            amounts: [
              { licenseType: 'standard', amount: '0', perAdditionalLicense: '45' },
              { licenseType: 'standard_additional_credential', amount: '45', perAdditionalLicense: '45' },
            ],
          },
          citation: additional,
        },
      ],
      pathways: [
        {
          id: 'dc-impact',
          label: 'DCPS IMPACT: Effective or Highly Effective in 3 of the last 4 years',
          unit: { id: 'effective_year', name: 'effective years' },
          required: '3',
          conversions: [
            {
              id: 'dc-impact-rating',
              description: 'An IMPACT rating of Effective (4) or Highly Effective (5) = 1 year',
              match: { activityTypes: ['evaluation'], units: ['evaluation_score'] },
              value: { kind: 'bands', bands: [{ min: '4', amount: '1' }] },
              citation: alternatives,
              uncertain:
                'Records carry the IMPACT rating as a score from 1 (Ineffective) to 5 (Highly Effective); one evaluation record per school year is assumed.',
            },
          ],
          citation: alternatives,
        },
      ],
      notes: [
        {
          id: 'dc-not-in-facts',
          text: 'Not in the facts, so not converted: quarter hours, CEUs and micro-credentials.',
          citation: plus,
        },
        {
          id: 'dc-test-scores',
          text: 'Test scores are a further alternative; not computed. The options are not combinable.',
          notChecked: true,
          citation: otherOptions,
        },
        {
          id: 'dc-per-credential-content',
          text: "The 45 hours for each additional credential must be in that credential's subject; records tagged additional_credential_content are counted together, not per credential.",
          notChecked: true,
          citation: additional,
        },
        { id: 'dc-no-carry-over', text: 'No carry-over: PLUs must be earned within the previous 4 years.', citation: plus },
      ],
    },
  ],
};

// South Dakota, ARSD 24:28:17:13 (certificate renewal), cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const ARSD = 'https://regulations.justia.com/states/south-dakota/title-24/article-24-28/chapter-24-28-17/section-24-28-17-13';
const NASBE =
  'https://statepolicies.nasbe.org/health/categories/counseling-psychological-and-social-services/professional-development-for-suicide-prevention/south-dakota';
const s13 = (text: string) => cite(ARSD, text, 'ARSD 24:28:17:13');

const RATE_UNCERTAIN = 'The rate of 15 contact hours per credit is not confirmed by the regulation text used here.';
const MASTERS_UNCERTAIN = "The master's-degree exception (any mix of credit) comes from a vendor page.";
const six = s13('A certificate is renewed with six credits of renewal credit earned during its five-year validity period.');

export const sdPreset: RuleSetInput = {
  id: 'sd',
  jurisdiction: 'SD',
  name: 'South Dakota certificate renewal',
  versions: [
    {
      version: 'arsd-24-28-17-13',
      effectiveFrom: '2000-01-01',
      summary:
        '6 credits per 5-year certificate, earned within the validity period, no carry-over. A semester credit = 1 credit, 15 contact hours = 1 credit (uncertain); non-transcripted contact hours count for at most 3 credits. ' +
        "Bachelor's holders need 3 credits of transcripted or specialized learning (tag those records); master's holders may use any mix (uncertain). 1 clock hour of suicide awareness is required. " +
        'National Board certification or recertification is an alternative. The mentee alternative (2 of 5 years) is not modelled. effectiveFrom 2000-01-01 is a placeholder: the facts give no start date.',
      unit: { id: 'sd_credit', name: 'renewal credits' },
      licenseTypes: [
        { id: 'bachelors', name: "Certificate, bachelor's degree holder", required: '6', cycleYears: 5, citation: six },
        {
          id: 'masters',
          name: "Certificate, master's degree or higher",
          required: '6',
          cycleYears: 5,
          citation: six,
          uncertain: MASTERS_UNCERTAIN,
        },
      ],
      defaultLicenseType: 'bachelors',
      cycleWindow: {
        id: 'sd-cycle',
        kind: 'issue_date',
        citation: s13('Renewal credit must be earned within the five-year validity period of the certificate.'),
      },
      conversions: [
        unitFactor(
          'sd-semester-credit',
          'semester_credit',
          '1',
          '1 transcripted semester credit = 1 renewal credit',
          s13('One semester hour of transcripted college credit is one renewal credit.'),
        ),
        unitFactor(
          'sd-contact-hours',
          'clock_hour',
          '1/15',
          '15 contact hours of continuing education = 1 renewal credit',
          s13('Continuing education contact hours count at 15 contact hours per credit.'),
          RATE_UNCERTAIN,
        ),
      ],
      caps: [
        {
          id: 'sd-contact-hours-cap',
          label: 'Non-transcripted continuing education contact hours',
          appliesTo: { units: ['clock_hour'] },
          limit: { kind: 'amount', amount: '3' },
          citation: s13('At most three credits may come from non-transcripted continuing education contact hours.'),
          uncertain: "The model cannot lift this cap for master's holders only (no per-license-type caps); " + MASTERS_UNCERTAIN,
        },
      ],
      categoryRequirements: [
        {
          id: 'sd-transcripted',
          category: 'transcripted_or_specialized_learning',
          label: 'Transcripted credit or specialized learning',
          minimum: { kind: 'amount', amount: '3' },
          licenseTypes: ['bachelors'],
          citation: s13(
            "Holders of a bachelor's degree earn at least three of the six credits as transcripted credit or specialized learning.",
          ),
        },
        {
          id: 'sd-suicide-awareness',
          category: 'suicide_prevention',
          label: 'Suicide awareness and prevention (1 clock hour)',
          minimum: { kind: 'any' },
          citation: cite(NASBE, 'Certificate renewal requires one clock hour of suicide awareness and prevention training.'),
          uncertain:
            'The source requires 1 clock hour; the model counts any credited suicide-prevention record (1 hour = 1/15 credit cannot be written as a 4-place minimum).',
        },
      ],
      pathways: [
        {
          id: 'sd-national-board',
          label: 'National Board certification or recertification',
          unit: { id: 'nbc', name: 'National Board certificates' },
          required: '1',
          conversions: [
            {
              id: 'sd-nbc-certificate',
              description: 'National Board certification or recertification',
              match: { activityTypes: ['national_board'], units: ['certification'] },
              value: { kind: 'per_record', amount: '1' },
              citation: s13('National Board certification or recertification during the validity period renews the certificate.'),
            },
          ],
          citation: s13('National Board certification or recertification during the validity period renews the certificate.'),
        },
      ],
      notes: [
        {
          id: 'sd-mentee',
          notChecked: true,
          text: 'Serving as a mentee in a mentoring program for 2 of the 5 years is an alternative; the model has no experience records, so it is not evaluated.',
          citation: s13(
            'Participation as a mentee in a mentoring program for two of the five years is an alternative renewal route.',
          ),
        },
      ],
    },
  ],
};

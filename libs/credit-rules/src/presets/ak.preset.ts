// Alaska, professional teacher certificate renewal (4 AAC 12.405). Sources: the rule and DEED's renewal and CEU pages,
// cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const AAC =
  'https://casetext.com/regulation/alaska-administrative-code/title-4-education-and-early-development/chapter-12-certification-of-professional-teachers/section-4-aac-12405-renewal-of-certificates';
const DEED = 'https://education.alaska.gov/teachercertification/renewal-reinstatement';
const CEU = 'https://education.alaska.gov/teachercertification/non-academic-credit-CEU-info';
const aac = (text: string) => cite(AAC, text, '4 AAC 12.405');
const credits = aac(
  'A professional certificate is renewed every 5 years with 6 renewal credits earned during the life of the certificate, related to the assignment, endorsement or an endorsement program.',
);
const quarter = cite(
  DEED,
  'One and a half quarter hours of credit from an accredited university or college equal one renewal credit.',
);
const nonAcademic = cite(
  CEU,
  'One non-academic credit may be awarded per 15 contact hours at a single institute or workshop; hours from various events may not be combined to equal 15 contact hours; attendance must be pre-approved.',
);
const ceu = cite(
  DEED,
  'One continuing education unit, with a minimum of 15 contact hours, from an approved provider equals one renewal credit.',
);
const trainings = cite(
  DEED,
  'Renewal requires the mandatory trainings (alcohol- and drug-related disabilities; sexual abuse and sexual assault awareness; dating violence and abuse awareness; suicide prevention) completed within the previous 5 years.',
);

const training = (id: string, category: string, label: string) => ({
  id,
  kind: 'current' as const,
  category,
  label,
  validMonths: 60,
  citation: trainings,
});

export const akPreset: RuleSetInput = {
  id: 'ak',
  jurisdiction: 'AK',
  name: 'Alaska professional certificate renewal',
  versions: [
    {
      version: '2019',
      // The effective date is not in the facts; this only version governs every cycle.
      effectiveFrom: '2019-07-01',
      summary:
        '6 renewal credits per 5-year certificate (semester, quarter, CEU or pre-approved non-academic hours), plus four mandatory trainings within the last 5 years.',
      unit: { id: 'renewal_credit', name: 'renewal credits' },
      licenseTypes: [
        { id: 'professional', name: 'Professional Teacher Certificate', required: '6', cycleYears: 5, citation: credits },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'ak-cycle', kind: 'issue_date', citation: credits },
      conversions: [
        unitFactor('ak-semester-credit', 'semester_credit', '1', '1 semester credit = 1 renewal credit', credits),
        unitFactor('ak-quarter-credit', 'quarter_credit', '2/3', '1.5 quarter credits = 1 renewal credit', quarter),
        unitFactor(
          'ak-ceu',
          'ceu',
          '1',
          '1 CEU (at least 15 contact hours) = 1 renewal credit',
          ceu,
          'A CEU counts only when it represents at least 15 contact hours; records do not show this.',
        ),
        // Each record is one event: under 15 hours adds nothing, and only whole 15-hour blocks count.
        {
          ...unitFactor(
            'ak-clock-hour',
            'clock_hour',
            '1/15',
            '15 non-academic contact hours at one event = 1 renewal credit',
            nonAcademic,
          ),
          perEvent: { minimum: '15', step: '15' },
        },
      ],
      standingRequirements: [
        // Preset-specific category ids for three trainings; suicide prevention maps to the canonical id.
        training('ak-alcohol-drug', 'alcohol_drug_related_disabilities', 'Alcohol- and drug-related disabilities training'),
        training(
          'ak-sexual-abuse',
          'sexual_abuse_assault_awareness',
          'Sexual abuse and sexual assault awareness and prevention training',
        ),
        training(
          'ak-dating-violence',
          'dating_violence_awareness',
          'Dating violence and abuse awareness and prevention training',
        ),
        training('ak-suicide-prevention', 'suicide_prevention', 'Suicide awareness and prevention training'),
      ],
      notes: [
        {
          id: 'ak-micro-credentials',
          text: 'Department-approved micro-credentials count toward renewal (4 AAC 12.405(a)); the credit value is not stated, so they are not converted.',
          citation: aac('Department-approved microcredentials may be used for renewal.'),
        },
        {
          id: 'ak-pre-approval',
          text: 'Non-academic credit counts only for pre-approved institutes and workshops (record the hours once approved).',
          notChecked: true,
          citation: nonAcademic,
        },
        {
          id: 'ak-related',
          text: 'Renewal credits must relate to the assignment, an endorsement on the certificate, or a program leading to an endorsement.',
          notChecked: true,
          citation: credits,
        },
        {
          id: 'ak-window',
          text: 'The certificate may be renewed up to one year before it expires; no carry-over.',
          citation: cite(DEED, 'Renewal applications may be submitted up to one year before expiration.'),
        },
        {
          id: 'ak-older-rule',
          notChecked: true,
          text: 'An older rule required 3 of the credits to be upper-division or graduate; not applied here.',
          citation: credits,
          uncertain: 'Whether the older upper-division/graduate requirement still applies to some certificates is unclear.',
        },
      ],
    },
  ],
};

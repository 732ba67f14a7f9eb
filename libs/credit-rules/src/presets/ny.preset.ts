// New York, Continuing Teacher and Leader Education (CTLE), 8 NYCRR 80-6. Source: NYSED's CTLE page,
// cited below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const CTLE = 'https://www.highered.nysed.gov/tcert/resteachers/ctle-acceptable.html';
const hours = cite(
  CTLE,
  'Holders of Professional certificates must complete 100 hours of CTLE during each five-year registration period.',
);
const ell15 = cite(
  CTLE,
  'All other Professional certificate holders must complete a minimum of 15 percent of the required CTLE clock hours in language acquisition addressing the needs of English language learners.',
);
const ell50 = cite(
  CTLE,
  'Holders of Professional English to Speakers of Other Languages certificates or Bilingual Extension Annotations must complete a minimum of 50 percent of the required CTLE clock hours in language acquisition.',
);
const credit = cite(
  CTLE,
  'One semester hour of college credit equals 15 CTLE clock hours; one quarter hour equals 10 CTLE clock hours.',
);

export const nyPreset: RuleSetInput = {
  id: 'ny',
  jurisdiction: 'NY',
  name: 'New York CTLE',
  versions: [
    {
      version: '2016',
      effectiveFrom: '2016-07-01',
      summary: '100 CTLE hours per 5-year registration period, birth-month window, ELL share.',
      unit: { id: 'ctle_hour', name: 'CTLE hours' },
      licenseTypes: [
        { id: 'professional', name: 'Professional certificate', required: '100', cycleYears: 5, citation: hours },
        {
          id: 'professional_esol_bilingual',
          name: 'Professional ESOL certificate or Bilingual Extension',
          required: '100',
          cycleYears: 5,
          citation: hours,
        },
        {
          id: 'level_iii_teaching_assistant',
          name: 'Level III Teaching Assistant',
          required: '100',
          cycleYears: 5,
          citation: hours,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: {
        id: 'ny-birth-month',
        kind: 'birth_month',
        citation: cite(
          CTLE,
          "The registration period begins on the first day of the holder's birth month and ends on the last day of the month prior to the birth month five years later.",
        ),
        uncertain:
          'Which birth month starts the first period after issuance (the sources do not say); the first one on or after the issue date is used.',
      },
      grace: {
        id: 'ny-conditional',
        kind: 'late_renewal',
        months: 12,
        citation: cite(CTLE, 'A holder who has not completed the hours may be granted a one-year conditional registration.'),
      },
      conversions: [
        unitFactor('ny-clock-hour', 'clock_hour', '1', '1 clock hour from an approved sponsor = 1 CTLE hour', hours),
        unitFactor('ny-semester-credit', 'semester_credit', '15', '1 semester hour = 15 CTLE hours', credit),
        unitFactor('ny-quarter-credit', 'quarter_credit', '10', '1 quarter hour = 10 CTLE hours', credit),
      ],
      categoryRequirements: [
        {
          id: 'ny-ell-15',
          category: 'english_language_learners',
          label: 'Language acquisition for English language learners (15%)',
          minimum: { kind: 'share', share: '0.15' },
          licenseTypes: ['professional', 'level_iii_teaching_assistant'],
          citation: ell15,
        },
        {
          id: 'ny-ell-50',
          category: 'english_language_learners',
          label: 'Language acquisition for English language learners (50%)',
          minimum: { kind: 'share', share: '0.5' },
          licenseTypes: ['professional_esol_bilingual'],
          citation: ell50,
        },
      ],
      pathways: [
        {
          id: 'ny-nbct',
          label: 'National Board certification satisfies the period',
          unit: { id: 'certificate', name: 'certificates' },
          required: '1',
          conversions: [
            {
              id: 'ny-nbct-count',
              description: 'National Board certification earned in the period',
              match: { activityTypes: ['national_board'] },
              value: { kind: 'per_record', amount: '1' },
              citation: cite(CTLE, 'National Board certification satisfies the CTLE requirement for the registration period.'),
            },
          ],
          citation: cite(CTLE, 'National Board certification satisfies the CTLE requirement for the registration period.'),
        },
      ],
      notes: [
        {
          id: 'ny-sponsors',
          text: 'Only hours from NYSED-approved CTLE sponsors count; there is no carry-over between periods.',
          citation: cite(CTLE, 'CTLE must be provided by an approved sponsor. Hours may not be carried over.'),
        },
      ],
    },
  ],
};

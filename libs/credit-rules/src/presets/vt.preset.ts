// Vermont, Level II (Professional) educator license renewal (Agency of Education).
// Sources: the citations below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const RENEW = 'https://education.vermont.gov/renew-your-license';
const REINSTATE = 'https://education.vermont.gov/educator-licensure/licensed-vermont-educators/reinstate-license';
const NASBE =
  'https://statepolicies.nasbe.org/college-careers/categories/educator-professional-growth-and-development/vermont-educator';

const levelII = cite(
  RENEW,
  'For educators renewing a Level II license, each endorsement is required to have six credits or 90 hours of new professional learning.',
);
const levelI = cite(
  RENEW,
  'For educators renewing a three-year Level I license, each endorsement is required to have three credits (or 45 hours) of new professional learning.',
);
const fiveYears = cite(
  NASBE,
  'Rule 5432.3: at least two credits or 30 hours address the standards of the endorsement(s) being renewed and occur within the five years preceding renewal of the Level II license.',
);
const endorsement = cite(
  RENEW,
  'At least one credit (15 hours, Level I) or two credits (30 hours, Level II) of new learning must apply directly to the knowledge and performance standards of the endorsement to be renewed.',
);
const core = cite(
  RENEW,
  'The remaining two credits (Level I) or four credits (Level II) need to fall within the Core Teaching and Leadership Standards for Vermont Educators.',
);
const legacy = cite(
  REINSTATE,
  'For educators who held a seven-year Level II license, endorsements are required to have nine credits (or 135 hours) of new professional learning per endorsement, at least three credits (45 hours) endorsement-specific.',
);

export const vtPreset: RuleSetInput = {
  id: 'vt',
  jurisdiction: 'VT',
  name: 'Vermont educator license renewal',
  versions: [
    {
      version: 'level-ii-5-year',
      effectiveFrom: '2000-01-01',
      summary:
        'Level II: 90 hours (6 credits) per 5 years: 30 hours (2 credits) per endorsement on its knowledge and performance standards, 60 hours (4 credits) on the core teaching or leadership standards, counted without double counting. ' +
        'Legacy 7-year Level II: 135 hours, 45 endorsement-specific (uncertain whether still issued; a note only, see notes). Level I: 45 hours (3 credits) per 3 years: 15 hours per endorsement on its standards, 30 on the core standards. A semester credit = 15 hours. ' +
        'Learning must be new and in the 5 years before renewal; no carry-over is stated. Quarter credits, CEUs and micro-credentials are not stated and not converted. effectiveFrom 2000-01-01 is a placeholder: the facts give no start date.',
      unit: { id: 'clock_hour', name: 'hours of professional learning' },
      licenseTypes: [
        { id: 'level_ii', name: 'Level II Professional license (5-year)', required: '90', cycleYears: 5, citation: levelII },
        { id: 'level_i', name: 'Level I license (3-year)', required: '45', cycleYears: 3, citation: levelI },
      ],
      defaultLicenseType: 'level_ii',
      cycleWindow: { id: 'vt-cycle', kind: 'issue_date', citation: levelII },
      conversions: [
        unitFactor('vt-clock-hour', 'clock_hour', '1', '1 hour of professional learning = 1 hour', levelII),
        unitFactor(
          'vt-semester-credit',
          'semester_credit',
          '15',
          '1 credit = 15 hours',
          cite(RENEW, 'Professional learning may be shown in credits or hours: 1 credit = 15 hours (6 credits = 90 hours).'),
        ),
      ],
      categoryRequirements: [
        {
          id: 'vt-endorsement',
          category: 'subject_area',
          label: 'Endorsement knowledge and performance standards',
          // Per level, and per endorsement: give endorsements beyond the first as `endorsements`.
          minimum: {
            kind: 'by_license_type',
            amounts: [
              { licenseType: 'level_ii', amount: '30', perAdditionalLicense: '30' },
              { licenseType: 'level_i', amount: '15', perAdditionalLicense: '15' },
            ],
          },
          citation: endorsement,
          uncertain:
            'Records do not say which endorsement they address: endorsement-specific hours are counted together against the sum of the per-endorsement minimums.',
        },
        {
          id: 'vt-core',
          category: 'core_teaching_leadership_standards',
          label: 'Core teaching or leadership standards',
          minimum: {
            kind: 'by_license_type',
            amounts: [
              { licenseType: 'level_ii', amount: '60' },
              { licenseType: 'level_i', amount: '30' },
            ],
          },
          citation: core,
        },
      ],
      categoryAllocation: {
        id: 'vt-allocation',
        mode: 'exclusive',
        citation: cite(RENEW, 'The endorsement credits and the core-standards credits together make up the 6 required credits.'),
      },
      notes: [
        {
          id: 'vt-legacy-7-year',
          text: 'Legacy 7-year Level II holders renew with 9 credits (135 hours) per endorsement, 45 of them endorsement-specific. Not a license type here: the evaluator cannot yet pro-rate a 7-year cycle (its pace of 135 x years / 7 is not a 4-place decimal).',
          citation: legacy,
          uncertain: 'It is not known whether any Level II licenses are still issued for 7 years.',
        },
        {
          id: 'vt-new-learning',
          text: 'Only new learning in the 5 years before renewal counts (it must not repeat learning already counted).',
          notChecked: true,
          citation: fiveYears,
        },
        {
          id: 'vt-standards-board',
          text: 'Educators employed in a Vermont school reinstate through their Local or Regional Standards Board.',
          citation: cite(
            REINSTATE,
            'Educators employed in a Vermont school will reinstate through their Local/Regional Standards Board.',
          ),
        },
      ],
    },
  ],
};

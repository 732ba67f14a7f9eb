// Vermont, Level II (Professional) educator license renewal (Agency of Education).
// Facts: shared/domain/STATE-FACTS.json (VT).
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const RENEW = 'https://education.vermont.gov/renew-your-license';
const REINSTATE = 'https://education.vermont.gov/educator-licensure/licensed-vermont-educators/reinstate-license';
const NASBE = 'https://statepolicies.nasbe.org/college-careers/categories/educator-professional-growth-and-development/vermont-educator';

const PER_ENDORSEMENT =
  'The 30 endorsement-specific hours apply to each endorsement held; the model checks them for one endorsement only (a category minimum cannot grow per endorsement).';
const levelII = cite(RENEW, 'A 5-year Level II license is renewed with 6 credits (90 hours) of new professional learning in the 5 years before renewal.');
const legacy = cite(NASBE, 'Level II licenses issued for 7 years are renewed with 9 credits (135 hours) per endorsement, 45 hours of them endorsement-specific.');

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
        'Legacy 7-year Level II: 135 hours, 45 endorsement-specific (uncertain whether still issued; a note only, see notes). Level I: 45 hours (3 credits) per 3 years. A semester credit = 15 hours. ' +
        'Learning must be new and in the 5 years before renewal; no carry-over is stated. Quarter credits, CEUs and micro-credentials are not stated and not converted. effectiveFrom 2000-01-01 is a placeholder: the facts give no start date.',
      unit: { id: 'clock_hour', name: 'hours of professional learning' },
      licenseTypes: [
        { id: 'level_ii', name: 'Level II Professional license (5-year)', required: '90', cycleYears: 5, citation: levelII },
        { id: 'level_i', name: 'Level I license (3-year)', required: '45', cycleYears: 3, citation: cite(NASBE, 'A Level I license is renewed with 3 credits (45 hours) in 3 years.') },
      ],
      defaultLicenseType: 'level_ii',
      cycleWindow: { id: 'vt-cycle', kind: 'issue_date', citation: levelII },
      conversions: [
        unitFactor('vt-clock-hour', 'clock_hour', '1', '1 hour of professional learning = 1 hour', levelII),
        unitFactor('vt-semester-credit', 'semester_credit', '15', '1 credit = 15 hours', cite(RENEW, 'Professional learning may be shown in credits or hours: 1 credit = 15 hours (6 credits = 90 hours).')),
      ],
      categoryRequirements: [
        {
          id: 'vt-endorsement',
          category: 'subject_area',
          label: 'Endorsement knowledge and performance standards',
          minimum: { kind: 'amount', amount: '30' },
          licenseTypes: ['level_ii'],
          citation: cite(RENEW, 'At least 2 credits (30 hours) per endorsement address the knowledge and performance standards of that endorsement.'),
          uncertain: PER_ENDORSEMENT,
        },
        {
          id: 'vt-core',
          category: 'core_teaching_leadership_standards',
          label: 'Core teaching or leadership standards',
          minimum: { kind: 'amount', amount: '60' },
          licenseTypes: ['level_ii'],
          citation: cite(RENEW, 'The remaining 4 credits (60 hours) address the Core Teaching or Leadership Standards.'),
        },
      ],
      categoryAllocation: { id: 'vt-allocation', mode: 'exclusive', citation: cite(RENEW, 'The endorsement credits and the core-standards credits together make up the 6 required credits.') },
      notes: [
        {
          id: 'vt-legacy-7-year',
          text: 'Legacy 7-year Level II holders renew with 9 credits (135 hours) per endorsement, 45 of them endorsement-specific. Not a license type here: the evaluator cannot yet pro-rate a 7-year cycle (its pace of 135 x years / 7 is not a 4-place decimal).',
          citation: legacy,
          uncertain: 'It is not known whether any Level II licenses are still issued for 7 years.',
        },
        { id: 'vt-new-learning', text: 'Only new learning in the 5 years before renewal counts.', citation: levelII },
        { id: 'vt-standards-board', text: 'Employed educators renew through their Local or Regional Standards Board.', citation: cite(REINSTATE, 'Educators employed in Vermont renew through a Local or Regional Standards Board.') },
      ],
    },
  ],
};

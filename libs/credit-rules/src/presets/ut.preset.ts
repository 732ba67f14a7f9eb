// Utah, Utah Admin. Code R277-302-7 (professional license renewal) and R277-301-3.
// Sources: the citations below.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const R302 = 'https://www.law.cornell.edu/regulations/utah/Utah-Admin-Code-R277-302-7';
const R301 = 'https://www.law.cornell.edu/regulations/utah/Utah-Admin-Code-R277-301-3';
const JORDAN = 'https://jam.jordandistrict.org/?p=23362';
const r302 = (text: string) => cite(R302, text, 'R277-302-7');

const hundred = r302('A professional license is renewed every five years with 100 renewal hours earned since the last renewal.');

export const utPreset: RuleSetInput = {
  id: 'ut',
  jurisdiction: 'UT',
  name: 'Utah professional license renewal',
  versions: [
    {
      version: 'r277-302',
      effectiveFrom: '2000-01-01',
      summary:
        '100 renewal hours per 5 years, earned since the last renewal (no carry-over); licenses expire June 30. Professional learning experiences count for at most 90 hours, educator collaboration 30, professional service 50, ' +
        'a highly effective evaluation 10 hours a year (within the 90). National Board certification = 100 hours. 2 hours of youth suicide prevention (older rule R277-500, uncertain). ' +
        'Tag records with ut_professional_learning / ut_educator_collaboration / ut_professional_service for the caps to apply. College credit, CEUs and micro-credentials have no stated rate and are not converted. ' +
        'Not modelled: hours in at least 2 areas, no caps for educators not currently assigned, 20 hours per NBC component. effectiveFrom 2000-01-01 is a placeholder: the facts give no start date.',
      unit: { id: 'renewal_hour', name: 'renewal hours' },
      licenseTypes: [
        { id: 'professional', name: 'Professional educator license', required: '100', cycleYears: 5, citation: hundred },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'ut-cycle', kind: 'issue_date', citation: hundred },
      expiry: {
        id: 'ut-expiry',
        monthDay: '06-30',
        citation: cite(
          R301,
          'Licenses expire on June 30; a license may be renewed from January 1 of the year it expires.',
          'R277-301-3',
        ),
      },
      conversions: [
        unitFactor('ut-clock-hour', 'clock_hour', '1', '1 clock hour = 1 renewal hour', hundred),
        {
          id: 'ut-national-board',
          description: 'National Board certification = 100 renewal hours',
          match: { activityTypes: ['national_board'], units: ['certification'] },
          value: { kind: 'per_record', amount: '100' },
          citation: r302('National Board certification counts as 100 renewal hours.'),
        },
      ],
      caps: [
        {
          id: 'ut-professional-learning',
          label: 'Professional learning experiences',
          appliesTo: { categories: ['ut_professional_learning'] },
          limit: { kind: 'amount', amount: '90' },
          citation: r302('Professional learning experiences count for at most 90 renewal hours.'),
        },
        {
          id: 'ut-collaboration',
          label: 'Educator collaboration',
          appliesTo: { categories: ['ut_educator_collaboration'] },
          limit: { kind: 'amount', amount: '30' },
          citation: r302('Educator collaboration counts for at most 30 renewal hours.'),
        },
        {
          id: 'ut-professional-service',
          label: 'Professional service',
          appliesTo: { categories: ['ut_professional_service'] },
          limit: { kind: 'amount', amount: '50' },
          citation: r302('Professional service counts for at most 50 renewal hours.'),
        },
        {
          id: 'ut-evaluation',
          label: 'Highly effective evaluation',
          appliesTo: { activityTypes: ['evaluation'] },
          limit: { kind: 'amount', amount: '50' },
          citation: r302(
            'A highly effective evaluation earns at most 10 renewal hours a year, within the 90-hour professional learning limit.',
          ),
          uncertain:
            'The rule is 10 hours per year; the model has no per-year cap, so it is applied as 50 over the 5-year cycle. Tag evaluation records ut_professional_learning so they also count against the 90.',
        },
      ],
      categoryRequirements: [
        {
          id: 'ut-suicide-prevention',
          category: 'suicide_prevention',
          label: 'Youth suicide prevention (2 hours)',
          minimum: { kind: 'amount', amount: '2' },
          citation: cite(
            JORDAN,
            'Licensed educators complete 2 hours of youth suicide prevention training each renewal cycle (R277-500).',
          ),
          uncertain: 'This comes from the older rule R277-500; whether it is still mandatory under R277-302 is not confirmed.',
        },
      ],
      notes: [
        {
          id: 'ut-two-areas',
          notChecked: true,
          text: 'Currently assigned educators earn hours in at least 2 areas; educators not currently assigned have no caps. Neither is evaluated by the model.',
          citation: r302(
            'Educators currently assigned must earn hours in at least two areas; the category limits do not apply to educators who are not currently assigned.',
          ),
        },
        {
          id: 'ut-alternate-learning',
          notChecked: true,
          text: 'R277-302-7 also limits alternate learning, but the source text is truncated; that limit is not modelled.',
          citation: r302('Alternate learning experiences are limited (text truncated in the source).'),
          uncertain: 'The alternate-learning cap is truncated in the source.',
        },
        {
          id: 'ut-nbc-component',
          notChecked: true,
          text: 'Each National Board component counts 20 hours; components are not converted by the model.',
          citation: r302('Each completed National Board component counts as 20 renewal hours.'),
        },
        {
          id: 'ut-no-form',
          text: 'Educators employed in Utah for all 5 years no longer file the renewal hours form.',
          citation: cite(JORDAN, 'Educators employed in a Utah school for all five years no longer submit the hours form.'),
        },
      ],
    },
  ],
};

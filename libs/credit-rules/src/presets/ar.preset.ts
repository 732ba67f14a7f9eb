// Arkansas, standard educator license renewal: 36 PD hours per PD year (July-June); 5-year license
// January 1 - December 31; required topics 2 hours each on rotation; micro-credential hours uncertain.
// No rule text is cited: the citations are the Arkansas Department of Education's renewal page and
// licensure memo, and a secondary summary of the topic rotation (marked uncertain).
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const ADE = 'http://www.arkansased.gov/divisions/educator%20effectiveness/educator-licensure/renewing-a-license';
const MEMO = 'https://adecm.ade.arkansas.gov/ViewApprovedMemo.aspx?Id=5655';
const ROTATION = 'https://www.connectinglink.com/arkansas?old=1';
const license = cite(
  ADE,
  'The standard five-year Arkansas educator license begins January 1 of the year it is issued and expires December 31 of the fifth year.',
);
const perYear = cite(
  ADE,
  'Beginning with the 2014/2015 school year a standard licensed teacher must maintain at least 36 professional development hours per school year, completed July 1 to June 30 (or June 1 to May 31).',
);
const topics = cite(
  MEMO,
  'Required professional development on the state schedule (mandated reporter, parental involvement, teen suicide awareness and prevention, Arkansas history) can be completed anytime within the five years before licensure renewal.',
  'LIC-25-001',
);
const rotationUncertain =
  'Topics rotate by school year (every fourth year) and the 2-hour amount is from the facts without a state source; checked here as 2 hours each per license cycle.';

function topic(id: string, category: string, label: string) {
  return {
    id,
    category,
    label,
    minimum: { kind: 'amount' as const, amount: '2' },
    citation: cite(ROTATION, `${label}: required professional development on a four-year rotation.`),
    uncertain: rotationUncertain,
  };
}

export const arPreset: RuleSetInput = {
  id: 'ar',
  jurisdiction: 'AR',
  name: 'Arkansas standard license renewal (36 PD hours a year)',
  versions: [
    {
      version: '2014',
      effectiveFrom: '2014-07-01',
      summary:
        '36 PD hours in every July-June PD year of the 5-year license (January 1 - December 31); required topics (mandated reporter, parental involvement, teen suicide prevention, Arkansas history) 2 hours each. The cycle total of 180 is 36 x 5, derived.',
      unit: { id: 'pd_hour', name: 'PD hours' },
      licenseTypes: [
        {
          id: 'standard',
          name: 'Standard educator license',
          required: '180',
          cycleYears: 5,
          citation: perYear,
          uncertain: 'The state sets 36 hours per PD year, not a cycle total; 180 = 36 x 5 is derived.',
        },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'ar-cycle', kind: 'fiscal_date', startMonthDay: '01-01', citation: license },
      perYearMinimum: { id: 'ar-per-year', amount: '36', yearStartMonthDay: '07-01', wholeYearsOnly: true, citation: perYear },
      conversions: [
        unitFactor('ar-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PD hour', perYear),
        {
          id: 'ar-micro-credential',
          description: 'Micro-credential: its stated hours',
          match: { units: ['micro_credential'] },
          value: { kind: 'catalog_hours', factor: '1' },
          citation: perYear,
          uncertain:
            'Micro-credential hours for license renewal are uncertain; districts may use micro-credential stacks for salary schedules instead.',
        },
      ],
      categoryRequirements: [
        topic('ar-mandated-reporter', 'child_abuse_reporting', 'Mandated reporter (child maltreatment)'),
        topic('ar-parental-involvement', 'parental_involvement', 'Parental involvement'),
        topic('ar-teen-suicide', 'suicide_prevention', 'Teen suicide awareness and prevention'),
        topic('ar-history', 'arkansas_history', 'Arkansas history'),
      ],
      notes: [
        {
          id: 'ar-topics-window',
          text: 'The required topics can be completed anytime within the five years before renewal.',
          citation: topics,
        },
        {
          id: 'ar-june-year',
          text: 'A district may document its PD year as June 1 - May 31 instead of July 1 - June 30; this preset uses July - June.',
          citation: perYear,
        },
        {
          id: 'ar-edge-years',
          text: 'Only PD years wholly inside the license are checked; hours in the half-years at either end count toward the total only.',
          citation: perYear,
        },
        {
          id: 'ar-expired',
          notChecked: true,
          text: 'A license expired for more than a year needs PD completed within a year of applying for renewal (not computed).',
          citation: license,
        },
        {
          id: 'ar-not-in-facts',
          text: 'Not in the facts, so not converted: semester and quarter credits and CEUs.',
          citation: perYear,
        },
      ],
    },
  ],
};

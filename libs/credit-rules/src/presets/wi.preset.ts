// Wisconsin, lifetime educator license (2017 Wisconsin Act 59; DPI and WEAC, cited below). No PD is
// required: required 0, always complete. What keeps the license valid is employment and a background
// check every five years, stated in the notes.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const DPI = 'https://dpi.wi.gov/tepdl/do-i-need-apply-lifetime-license';
const WEAC = 'http://weac.org/2017/09/28/faqs-wisconsin-teacher-licensure-changes/';
const lifetime = cite(
  DPI,
  'Act 59 converts every current professional or master educator license to a lifetime license by removing its expiration date; credits or a professional development plan are no longer needed.',
);
const background = cite(
  WEAC,
  'Every 5 years educators complete a conduct and competency questionnaire and background check, on the cycle of their former 5-year license.',
);

export const wiPreset: RuleSetInput = {
  id: 'wi',
  jurisdiction: 'WI',
  name: 'Wisconsin lifetime license (no PD requirement)',
  versions: [
    {
      version: '2017',
      effectiveFrom: '2017-09-21',
      summary:
        'No PD required: professional and master educator licenses are lifetime licenses, kept valid by a background check every 5 years and employment.',
      // Records are shown in clock hours for information only; nothing is required.
      unit: { id: 'clock_hour', name: 'clock hours (none required)' },
      licenseTypes: [
        {
          id: 'lifetime',
          name: 'Lifetime license (professional or master educator)',
          required: '0',
          cycleYears: 5,
          citation: background,
        },
      ],
      defaultLicenseType: 'lifetime',
      cycleWindow: { id: 'wi-background-cycle', kind: 'issue_date', citation: background },
      conversions: [unitFactor('wi-clock-hour', 'clock_hour', '1', '1 clock hour (for information; none required)', lifetime)],
      notes: [
        {
          id: 'wi-basis',
          text: 'Basis of renewal: lifetime license; no credits or PDP. A background check (conduct and competency questionnaire) every 5 years.',
          citation: background,
        },
        {
          id: 'wi-invalidation',
          text: 'A lifetime license is invalidated if the educator is not employed by a school district for five or more consecutive years, or does not complete the periodic background check.',
          citation: cite(
            DPI,
            'A lifetime license will be invalidated if an educator is not actively employed by a school district for five or more consecutive years.',
          ),
        },
        {
          id: 'wi-provisional',
          text: 'Initial educators hold a 3-year provisional license and apply for a lifetime license after six semesters of successful experience.',
          citation: lifetime,
        },
      ],
    },
  ],
};

// Louisiana, Level 2 / Level 3 certificate renewal (Bulletin 746, 28 LAC CXXXI §103), cited
// below. Public-school holders renew on effectiveness (effective in 3 of the 5
// years), with no hours requirement: required 0 here and the basis stated. Nonpublic holders
// renew with 150 continuing learning units (CLUs).
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const LAC = 'https://regulations.justia.com/states/louisiana/title-28/part-cxxxi/chapter-1/section-cxxxi-103/';
const SECONDARY = 'https://renewateachinglicense.com/state-requirements/state-requirements-to-renew-a-teaching-license-in-la/';
const TEACHLA = 'https://www.teachlouisiana.net/teachers.aspx?PageID=697';
const effective = cite(
  LAC,
  'A Level 2 or Level 3 certificate of a public-school teacher is renewed for five years when the teacher is rated effective in at least three of the five years; there is no hours requirement.',
  '28 LAC CXXXI §103',
);
const clus = cite(
  TEACHLA,
  'Teachers in nonpublic schools renew with 150 continuing learning units (CLUs) over the five-year certificate.',
);
const cluValue = cite(SECONDARY, 'One clock hour = 1 CLU; one semester hour of college credit = 15 CLUs.');
const cluUncertain =
  'Whether the 150-CLU path for nonpublic teachers is current is not settled in the sources; check with the LDOE.';

export const laPreset: RuleSetInput = {
  id: 'la',
  jurisdiction: 'LA',
  name: 'Louisiana Level 2 / Level 3 certificate renewal',
  versions: [
    {
      version: 'bulletin-746',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        'Public-school Level 2/3: no hours, renewed on being rated effective in 3 of 5 years (not computed). Nonpublic: 150 CLUs per 5 years (1 clock hour = 1, 1 semester hour = 15). Caps, categories and carry-over: none in the facts.',
      unit: { id: 'clu', name: 'CLUs' },
      licenseTypes: [
        {
          id: 'public',
          name: 'Level 2 / Level 3 certificate, public school (effectiveness)',
          required: '0',
          cycleYears: 5,
          citation: effective,
        },
        {
          id: 'nonpublic',
          name: 'Level 2 / Level 3 certificate, nonpublic school (CLUs)',
          required: '150',
          cycleYears: 5,
          citation: clus,
          uncertain: cluUncertain,
        },
      ],
      defaultLicenseType: 'public',
      cycleWindow: { id: 'la-cycle', kind: 'issue_date', citation: effective },
      conversions: [
        unitFactor('la-clock-hour', 'clock_hour', '1', '1 clock hour = 1 CLU', cluValue),
        unitFactor('la-semester-hour', 'semester_credit', '15', '1 semester hour = 15 CLUs', cluValue),
      ],
      notes: [
        {
          id: 'la-basis',
          notChecked: true,
          text: 'Basis of renewal for public-school Level 2/3 holders: an effective rating in at least 3 of the 5 years of the certificate (not computed: the model does not count effective years). No PD hours are required.',
          citation: effective,
        },
      ],
    },
  ],
};

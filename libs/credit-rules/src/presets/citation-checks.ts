// Which cited pages were compared with the wording the presets rely on, and when. A page counts as
// confirmed only after its text was seen (a stored public copy read with the project's search tools
// or the live page); anything else is unconfirmed, and the rules library lists it so that a district
// sees which facts rest on unconfirmed sources. Never mark a page confirmed without reading it.
import type { CitationCheck, RuleSetInput } from '../lib/rule-set.schema';

const ON = '2026-12-06';
const confirmed = (note: string): CitationCheck => ({ status: 'confirmed', checkedOn: ON, note });
const unconfirmed = (note: string): CitationCheck => ({ status: 'unconfirmed', checkedOn: ON, note });

/** Checked citation URLs (exact strings as the presets cite them). */
export const CITATION_CHECKS: Readonly<Record<string, CitationCheck>> = {
  // Alaska
  'https://casetext.com/regulation/alaska-administrative-code/title-4-education-and-early-development/chapter-12-certification-of-professional-teachers/section-4-aac-12405-renewal-of-certificates':
    confirmed(
      '4 AAC 12.405(a): six semester hours or equivalent, including department-approved microcredentials, earned during the life of the certificate.',
    ),
  'https://education.alaska.gov/teachercertification/renewal-reinstatement': confirmed(
    'Six renewal credits; mandatory training in the previous five years; 1 credit = 1 semester hour, 1.5 quarter hours, 1 CEU of at least 15 contact hours, or 15 hours of pre-approved non-academic credit; renewal up to one year before expiry.',
  ),
  'https://education.alaska.gov/teachercertification/non-academic-credit-CEU-info': confirmed(
    'One non-academic credit per 15 contact hours at a single institute or workshop; hours from various events may not be combined; pre-approval required.',
  ),
  // District of Columbia
  'https://osse.dc.gov/page/professional-learning-units': confirmed(
    '120 clock hours within the previous four years; 1 PLU = 1 clock hour; 1 college credit = 15 hours; at least 60 hours in the credential area; an additional 45 hours for each additional credential renewed.',
  ),
  'https://osse.dc.gov/page/performance-ratings': confirmed(
    'Option 2: at least an effective rating for a minimum of three of the previous four years, in a DC LEA with an OSSE-approved evaluation system (DCPS).',
  ),
  'https://osse.dc.gov/node/1310011': unconfirmed(
    'No stored copy of this page was found; the test-score option and "not combinable" are unconfirmed.',
  ),
  'https://osse.dc.gov/page/teacher-certification': unconfirmed(
    'No stored copy of this page was found; the 4-year validity is confirmed only indirectly (the PLU page counts the previous four years).',
  ),
  // Florida
  'https://dcps.duvalschools.org/o/humanresources/page/renewalrequirements': confirmed(
    '6 semester hours or 120 in-service points, including at least 1 semester hour or 20 points in teaching students with disabilities each renewal period; 2 semester hours or 40 points in reading for the listed coverages, earned no earlier than ten years before expiry.',
  ),
  // Maryland
  'https://regulations.justia.com/states/maryland/title-13a/subtitle-12/chapter-13a-12-02/section-13a-12-02-06': confirmed(
    'COMAR 13A.12.02.06: PDP values (clock hour 1, semester hour 15, CPD credit 15, CEU 10); 90 PDPs including the four areas; Blind/Visually Impaired 15 PDPs in braille maintenance.',
  ),
  // Montana
  'https://rules.mt.gov/gateway/ShowRuleFile.asp?RID=1483': confirmed(
    'ARM 10.57.215: 60 renewal units earned during the five years of validity through August 31 of the year the license expires; 1 hour = 1, quarter credit = 10, semester credit = 15; National Board process counts.',
  ),
  'http://opi.mt.gov/Educators/Licensure/Renew-Update-or-Advance-Teaching-License': confirmed(
    'License expiring 06/30/2024 (issued 07/01/2019): PD earned 07/01/2019 - 08/31/2024 counts, and renewal is still possible.',
  ),
  // Nebraska
  'https://www.education.ne.gov/tcert/Renewals/': confirmed(
    'Standard expires August 31 in the 5th year, Professional in the 10th; renewal: one school year at half time or more, or six graduate credit hours in education or the content area, within the past five years.',
  ),
  // Vermont
  'https://education.vermont.gov/renew-your-license': confirmed(
    'Level I: 3 credits (45 hours) per endorsement, at least 1 credit (15 hours) on the endorsement standards, the rest on the Core Teaching and Leadership Standards; Level II: 6 credits (90 hours), at least 2 (30 hours) on the endorsement, the remaining 4 on the core standards.',
  ),
  'https://education.vermont.gov/educator-licensure/licensed-vermont-educators/reinstate-license': confirmed(
    'Seven-year Level II: 9 credits (135 hours) per endorsement, at least 45 hours endorsement-specific; employed educators reinstate through their Local/Regional Standards Board.',
  ),
  'https://statepolicies.nasbe.org/college-careers/categories/educator-professional-growth-and-development/vermont-educator':
    unconfirmed(
      'The stored copy shows only rule 5432.3 (Level II: 6 credits or 90 hours, at least 2 credits per endorsement within five years); the Level I and 7-year figures are not on it.',
    ),
};

/** Copies a preset, adding the recorded check to every citation whose URL was checked (a check written in the preset wins). */
export function withCitationChecks(preset: RuleSetInput): RuleSetInput {
  const stamp = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(stamp);
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (k === 'citation' && v && typeof v === 'object' && !('check' in v)) {
        const check = CITATION_CHECKS[(v as { url: string }).url];
        out[k] = check ? { ...v, check } : v;
      } else out[k] = stamp(v);
    }
    return out;
  };
  return stamp(preset) as RuleSetInput;
}

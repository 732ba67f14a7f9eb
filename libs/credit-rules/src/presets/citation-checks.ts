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
  'https://staff.hcpss.org/node/3174': confirmed(
    'Certificates issued before July 1, 2024 stay on the legacy system (6 credits) unless the educator opts into PDPs; licenses from July 1, 2024 need 90 PDPs with at least one clock hour in each of the four areas; PDP values.',
  ),
  'http://marylandpublicschools.org:80/about/Pages/DEE/Certification/Future-Reading-Requirements.aspx': confirmed(
    'From July 1, 2025, employed early childhood, elementary, special education and ESOL teachers demonstrate proficiency in scientific reading instruction at renewal.',
  ),
  'https://marylandpublicschools.org/about/Pages/DEE/Certification/Renewal.aspx': unconfirmed(
    'No stored copy of this MSDE page was found; the legacy 6-credit rule and the PDP opt-in are confirmed by the HCPSS district page (staff.hcpss.org/node/3174).',
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
  // Illinois
  'https://beta.ilga.gov/ftp/JCAR/AdminCode/023/023000250J08000R.html': confirmed(
    '23 IAC 25.800: the 5-year renewal cycle runs from July 1 after issuance to June 30 five years later; hours earned April 1 - June 30 of the last year beyond the requirement carry over. (The 120-hour figure is in Section 21B-45 of the School Code, summarised on isbe.net.)',
  ),
  // Kentucky
  'https://regulations.justia.com/states/kentucky/title-16/chapter-4/060/': confirmed(
    '16 KAR 4:060 Section 1(3): five-year renewals on three years of successful teaching experience or at least six semester hours of credit.',
  ),
  // Massachusetts
  'https://www.doe.mass.edu/lawsregs/603cmr44.html?section=06': confirmed(
    '603 CMR 44.06: 150 PDPs with at least 15 each in SEI/ESL/bilingual, students with disabilities, content and pedagogy; 10 PDPs minimum per topic; 30 more PDPs per additional license, 15 of them in its content.',
  ),
  // New York
  'https://www.highered.nysed.gov/tcert/resteachers/ctle-acceptable.html': unconfirmed(
    'No stored copy of this page was found (other NYSED pages and district copies of the CTLE memo state the 100 hours and the 15% / 50% language-acquisition shares).',
  ),
  // New Jersey
  'https://regulations.justia.com/states/new-jersey/title-6a/chapter-9c/subchapter-4/section-6a-9c-4-4': confirmed(
    "N.J.A.C. 6A:9C-4.4(a): each teacher's individual PDP includes at least 20 hours a year, reduced pro rata for part-time employment or an absence.",
  ),
  // North Carolina
  'https://www.gcsnc.com/careers/professional-development/license-renewal-requirement': confirmed(
    'Licenses expiring on or after June 30, 2024: K-5 3 subject area, 3 literacy, 2 general; 6-12 4 subject area, 4 general.',
  ),
  'https://www.gcsnc.com/Page/29641': unconfirmed(
    'No stored copy of this page was found; gcsnc.com/Page/2225 states one credit or CEU = 10 hours of instruction, but the semester-hour rate and the no-double-counting rule were not seen.',
  ),
  // Ohio
  'https://regulations.justia.com/states/ohio/title-3301/chapter-3301-24/section-3301-24-08': confirmed(
    'OAC 3301-24-08: the license is valid for five years and renewed on six semester hours or eighteen CEUs (180 contact hours) completed since issuance, approved by the LPDC; nine semester hours after a lapse.',
  ),
  // Oregon
  'https://oregon.public.law/rules/oar_584-255-0010': unconfirmed(
    'The stored copy confirms 1 hour = 1 PDU, 1 semester hour = 30, 1 quarter hour = 20; the 125-PDU amount was not in the part seen.',
  ),
  // Pennsylvania
  'https://kutztown.edu/academics/colleges-and-departments/education/act-48.html': confirmed(
    'Six college credits or 180 hours every five years; one college credit = 30 activity hours; since July 13, 2016 up to 50 excess hours earned in the last two years carry over.',
  ),
  'https://www.kutztown.edu/about-ku/administrative-offices/act-48.html': unconfirmed(
    'No stored copy at this address (the Act 48 page has moved); the quarter-credit rate (20 hours) was not seen on the current page.',
  ),
  // Tennessee
  'https://www.tn.gov/education/educators/licensing/licensing-faq/pdp-faq-for-educators.html': unconfirmed(
    'The stored copy confirms 1 clock hour = 1 PDP, 1 micro-credential = 6, 1 CEU = 5, 1 semester hour = 10 (audited 5); the 60 / 30 PDP amounts were not in the part seen.',
  ),
  // Texas
  'https://tea.texas.gov/texas-educators/certification/renewal-faqs': unconfirmed(
    'The stored TEA Renewal FAQs are at .../certification/certification-renewals/renewal-faqs and confirm 1 semester credit hour = 15 CPE and the 20% / 10% / 30% limits; the 150 / 200 hours are referred to the TAC there.',
  ),
  // Delaware
  'https://regulations.delaware.gov/AdminCode/title14/1500/1511.shtml': unconfirmed(
    'The stored copy seen shows only the definitions of 14 DE Admin Code 1511; the 90 clock hours appear in other copies of the regulation.',
  ),
  // Washington
  'https://ospi.k12.wa.us/certification/teacher-certificate/already-washington-certified-educators/professional-teacher':
    confirmed(
      'Professional Certificate renewal: 100 clock hours or equivalent college credits or PGPs or a combination; from July 1, 2023, 15 equity-based clock hours (or a valid National Board certificate, college credit or a PGP goal).',
    ),
  'http://www.pesb.wa.gov/media/announcements/changesbringcoherencetocertificationsystem': confirmed(
    'Renew in five-year intervals with 100 clock hours, four annual PGPs, or PGPs combined with clock hours for a total of 100 (e.g. 3 PGPs + 25 CH = 100 CH).',
  ),
  'http://program.pesb.wa.gov/professional-growth-plan-pgp-t/certification-renewal-options-professional---continuing':
    unconfirmed(
      'The stored copy shows the pre-2017 figures (150 clock hours; a PGP = 30 clock hours), not the current 100-hour rule.',
    ),
  'http://lawfilesext.leg.wa.gov/Biennium/2021-22/Htm/Bill%20Reports/House/1426%20HBA%20ED%2021.htm': confirmed(
    'HB 1426 bill report: renewal on 100 clock hours, four PGPs or a combination; 15 STEM hours for STEM endorsements; continuing education provided by districts, ESDs, approved programs, AWSP, WEA or tribal organizations.',
  ),

  // Utah
  'https://www.law.cornell.edu/regulations/utah/Utah-Admin-Code-R277-302-7': unconfirmed(
    'The stored copy confirms renewal hours in at least two areas for assigned educators, professional learning up to 90 hours, National Board certification = 100 hours and 20 per component; the 100-hour total (in R277-302-3) was not on it.',
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

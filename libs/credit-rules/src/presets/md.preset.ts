// Maryland, professional certificate renewal (COMAR 13A.12.02.06), cited below with MSDE.
// Maryland's 2024 change is two versions chosen by the cycle's START (versionSelection
// cycle_start), because the sources tie the legacy rule to certificates issued before 2024-07-01:
//   - legacy: 6 semester hours (or MSDE CPD credits) per 5-year certificate; such holders may also
//     meet the 2024 requirement of 90 PDPs (a pathway here);
//   - 2024-07-01: 90 PDPs per 5-year license with four required areas and an Individual Professional
//     Development Plan.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const COMAR = 'https://regulations.justia.com/states/maryland/title-13a/subtitle-12/chapter-13a-12-02/section-13a-12-02-06';
const MSDE = 'https://marylandpublicschools.org/about/Pages/DEE/Certification/Renewal.aspx';
// The science-of-reading rule (COMAR 13A.12.02.02) is cited from MSDE's page on it: the COMAR copy could not be read.
const READING = 'http://marylandpublicschools.org:80/about/Pages/DEE/Certification/Future-Reading-Requirements.aspx';
const HCPSS = 'https://staff.hcpss.org/node/3174';
const rule = (text: string) => cite(COMAR, text, 'COMAR 13A.12.02.06');
const pdps = rule(
  'A professional license is renewed every five years on 90 Professional Development Points earned during the validity period, under an Individual Professional Development Plan.',
);
const pdpValues = rule(
  'One clock hour = 1 PDP; one semester hour of credit = 15 PDPs; one CEU = 10 PDPs; one MSDE CPD credit = 15 PDPs.',
);
const areas = rule(
  'The PDPs include professional learning in: content or pedagogy related to an area on the license; ESL, sheltered or bilingual instruction; students with disabilities or differentiation; and culturally responsive teaching.',
);
const oneHour =
  'The 1-clock-hour minimum per area is from a district (HCPSS) summary; the rule lists the areas without a minimum. Check with MSDE.';
const legacy = cite(
  MSDE,
  'Certificates issued before July 1, 2024 (SPC I/II, APC) may renew on the legacy requirement of 6 semester hours of acceptable credit or MSDE CPD credits.',
);
const legacyPdpOption = cite(
  MSDE,
  'The 90-PDP requirement governs renewals from July 1, 2024; holders of certificates issued before then may instead use the legacy 6 semester hours or CPD credits.',
);
const braille = rule('Holders of a Blind/Visually Impaired license earn 15 PDPs in braille maintenance.');
const reading = cite(
  READING,
  'Beginning July 1, 2025, teachers employed in a Maryland public school, Maryland-operated school or nonpublic special education facility and assigned to early childhood, elementary, special education or ESOL demonstrate proficiency in scientific reading instruction at renewal.',
  'COMAR 13A.12.02.02',
);
const hcpss = cite(HCPSS, 'District summary of the 2024 renewal: at least one clock hour in each of the four required areas.');

export const mdPreset: RuleSetInput = {
  id: 'md',
  jurisdiction: 'MD',
  name: 'Maryland professional certificate renewal',
  // The legacy rule belongs to certificates issued before 2024-07-01: a cycle follows the rules of its start.
  versionSelection: 'cycle_start',
  versions: [
    {
      version: 'legacy',
      // The legacy rule's own effective date is not in the facts; it governs every cycle begun before 2024-07-01.
      effectiveFrom: '2000-01-01',
      summary:
        'Certificates issued before 2024-07-01: 6 semester hours (or MSDE CPD credits) per 5-year certificate, or the 2024 requirement of 90 PDPs. Quarter hours, CEUs and clock hours are not in the legacy facts and are not converted.',
      unit: { id: 'semester_hour', name: 'semester hours' },
      licenseTypes: [
        {
          id: 'professional',
          name: 'Professional certificate (SPC I/II, APC) issued before 2024-07-01',
          required: '6',
          cycleYears: 5,
          citation: legacy,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'md-legacy-cycle', kind: 'issue_date', citation: legacy },
      conversions: [
        unitFactor('md-legacy-semester-hour', 'semester_credit', '1', '1 semester hour of acceptable credit', legacy),
      ],
      pathways: [
        {
          id: 'md-legacy-pdp-option',
          label: '90 Professional Development Points (the 2024 requirement)',
          unit: { id: 'pdp', name: 'PDPs' },
          required: '90',
          citation: legacyPdpOption,
          // The 2024 requirement carries its four areas on this route too (COMAR 13A.12.02.06B).
          categoryRequirements: [
            {
              id: 'md-legacy-pdp-content-pedagogy',
              category: 'content_or_pedagogy',
              label: 'Content or pedagogy related to an area on the license',
              minimum: { kind: 'amount', amount: '1' },
              citation: areas,
              uncertain: oneHour,
            },
            {
              id: 'md-legacy-pdp-esl',
              category: 'english_language_learners',
              label: 'ESL, sheltered or bilingual instruction',
              minimum: { kind: 'amount', amount: '1' },
              citation: areas,
              uncertain: oneHour,
            },
            {
              id: 'md-legacy-pdp-disabilities',
              category: 'students_with_disabilities',
              label: 'Students with disabilities or differentiation',
              minimum: { kind: 'amount', amount: '1' },
              citation: areas,
              uncertain: oneHour,
            },
            {
              id: 'md-legacy-pdp-culturally-responsive',
              category: 'cultural_competency',
              label: 'Culturally responsive teaching',
              minimum: { kind: 'amount', amount: '1' },
              citation: areas,
              uncertain: oneHour,
            },
          ],
          conversions: [
            unitFactor('md-legacy-pdp-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PDP', pdpValues),
            unitFactor('md-legacy-pdp-semester-hour', 'semester_credit', '15', '1 semester hour = 15 PDPs', pdpValues),
            unitFactor('md-legacy-pdp-ceu', 'ceu', '10', '1 CEU = 10 PDPs', pdpValues),
          ],
        },
      ],
      notes: [
        {
          id: 'md-legacy-cpd',
          text: 'MSDE Continuing Professional Development (CPD) credits count like semester hours; PD Ledger has no CPD-credit unit, so record them as semester credits.',
          citation: legacy,
        },
      ],
    },
    {
      version: '2024',
      effectiveFrom: '2024-07-01',
      summary:
        '90 PDPs per 5-year license (1 clock hour = 1, 1 semester hour = 15, 1 CEU = 10), including content or pedagogy, ESL/sheltered/bilingual, students with disabilities or differentiation, and culturally responsive teaching; Blind/VI licenses 15 PDPs in braille. No carry-over stated.',
      unit: { id: 'pdp', name: 'PDPs' },
      licenseTypes: [
        { id: 'professional', name: 'Professional license', required: '90', cycleYears: 5, citation: pdps },
        {
          id: 'blind-vi',
          name: 'Professional license with Blind/Visually Impaired area',
          required: '90',
          cycleYears: 5,
          citation: braille,
        },
      ],
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'md-cycle', kind: 'issue_date', citation: pdps },
      conversions: [
        unitFactor('md-clock-hour', 'clock_hour', '1', '1 clock hour = 1 PDP', pdpValues),
        unitFactor('md-semester-hour', 'semester_credit', '15', '1 semester hour (or MSDE CPD credit) = 15 PDPs', pdpValues),
        unitFactor('md-ceu', 'ceu', '10', '1 CEU = 10 PDPs', pdpValues),
      ],
      categoryRequirements: [
        {
          id: 'md-content-pedagogy',
          category: 'content_or_pedagogy',
          label: 'Content or pedagogy related to an area on the license',
          minimum: { kind: 'amount', amount: '1' },
          citation: areas,
          uncertain: oneHour,
        },
        {
          id: 'md-esl',
          category: 'english_language_learners',
          label: 'ESL, sheltered or bilingual instruction',
          minimum: { kind: 'amount', amount: '1' },
          citation: areas,
          uncertain: oneHour,
        },
        {
          id: 'md-disabilities',
          category: 'students_with_disabilities',
          label: 'Students with disabilities or differentiation',
          minimum: { kind: 'amount', amount: '1' },
          citation: areas,
          uncertain: oneHour,
        },
        {
          id: 'md-culturally-responsive',
          category: 'cultural_competency',
          label: 'Culturally responsive teaching',
          minimum: { kind: 'amount', amount: '1' },
          citation: areas,
          uncertain: oneHour,
        },
        {
          id: 'md-braille',
          category: 'braille_maintenance',
          label: 'Braille maintenance (Blind/Visually Impaired)',
          minimum: { kind: 'amount', amount: '15' },
          licenseTypes: ['blind-vi'],
          citation: braille,
        },
      ],
      notes: [
        {
          id: 'md-area-minimum-source',
          text: 'A district summary states at least one clock hour in each required area; the regulation itself names the areas only.',
          citation: hcpss,
          uncertain: oneHour,
        },
        {
          id: 'md-ipdp',
          text: 'Renewal requires an Individual Professional Development Plan (the plan itself is not recorded).',
          notChecked: true,
          citation: pdps,
        },
        {
          id: 'md-science-of-reading',
          text: 'From 2025-07-01 employed holders of Early Childhood, Elementary, Special Education and ESOL licenses must show proficiency in the science of reading (evidence, not PDPs).',
          notChecked: true,
          citation: reading,
        },
        { id: 'md-carry-over', text: 'No carry-over is stated: PDPs are earned within the validity period.', citation: pdps },
      ],
    },
  ],
};

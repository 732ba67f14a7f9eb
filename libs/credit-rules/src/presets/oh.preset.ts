// Ohio, professional or associate educator license renewal (OAC 3301-24-08), cited below.
// The rule offers six semester hours, eighteen CEUs (180 contact hours) or other LPDC-approved
// equivalent activities, and lets them be combined; the main requirement is kept in CEUs so a mix
// counts, and the coursework option is also reported as its own pathway.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const OAC = 'https://regulations.justia.com/states/ohio/title-3301/chapter-3301-24/section-3301-24-08';
const oac = (text: string, section = 'OAC 3301-24-08') => cite(OAC, text, section);
const valid = oac(
  'The professional or associate educator license is valid for five years; the requirements must be completed since the issuance of the license to be renewed.',
);
const options = oac(
  'Renewal requires six semester hours of coursework, or eighteen continuing education units (one hundred eighty contact hours) or other equivalent activities, approved by the local professional development committee (LPDC).',
);
const combine = oac(
  'Coursework or continuing education units or other equivalent activities may be combined.',
  'OAC 3301-24-08(A)(2)(e)',
);

const licenseTypes = [
  { id: 'professional', name: 'Five-year Professional Educator License' },
  { id: 'associate', name: 'Associate Educator License' },
].map((t) => ({ ...t, required: '18', cycleYears: 5, citation: valid }));

export const ohPreset: RuleSetInput = {
  id: 'oh',
  jurisdiction: 'OH',
  name: 'Ohio professional educator license renewal',
  versions: [
    {
      version: '2018',
      // The current text refers to the LPDC resource guide of September 2018; the rule's own effective date is not stated.
      effectiveFrom: '2018-09-01',
      summary:
        '6 semester hours, or 18 CEUs (180 contact hours), or LPDC-approved equivalent activities (combinable) per 5-year license, under an approved IPDP.',
      unit: { id: 'ceu', name: 'CEUs' },
      licenseTypes,
      defaultLicenseType: 'professional',
      cycleWindow: { id: 'oh-cycle', kind: 'issue_date', citation: valid },
      conversions: [
        unitFactor('oh-ceu', 'ceu', '1', '1 CEU', options),
        unitFactor('oh-contact-hour', 'clock_hour', '1/10', '10 contact hours = 1 CEU (180 contact hours = 18 CEUs)', options),
        unitFactor(
          'oh-semester-hour',
          'semester_credit',
          '3',
          '1 semester hour = 3 CEUs when combined (6 semester hours ~ 18 CEUs)',
          combine,
          'The rule allows combining coursework and CEUs but states no exchange rate; 1 semester hour = 3 CEUs is the ratio of the two requirements (6 vs 18). The LPDC decides.',
        ),
      ],
      pathways: [
        {
          id: 'oh-coursework',
          label: '6 semester hours of coursework related to classroom teaching or the area of licensure',
          unit: { id: 'semester_hour', name: 'semester hours' },
          required: '6',
          conversions: [unitFactor('oh-coursework-semester-hour', 'semester_credit', '1', '1 semester hour', options)],
          citation: oac(
            'Six semester hours of coursework related to classroom teaching and/or the area of licensure as approved by the LPDC.',
            'OAC 3301-24-08(A)(1)',
          ),
        },
      ],
      notes: [
        {
          id: 'oh-not-in-facts',
          notChecked: true,
          text: 'Not in the facts, so not modelled: quarter hours, the license expiry date and any grace period.',
          citation: valid,
        },
        {
          id: 'oh-ipdp',
          notChecked: true,
          text: 'Activities count only under an Individual Professional Development Plan approved by the LPDC; "other equivalent activities" are valued by the LPDC and are not computed here.',
          citation: options,
        },
        {
          id: 'oh-not-employed',
          text: 'Educators not employed in Ohio schools renew directly with the department on six semester hours, or through a regional LPDC for CEUs or equivalent activities.',
          citation: oac(
            'Educators not employed in Ohio schools may apply directly to the department with evidence of six semester hours; otherwise through a regional provider with an approved LPDC.',
            'OAC 3301-24-08(B)',
          ),
        },
        {
          id: 'oh-lapse-nine-hours',
          text: 'A license lapsed for not meeting the requirement is reinstated with nine semester hours of coursework since its issuance.',
          citation: oac(
            'A license that has lapsed due to not meeting the professional development requirements may be reinstated upon completion of nine semester hours of coursework.',
            'OAC 3301-24-08(C)',
          ),
          uncertain:
            'The facts date the nine-hour requirement from October 1 of the expiry year; the lapse date is not modelled.',
        },
      ],
    },
  ],
};

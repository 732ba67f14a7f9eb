// Hawaii, Standard and Advanced license renewal (Hawaii Teacher Standards Board; its pages are cited
// below): no PD unit, experience and performance standards instead. No PD hours are required: required
// 0, always complete. Renewal rests on verified successful teaching experience and meeting the HTSB
// performance standards (audited), stated in the notes.
import type { RuleSetInput } from '../lib/rule-set.schema';
import { cite, unitFactor } from './preset-helpers';

const RENEW = 'https://hawaiiteacherstandardsboard.org/content/renewing-your-license/';
const FAQ = 'https://hawaiiteacherstandardsboard.org/content/faqs/';
const basis = cite(
  RENEW,
  'To renew, a licensee verifies successful teaching experience and that the HTSB performance standards have been met (NBI 10-56Rev); renewals are audited. No credit or clock-hour requirement.',
);
const standard = cite(RENEW, 'The Standard license is valid for five years.');
const advanced = cite(FAQ, 'The Advanced license is valid for ten years.');
const window = cite(RENEW, 'Renewal applications are submitted from January to June of the renewal year.');

export const hiPreset: RuleSetInput = {
  id: 'hi',
  jurisdiction: 'HI',
  name: 'Hawaii license renewal (no PD hours required)',
  versions: [
    {
      version: 'htsb',
      // The facts give no effective date; this only version governs every cycle.
      effectiveFrom: '2000-01-01',
      summary:
        'No PD hours required: a Standard (5-year) or Advanced (10-year) license is renewed on verified successful teaching experience and the HTSB performance standards (audited). Conversions, caps and categories: none in the facts.',
      // Records are shown in clock hours for information only; nothing is required.
      unit: { id: 'clock_hour', name: 'clock hours (none required)' },
      licenseTypes: [
        { id: 'standard', name: 'Standard license', required: '0', cycleYears: 5, citation: standard },
        {
          id: 'advanced',
          name: 'Advanced license',
          required: '0',
          cycleYears: 10,
          citation: advanced,
          uncertain: 'The 10-year Advanced term comes from a secondary source; check with HTSB.',
        },
      ],
      defaultLicenseType: 'standard',
      cycleWindow: { id: 'hi-cycle', kind: 'issue_date', citation: standard },
      conversions: [unitFactor('hi-clock-hour', 'clock_hour', '1', '1 clock hour (for information; none required)', basis)],
      notes: [
        {
          id: 'hi-basis',
          text: 'Basis of renewal: verification of successful teaching experience and of meeting the HTSB performance standards (NBI 10-56Rev); renewals are audited. No PD hours or credits are required.',
          citation: basis,
        },
        { id: 'hi-window', text: 'Renew between January and June of the renewal year.', citation: window },
      ],
    },
  ],
};

// Iowa: hand-worked cases for the ia preset, each naming the source it was worked from.
import { recordBuilder, runPresetCases, type PresetCase } from './preset-test-kit';

const rec = recordBuilder('ia');
const IA = 'BoEE renewal information and 282 IAC 13.30';

const cases: PresetCase[] = [
  {
    name: 'IA: 4 semester hours = 4 renewal credits; 30 clock hours not accepted; reporter training done; 4 of 5 years: pace 4.8 > 4, at risk',
    source: IA,
    preset: 'ia',
    license: { issuedOn: '2020-07-01' },
    asOf: '2024-07-01',
    records: [
      rec('2021-10-01', 'course', '4', 'semester_credit'),
      rec('2022-03-01', 'workshop', '30', 'clock_hour'),
      rec('2023-02-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] }),
    ],
    expect: {
      earned: '4',
      required: '6',
      remaining: '2',
      status: 'at_risk',
      standing: [['ia-mandatory-reporter', true]],
      uncertain: ['standard'],
    },
  },
  {
    name: 'IA: 6 semester hours + mandatory reporter training = 6 of 6, complete',
    source: IA,
    preset: 'ia',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [
      rec('2021-10-01', 'course', '3', 'semester_credit'),
      rec('2023-10-01', 'course', '3', 'semester_credit'),
      rec('2024-02-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] }),
    ],
    expect: { earned: '6', remaining: '0', status: 'complete', standing: [['ia-mandatory-reporter', true]] },
  },
  {
    name: 'IA: 6 credits but no reporter training, under 1 year to expiry: at risk',
    source: `${IA}; govdelivery bulletin: child abuse mandatory reporter training`,
    preset: 'ia',
    license: { issuedOn: '2020-07-01' },
    asOf: '2025-03-01',
    records: [rec('2021-10-01', 'course', '6', 'semester_credit')],
    expect: { earned: '6', remaining: '0', status: 'at_risk', standing: [['ia-mandatory-reporter', false]] },
  },
  {
    name: "IA: master's and 10 years of teaching: required 0; with the reporter training, complete",
    source: 'Iowa Code 256.146',
    preset: 'ia',
    license: { issuedOn: '2020-07-01', licenseType: 'master-10-years' },
    asOf: '2022-03-01',
    records: [rec('2021-02-01', 'workshop', '2', 'clock_hour', { categories: ['child_abuse_reporting'] })],
    expect: { earned: '0', required: '0', status: 'complete' },
  },
];

runPresetCases('Iowa preset', cases);

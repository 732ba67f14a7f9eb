import { evaluateCompensation, getSalarySchedulePreset, type PdRecordInput } from '@pd-ledger/credit-rules';
import { buildPayModelDataset, PAY_MODEL_ACCOUNTS, PAY_MODEL_DISTRICTS } from './demo-pay-models';

const hashes = new Map(PAY_MODEL_ACCOUNTS.map((a) => [a.email, `hash-of-${a.email}`]));

// The demo teachers' stories, worked from the presets' rules (see the presets' specs): 2026-12-06
// is in contract year 2026 (BA step 5 = $52,851.30; BA+15 step 5 = $54,228.30; MA step 5 = $58,707.12).
describe('buildPayModelDataset', () => {
  const today = '2026-12-06';
  const data = buildPayModelDataset({ today, passwordHashes: hashes });

  function teacherPay(presetId: string) {
    const district = PAY_MODEL_DISTRICTS.find((d) => d.presetId === presetId)!;
    const account = data.accounts.find((a) => a[2] === `teacher@${district.domain}`)!;
    const educator = data.educators.find((e) => e[0] === account[6])!;
    const names = new Map(data.catalogItems.map((c) => [c[0], c[3]]));
    const records: PdRecordInput[] = data.pdRecords
      .filter((r) => r[2] === educator[0])
      .map((r) => ({
        id: r[0],
        completedOn: r[8],
        activityType: 'micro_credential',
        amount: '1',
        unit: 'micro_credential',
        status: r[11] === 'SUBMITTED' ? 'submitted' : 'verified',
        catalogItemId: r[3],
        catalogItemName: names.get(r[3]!)!,
      }));
    return evaluateCompensation({
      schedule: getSalarySchedulePreset(presetId),
      educator: { id: educator[0], lane: educator[8]!, step: educator[9]!, hireDate: educator[6]!, highestDegree: educator[7]! },
      records,
      asOf: today,
    })!;
  }

  it('is deterministic, with four districts, one per pay model, each with HR and a teacher', () => {
    expect(buildPayModelDataset({ today, passwordHashes: hashes })).toEqual(data);
    expect(data.districts.map((d) => d[2])).toEqual(['TX', 'AZ', 'WI', 'WI']);
    expect(data.accounts).toHaveLength(8);
    expect(data.pdRecords.every((r) => r[8] <= today && r[3] !== null)).toBe(true);
  });

  it('Pecan Grove (Harmony model): 3 this year = $600.00; the next one +$200.00', () => {
    const pay = teacherPay('harmony-stipend');
    expect(pay.totalCents).toBe(60_000);
    expect(pay.nextPayChange!.text).toBe('1 more micro-credential this contract year: +$200.00 (stipend, 3 of 8 paid so far)');
  });

  it('Saguaro (Dysart model): 10 last year + 3 so far: 2 more reach +4% = +$2,114.05 a year', () => {
    const pay = teacherPay('dysart-steps');
    expect(pay.totalCents).toBe(0);
    expect(pay.nextPayChange).toEqual(expect.objectContaining({ credentialsNeeded: 2, cents: 211_405 }));
  });

  it('Lakeshore (Muskego-Norway model): 14 foundational + 15 electives: 1 more foundational to the MA lane, +$4,478.82 a year', () => {
    const pay = teacherPay('muskego-equivalency');
    expect(pay.nextPayChange!.text).toBe("1 more foundational credential to the master's equivalency: +$4,478.82 a year");
  });

  it('Glacier Hills (Kettle Moraine model): 3 accepted = +$1,500.00 a year, 1 awaiting the panel', () => {
    const pay = teacherPay('kettle-moraine-base');
    expect(pay.increasesCents).toBe(150_000);
    expect(pay.excluded).toHaveLength(1);
  });
});

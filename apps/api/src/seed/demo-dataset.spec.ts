import { buildDemoDataset, DEMO_ACCOUNTS } from './demo-dataset';

const hashes = new Map(DEMO_ACCOUNTS.map((account) => [account.email, `hash-of-${account.email}`]));

describe('buildDemoDataset', () => {
  const data = buildDemoDataset({ today: '2026-03-10', passwordHashes: hashes });

  it('is deterministic', () => {
    expect(buildDemoDataset({ today: '2026-03-10', passwordHashes: hashes })).toEqual(data);
  });

  it('has the agreed districts, schools and sizes', () => {
    expect(data.districts.map(([, name, state]) => `${name} (${state})`)).toEqual([
      'Maplewood School District (PA)',
      'Cedar Falls School District (TN)',
    ]);
    expect(data.schools.filter(([, district]) => district === data.districts[0][0])).toHaveLength(6);
    const maplewoodEducators = data.educators.filter(([, district]) => district === data.districts[0][0]);
    expect(maplewoodEducators.length).toBeGreaterThanOrEqual(280);
    expect(maplewoodEducators.length).toBeLessThanOrEqual(320);
    expect(data.pdRecords.length).toBeGreaterThan(2500);
    expect(data.pdRecords.length).toBeLessThan(4000);
  });

  it('links the demo teachers to their named educators', () => {
    const teacher = data.accounts.find(([, , email]) => email === 'teacher@maplewood.example.org')!;
    const educator = data.educators.find(([id]) => id === teacher[6])!;
    expect(`${educator[2]} ${educator[3]}`).toBe('Maria Alvarez');
  });

  it('spans three school years up to today, with pending records and all units', () => {
    const dates = data.pdRecords.map((record) => record[8]).sort();
    expect(dates[0] >= '2023-07-01').toBe(true);
    expect(dates[dates.length - 1] <= '2026-03-10').toBe(true);
    expect(data.pdRecords.filter((record) => record[11] === 'SUBMITTED').length).toBeGreaterThan(3);
    expect(new Set(data.pdRecords.map((record) => record[7]))).toEqual(
      new Set(['CLOCK_HOUR', 'SEMESTER_CREDIT', 'QUARTER_CREDIT', 'CEU', 'MICRO_CREDENTIAL']),
    );
  });

  it('gives licenses renewal cycles ending in different years', () => {
    expect(new Set(data.licenses.map((license) => license[8].slice(0, 4))).size).toBeGreaterThanOrEqual(4);
  });
});

import { parseTranscript, TranscriptRow } from './transcript-parser';

const HEADER = 'external_id,educator_key,title,provider,activity_type,amount,unit,completed_on,categories,evidence_url';

async function read(lines: string[], today = '2025-06-30') {
  const run = parseTranscript({ name: 'vendor.csv', buffer: Buffer.from(`${[HEADER, ...lines].join('\n')}\n`) }, { today });
  const rows: TranscriptRow[] = [];
  for await (const batch of run.batches()) rows.push(...batch);
  return { rows, summary: run.summary() };
}

describe('parseTranscript', () => {
  it('normalises a valid transcript', async () => {
    const { rows, summary } = await read([
      'PAT-001,Maria.Alvarez@maplewood.example.org,Structured Literacy Workshop,PaTTAN,Workshop,6.50,clock hours,2025-03-14,Literacy; Reading ;Literacy,https://pattan.net/c/1',
      'PAT-002,1234567,"Math Institute, Part 2",PaTTAN,micro-credential,1,MICRO_CREDENTIAL,2025-06-30,,',
      'UNI-9,james.chen@maplewood.example.org,EDU 610,State University,course,3,Semester Credits,2024-12-15,,',
    ]);
    expect(summary.problems).toEqual([]);
    expect(summary).toMatchObject({ records: 3, file: { dataRows: 3, accepted: 3, rejected: 0 } });
    expect(rows[0]).toEqual({
      externalId: 'PAT-001',
      educatorKey: { kind: 'email', email: 'maria.alvarez@maplewood.example.org' },
      title: 'Structured Literacy Workshop',
      provider: 'PaTTAN',
      activityType: 'WORKSHOP',
      amount: '6.5',
      unit: 'CLOCK_HOUR',
      completedOn: '2025-03-14',
      categories: ['Literacy', 'Reading'],
      evidenceUrl: 'https://pattan.net/c/1',
      line: 2,
    });
    expect(rows[1]).toMatchObject({
      educatorKey: { kind: 'stateEducatorId', stateEducatorId: '1234567' },
      title: 'Math Institute, Part 2',
      activityType: 'MICRO_CREDENTIAL',
      provider: 'PaTTAN',
    });
    expect(rows[2]).toMatchObject({ unit: 'SEMESTER_CREDIT', activityType: 'COURSE' });
  });

  it.each([
    ['a missing title', 'V-1,1234567,,P,workshop,1,CLOCK_HOUR,2025-01-01,,', 'title', 'required-value'],
    ['an unknown activity type', 'V-1,1234567,T,P,webinar,1,CLOCK_HOUR,2025-01-01,,', 'activity_type', 'bad-value'],
    ['a zero amount', 'V-1,1234567,T,P,workshop,0,CLOCK_HOUR,2025-01-01,,', 'amount', 'bad-value'],
    ['a bad date', 'V-1,1234567,T,P,workshop,1,CLOCK_HOUR,3/1/2025,,', 'completed_on', 'bad-date'],
    ['a bad e-mail key', 'V-1,maria@maplewood,T,P,workshop,1,CLOCK_HOUR,2025-01-01,,', 'educator_key', 'bad-email'],
  ])('rejects %s', async (_label, line, column, code) => {
    const { rows, summary } = await read([line]);
    expect(rows).toEqual([]);
    expect(summary.problems).toEqual([expect.objectContaining({ file: 'vendor.csv', line: 2, column, code })]);
  });
});

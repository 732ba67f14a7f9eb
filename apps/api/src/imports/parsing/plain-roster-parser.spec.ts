import { parsePlainRoster } from './plain-roster-parser';
import { collectRoster } from './roster-collect';

const csv = (lines: string[]) => Buffer.from(`${lines.join('\n')}\n`);

describe('parsePlainRoster', () => {
  it('reads schools first, then educators, with spreadsheet-style headers', async () => {
    const file = {
      name: 'staff.csv',
      buffer: csv([
        'Employee ID,First Name,Last Name,Email,Role,School Code,School Name,Additional School Codes,State Educator ID,Hire Date,Status',
        'E1001,Maria,Alvarez,Maria.Alvarez@maplewood.example.org,Teacher,LIN,Lincoln Elementary,,1234567,2016-08-22,',
        'E1002,James,Chen,james.chen@maplewood.example.org,teacher,WAS,Washington Middle School,LIN,,,active',
        'E1003,Sun,Park,principal@maplewood.example.org,Principal,LIN,Lincoln Elementary,,,,',
        'E1004,Pat,Kim,pat.kim@maplewood.example.org,paraprofessional,LIN,Lincoln Elementary,,,,inactive',
      ]),
    };
    const run = parsePlainRoster(file, { batchSize: 2 });
    const order: string[] = [];
    const rows: Record<string, unknown>[] = [];
    for await (const batch of run.batches()) {
      order.push(batch.entity);
      rows.push(...batch.rows.map((row) => ({ ...row })));
    }
    const summary = run.summary();

    expect(summary.problems).toEqual([]);
    expect(summary).toMatchObject({ format: 'plain-csv', schools: 2, educators: 4 });
    expect(order).toEqual(['school', 'educator', 'educator']);
    expect(rows.slice(0, 2).map((row) => [row.sourcedId, row.name])).toEqual([
      ['LIN', 'Lincoln Elementary'],
      ['WAS', 'Washington Middle School'],
    ]);
    expect(rows[2]).toMatchObject({
      sourcedId: 'E1001',
      email: 'maria.alvarez@maplewood.example.org',
      stateEducatorId: '1234567',
      hireDate: '2016-08-22',
      accountRole: 'TEACHER',
      line: 2,
    });
    expect(rows[3]).toMatchObject({ sourcedId: 'E1002', schoolSourcedIds: ['WAS', 'LIN'] });
    expect(rows[4]).toMatchObject({ sourcedId: 'E1003', accountRole: 'PRINCIPAL' });
    expect(rows[5]).toMatchObject({ sourcedId: 'E1004', enabled: false, roles: [expect.objectContaining({ role: 'aide' })] });
  });

  it.each([
    [
      'duplicate employee id',
      'E1,B,C,b@x.org,teacher,LIN,Lincoln Elementary',
      { code: 'duplicate-id', column: 'employee_id', line: 3 },
    ],
    ['duplicate e-mail', 'E2,B,C,A@X.org,teacher,LIN,Lincoln Elementary', { code: 'duplicate-email', column: 'email', line: 3 }],
    ['bad e-mail', 'E2,B,C,b@x,teacher,LIN,Lincoln Elementary', { code: 'bad-email', column: 'email', line: 3 }],
    [
      'missing last name',
      'E2,B,,b@x.org,teacher,LIN,Lincoln Elementary',
      { code: 'required-value', column: 'last_name', line: 3 },
    ],
  ])('reports a %s', async (_label, row, expected) => {
    const file = {
      name: 'staff.csv',
      buffer: csv([
        'employee_id,first_name,last_name,email,role,school_code,school_name',
        'E1,A,A,a@x.org,teacher,LIN,Lincoln Elementary',
        row,
      ]),
    };
    const { educators, summary } = await collectRoster(parsePlainRoster(file));
    expect(summary.problems).toEqual([expect.objectContaining({ severity: 'error', file: 'staff.csv', ...expected })]);
    expect(educators.map((educator) => educator.sourcedId)).toEqual(['E1']);
  });
});

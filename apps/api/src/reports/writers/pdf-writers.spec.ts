import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Writable } from 'node:stream';
import Decimal from 'decimal.js';
import { writeLaneChangePdf } from './lane-change-pdf';
import { writeRelicensurePdf } from './relicensure-pdf';
import { writeTranscriptPdf } from './transcript-pdf';
import {
  SAMPLE_META,
  relicensureRow,
  sampleLaneChangeRows,
  sampleRelicensureRows,
  sampleTranscript,
} from './__fixtures__/sample-report-data';

const PDFTOTEXT = '/usr/bin/pdftotext';

async function pdfBytes(run: (output: Writable) => Promise<unknown>): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await run(output);
  return Buffer.concat(chunks);
}

/** Extracts the text with poppler's pdftotext, which also proves the file opens. */
function pdfText(pdf: Buffer): string {
  if (!existsSync(PDFTOTEXT)) {
    throw new Error(
      `${PDFTOTEXT} is missing: install Debian's poppler-utils (apt-get install poppler-utils) to run the PDF tests`,
    );
  }
  const directory = mkdtempSync(join(tmpdir(), 'pd-ledger-pdf-'));
  try {
    const file = join(directory, 'report.pdf');
    writeFileSync(file, pdf);
    // -layout keeps table rows on one line; stderr would report a damaged file.
    return execFileSync(PDFTOTEXT, ['-layout', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

function pageCount(pdf: Buffer): number {
  return pdfText(pdf)
    .split('\f')
    .filter((page) => page.trim() !== '').length;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

describe('writeRelicensurePdf', () => {
  it('holds the title, filters, per-school and overall totals', async () => {
    const rows = sampleRelicensureRows();
    let result: Awaited<ReturnType<typeof writeRelicensurePdf>> | undefined;
    const pdf = await pdfBytes(async (output) => {
      result = await writeRelicensurePdf(rows, output, { meta: SAMPLE_META });
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash(pdfText(pdf));

    expect(text).toContain('Maplewood School District');
    expect(text).toContain('Relicensure report');
    expect(text).toContain('Generated 2026-03-14 09:30 EDT');
    expect(text).toContain('Filters: Status: all; Deadline within: 365 days');
    expect(text).toContain('Totals by school');

    expect(result?.rowCount).toBe(40);
    const overall = result?.totals.overall;
    expect(overall?.rowCount).toBe(40);
    const sum = (field: 'required' | 'earned') => rows.reduce((total, row) => total.plus(row[field]), new Decimal(0)).toFixed();
    expect(overall?.byUnit).toEqual([
      {
        unit: 'Act 48 hours',
        required: sum('required'),
        earned: sum('earned'),
      },
    ]);
    expect(sum('earned')).toBe('3466');
    const statusCounts = Object.values(overall?.byStatus ?? {});
    expect(statusCounts.reduce((sum, count) => sum + count, 0)).toBe(40);

    // The overall row: licenses, five status counts, required and earned sums.
    const overallLine = `All schools 40 ${statusCounts.join(' ')} 7,200 Act 48 hours 3,466 Act 48 hours`;
    expect(text).toContain(overallLine);
    for (const school of result?.totals.bySchool ?? []) {
      const counts = Object.values(school.totals.byStatus).join(' ');
      expect(text).toContain(`${school.school} ${school.totals.rowCount} ${counts}`);
      expect(text).toContain(`${school.school} subtotal: ${school.totals.rowCount} licenses`);
    }
    // Long names wrap inside their cell instead of being cut off.
    expect(text).toContain('Featherstonehaugh-');
    expect(text).toContain('Maximiliana');
  });

  it('breaks pages and repeats the table header', async () => {
    const rows = Array.from({ length: 120 }, (_, index) => relicensureRow(index, 20));
    const pdf = await pdfBytes((output) => writeRelicensurePdf(rows, output, { meta: SAMPLE_META }));
    const pages = pdfText(pdf)
      .split('\f')
      .filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(5);
    for (const [index, page] of pages.entries()) {
      expect(page).toContain(`Page ${index + 1}`);
      expect(squash(page)).toMatch(/Educator School\(s\) License and cycle|School Licenses Complete/);
    }
  });

  it('says so when no rows match', async () => {
    const pdf = await pdfBytes((output) => writeRelicensurePdf([], output, { meta: SAMPLE_META }));
    const text = squash(pdfText(pdf));
    expect(text).toContain('No licenses match these filters.');
    expect(text).toContain('All schools 0 0 0 0 0 0');
  });
});

describe('writeLaneChangePdf', () => {
  it('holds each difference and the total cost', async () => {
    const rows = sampleLaneChangeRows();
    let result: Awaited<ReturnType<typeof writeLaneChangePdf>> | undefined;
    const pdf = await pdfBytes(async (output) => {
      result = await writeLaneChangePdf(rows, output, {
        meta: { ...SAMPLE_META, title: 'Lane-change report' },
      });
    });
    const text = squash(pdfText(pdf));
    const nowCents = rows.filter((row) => row.qualifies === 'now').reduce((sum, row) => sum + row.differenceCents, 0);
    const allCents = rows.reduce((sum, row) => sum + row.differenceCents, 0);
    expect(result?.overall.costCents.now).toBe(nowCents);
    expect(result?.overall.totalCostCents).toBe(allCents);
    expect(nowCents).toBe(3_480_600);
    expect(text).toContain('Lane-change report');
    expect(text).toContain('Total cost to the district for the next contract year: $34,806.00');
    expect(text).toContain('Including pending approvals: $52,209.00');
    expect(text).toContain('All schools 16 $34,806.00 8 $17,403.00 $52,209.00');
    expect(text).toContain('$1,800.00');
  });
});

describe('writeTranscriptPdf', () => {
  it('holds every credited record, the rule and citation, the totals and what is missing', async () => {
    const input = sampleTranscript();
    let result: Awaited<ReturnType<typeof writeTranscriptPdf>> | undefined;
    const pdf = await pdfBytes(async (output) => {
      result = await writeTranscriptPdf(input, output);
    });
    const raw = pdfText(pdf);
    const text = squash(raw);
    expect(result).toEqual({
      recordCount: 14,
      creditedTotal: '161.5',
      pageCount: pageCount(pdf),
    });
    expect(text).toContain('Professional development transcript');
    expect(text).toContain('Maria Alvarez');
    expect(text).toContain('PA Instructional II, no. 700013');
    expect(text).toContain('Required 180 · Earned 161.5 · Remaining 18.5 Act 48 hours');
    expect(text).toContain('Status: At risk');
    expect(text).toContain('Credited records in this cycle (14)');
    expect(text).toContain('Total credited: 161.5 Act 48 hours');
    expect(text).toContain('22 Pa. Code § 49.17');
    expect(text).toContain('24 P.S. § 12-1205.2(e)');
    expect(text).toContain('What is missing');
    expect(text).toContain('Act 48 hours still needed before 2026-06-30 (18.5 Act 48 hours)');
    expect(text).toContain(`Page 1 of ${result?.pageCount}`);
    // Records are listed oldest first.
    expect(raw.indexOf('2023-01-20')).toBeLessThan(raw.indexOf('2023-08-27'));
  });

  it('says when nothing is missing', async () => {
    const input = { ...sampleTranscript(), missing: [] };
    const text = squash(pdfText(await pdfBytes((output) => writeTranscriptPdf(input, output))));
    expect(text).toContain('Nothing. The requirements of this cycle are met.');
  });
});

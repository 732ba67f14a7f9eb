// Renders one sample PDF of each kind (and the CSV/XLSX) into a folder, for eyeballing:
//   npx tsx apps/api/src/reports/writers/__fixtures__/render-samples.ts /tmp/report-samples
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { laneChangeColumns, relicensureColumns } from '../columns';
import { writeCsv } from '../csv-writer';
import { writeLaneChangePdf } from '../lane-change-pdf';
import { writeRelicensurePdf } from '../relicensure-pdf';
import { writeTranscriptPdf } from '../transcript-pdf';
import { writeXlsx } from '../xlsx-writer';
import { SAMPLE_META, sampleLaneChangeRows, sampleRelicensureRows, sampleTranscript } from './sample-report-data';

async function main(directory: string): Promise<void> {
  mkdirSync(directory, { recursive: true });
  const out = (name: string) => createWriteStream(join(directory, name));
  await writeRelicensurePdf(sampleRelicensureRows(), out('relicensure.pdf'), {
    meta: SAMPLE_META,
  });
  await writeLaneChangePdf(sampleLaneChangeRows(), out('lane-change.pdf'), {
    meta: {
      ...SAMPLE_META,
      title: 'Lane-change report',
      filters: [{ label: 'Effective date', value: '2026-08-15' }],
    },
  });
  await writeTranscriptPdf(sampleTranscript(), out('transcript.pdf'));
  await writeCsv(sampleRelicensureRows(), relicensureColumns(), out('relicensure.csv'), { bom: true });
  await writeXlsx(sampleLaneChangeRows(), laneChangeColumns(), out('lane-change.xlsx'), {
    sheetName: 'Lane changes',
    meta: { ...SAMPLE_META, title: 'Lane-change report' },
  });
}

main(process.argv[2] ?? '/tmp/report-samples').catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

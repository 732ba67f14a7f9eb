// The export writers: pure formatting of already-computed report rows into CSV, XLSX
// and PDF. No Nest, no database; the report services feed them rows and a Writable (the response).
export * from './report-rows';
export * from './columns';
export { neutralizeFormula, ReportCellError, centsToDollars, formatUsd } from './cell-format';
export { formatGeneratedAt, describeFilters } from './report-meta';
export { createCsvStream, writeCsv, type CsvWriteOptions, type CsvWriteResult } from './csv-writer';
export { writeXlsx, type XlsxWriteOptions, type XlsxWriteResult } from './xlsx-writer';
export type { PdfBranding, PdfFonts, PdfOptions } from './pdf-layout';
export { RelicensureTotalsAccumulator, type RelicensureTotals, type RelicensureGroupTotals } from './relicensure-totals';
export { writeRelicensurePdf, type RelicensurePdfOptions, type RelicensurePdfResult } from './relicensure-pdf';
export {
  writeLaneChangePdf,
  type LaneChangePdfOptions,
  type LaneChangePdfResult,
  type LaneChangeCostTotals,
} from './lane-change-pdf';
export { writeTranscriptPdf, type TranscriptPdfOptions, type TranscriptPdfResult } from './transcript-pdf';

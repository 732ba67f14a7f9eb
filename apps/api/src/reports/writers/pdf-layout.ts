import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import { describeFilters, formatGeneratedAt } from './report-meta';
import type { RenewalStatus, ReportMeta } from './report-rows';

// Shared page furniture and a small table renderer for the PDF reports. pdfkit lays text out
// but has no tables, so rows are measured first (heightOfString with the cell width) and a page
// break, with the header repeated, happens before a row that would not fit.

export interface PdfBranding {
  /** District colour for the title band and table headers, e.g. "#1f4e79". */
  primaryColor?: string;
  /** A PNG or JPEG logo drawn in the title band. */
  logo?: Buffer;
}

/**
 * Fonts to embed instead of the built-in Helvetica, which only covers Windows-1252 (Latin)
 * characters; pass a Unicode TTF (e.g. Noto Sans) for names in other scripts.
 */
export interface PdfFonts {
  regular: string | Buffer;
  bold: string | Buffer;
}

export interface PdfOptions {
  branding?: PdfBranding;
  fonts?: PdfFonts;
}

export const FONT = 'Body';
export const FONT_BOLD = 'Body-Bold';
export const TEXT_COLOR = '#1a1a1a';
export const MUTED_COLOR = '#555555';
export const RULE_COLOR = '#c8c8c8';
export const DEFAULT_BRAND_COLOR = '#1f4e79';

export const STATUS_COLORS: Readonly<Record<RenewalStatus, string>> = {
  complete: '#1b6e34',
  on_track: '#1b6e34',
  at_risk: '#8a5a00',
  behind: '#b03a00',
  lapsed: '#b00020',
};

export interface ReportDocument {
  doc: PDFKit.PDFDocument;
  brandColor: string;
  /** Left edge and usable width inside the margins. */
  left: number;
  width: number;
  /** Resolves when every byte has reached the output. */
  done: Promise<void>;
}

export function openReportDocument(
  output: Writable,
  options: PdfOptions & {
    layout: 'portrait' | 'landscape';
    title: string;
    author: string;
    bufferPages?: boolean;
  },
): ReportDocument {
  const doc = new PDFDocument({
    size: 'LETTER',
    layout: options.layout,
    margins: { top: 40, bottom: 46, left: 36, right: 36 },
    bufferPages: options.bufferPages ?? false,
    info: {
      Title: options.title,
      Author: options.author,
      Creator: 'PD Ledger',
    },
    autoFirstPage: true,
  });
  doc.registerFont(FONT, (options.fonts?.regular ?? 'Helvetica') as string);
  doc.registerFont(FONT_BOLD, (options.fonts?.bold ?? 'Helvetica-Bold') as string);
  doc.font(FONT).fillColor(TEXT_COLOR);
  const done = finished(output);
  // pipe() does not forward errors; the caller awaits `done`, which rejects if the output fails.
  doc.pipe(output);
  return {
    doc,
    brandColor: options.branding?.primaryColor ?? DEFAULT_BRAND_COLOR,
    left: doc.page.margins.left,
    width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
    done,
  };
}

/** Waits while the output is full, so a long report does not pile up in pdfkit's buffer. */
export async function yieldToOutput(output: Writable): Promise<void> {
  if (output.writableNeedDrain) await once(output, 'drain');
  await new Promise<void>((resolve) => setImmediate(resolve));
}

/** The district-coloured title band at the top of the first page. */
export function drawTitleBand(
  report: ReportDocument,
  content: { districtName: string; title: string; lines: readonly string[] },
  branding?: PdfBranding,
): void {
  const { doc, left, width, brandColor } = report;
  const top = doc.page.margins.top;
  const logoSize = branding?.logo ? 44 : 0;
  const textLeft = left + 12 + (logoSize ? logoSize + 10 : 0);
  const textWidth = width - (textLeft - left) - 12;
  doc.font(FONT_BOLD).fontSize(16);
  const districtHeight = doc.heightOfString(content.districtName, {
    width: textWidth,
  });
  doc.font(FONT_BOLD).fontSize(12);
  const titleHeight = doc.heightOfString(content.title, { width: textWidth });
  const bandHeight = Math.max(logoSize + 16, districtHeight + titleHeight + 20);
  doc.save().rect(left, top, width, bandHeight).fill(brandColor).restore();
  if (branding?.logo) doc.image(branding.logo, left + 10, top + 8, { fit: [logoSize, logoSize] });
  doc
    .fillColor('#ffffff')
    .font(FONT_BOLD)
    .fontSize(16)
    .text(content.districtName, textLeft, top + 8, { width: textWidth });
  doc
    .font(FONT)
    .fontSize(12)
    .text(content.title, textLeft, doc.y + 2, { width: textWidth });
  doc.fillColor(TEXT_COLOR).font(FONT).fontSize(9);
  doc.y = top + bandHeight + 8;
  for (const line of content.lines) doc.text(line, left, doc.y, { width });
  doc.moveDown(0.6);
}

export function metaLines(meta: {
  generatedAt: Date;
  timeZone?: string;
  filters: readonly { label: string; value: string }[];
}): string[] {
  return [`Generated ${formatGeneratedAt(meta.generatedAt, meta.timeZone)}`, `Filters: ${describeFilters(meta)}`];
}

/**
 * Opens a landscape district report: document metadata, a numbered footer on every page, and the
 * title band with the generation time and filters. Shared by the relicensure and lane-change PDFs.
 */
export function openDistrictReport(output: Writable, options: PdfOptions & { meta: ReportMeta }): ReportDocument {
  const { meta } = options;
  const report = openReportDocument(output, {
    ...options,
    layout: 'landscape',
    title: `${meta.title} — ${meta.districtName}`,
    author: meta.districtName,
  });
  const { doc } = report;
  const footerText = `${meta.districtName} · ${meta.title} · generated ${formatGeneratedAt(meta.generatedAt, meta.timeZone)}`;
  let pageNumber = 1;
  drawFooter(doc, footerText, `Page ${pageNumber}`);
  doc.on('pageAdded', () => {
    pageNumber += 1;
    drawFooter(doc, footerText, `Page ${pageNumber}`);
  });
  drawTitleBand(report, { districtName: meta.districtName, title: meta.title, lines: metaLines(meta) }, options.branding);
  return report;
}

/**
 * Draws a line in the bottom margin. pdfkit starts a new page when text goes past the bottom
 * margin, so the margin is lifted while the footer is written.
 */
export function drawFooter(doc: PDFKit.PDFDocument, leftText: string, rightText: string): void {
  const bottom = doc.page.margins.bottom;
  const savedY = doc.y;
  doc.page.margins.bottom = 0;
  const y = doc.page.height - bottom + 16;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.font(FONT).fontSize(7.5).fillColor(MUTED_COLOR);
  doc.text(leftText, left, y, {
    width: width * 0.75,
    lineBreak: false,
    ellipsis: true,
  });
  doc.text(rightText, left + width * 0.75, y, {
    width: width * 0.25,
    align: 'right',
    lineBreak: false,
  });
  doc.page.margins.bottom = bottom;
  doc.fillColor(TEXT_COLOR);
  doc.y = savedY;
}

export type CellAlign = 'left' | 'right' | 'center';

/** One piece of a table cell; a cell is one or more lines in different styles. */
export interface CellLine {
  text: string;
  bold?: boolean;
  muted?: boolean;
  color?: string;
  size?: number;
}

export type CellContent = string | readonly CellLine[];

export interface PdfColumn<Row> {
  header: string;
  /** Share of the table width; the columns' shares are scaled to fill it. */
  weight: number;
  align?: CellAlign;
  cell: (row: Row) => CellContent;
}

export interface TableStyle {
  fontSize: number;
  padding: number;
  headerColor: string;
}

/** A table that measures each row, breaks pages before rows that do not fit and repeats its header. */
export class PdfTable<Row> {
  private readonly widths: number[];
  private zebra = false;
  /** Drawn under the repeated header after a page break, e.g. "Lincoln Elementary (continued)". */
  continuation: { content: CellContent; fill: string } | null = null;

  constructor(
    private readonly report: ReportDocument,
    private readonly columns: readonly PdfColumn<Row>[],
    private readonly style: TableStyle,
    /** Called after every page break this table causes (e.g. to draw a running header). */
    private readonly onNewPage: () => void = () => undefined,
  ) {
    const total = columns.reduce((sum, column) => sum + column.weight, 0);
    this.widths = columns.map((column) => (column.weight / total) * report.width);
  }

  private get bottomLimit(): number {
    const { doc } = this.report;
    return doc.page.height - doc.page.margins.bottom;
  }

  private lines(content: CellContent): readonly CellLine[] {
    return typeof content === 'string' ? [{ text: content }] : content;
  }

  private setFont(line: CellLine): void {
    this.report.doc.font(line.bold ? FONT_BOLD : FONT).fontSize(line.size ?? this.style.fontSize);
  }

  private measure(content: CellContent, width: number): number {
    const { doc } = this.report;
    let height = 0;
    for (const line of this.lines(content)) {
      if (line.text === '') continue;
      this.setFont(line);
      height += doc.heightOfString(line.text, {
        width: width - 2 * this.style.padding,
      });
    }
    return height + 2 * this.style.padding;
  }

  private drawCell(content: CellContent, x: number, y: number, width: number, align: CellAlign, maxHeight: number): void {
    const { doc } = this.report;
    let cursor = y + this.style.padding;
    const innerWidth = width - 2 * this.style.padding;
    for (const line of this.lines(content)) {
      if (line.text === '') continue;
      const remaining = y + maxHeight - this.style.padding - cursor;
      if (remaining <= 0) break;
      this.setFont(line);
      doc.fillColor(line.color ?? (line.muted ? MUTED_COLOR : TEXT_COLOR));
      // `height` + `ellipsis` stop a pathological cell (taller than a page) from spilling over.
      doc.text(line.text, x + this.style.padding, cursor, {
        width: innerWidth,
        align,
        height: remaining,
        ellipsis: true,
      });
      cursor = doc.y;
    }
    doc.fillColor(TEXT_COLOR);
  }

  private ensureRoom(height: number): void {
    const { doc } = this.report;
    if (doc.y + height <= this.bottomLimit) return;
    doc.addPage();
    this.onNewPage();
    this.drawHeader();
    if (this.continuation) this.drawFullWidth(this.continuation.content, this.continuation.fill);
  }

  drawHeader(): void {
    const { doc, left, width } = this.report;
    const headerHeight = Math.max(
      ...this.columns.map((column, index) => this.measure([{ text: column.header, bold: true }], this.widths[index])),
    );
    if (doc.y + headerHeight + 20 > this.bottomLimit) {
      doc.addPage();
      this.onNewPage();
    }
    const y = doc.y;
    doc.save().rect(left, y, width, headerHeight).fill(this.style.headerColor).restore();
    let x = left;
    this.columns.forEach((column, index) => {
      this.drawCell(
        [{ text: column.header, bold: true, color: '#ffffff' }],
        x,
        y,
        this.widths[index],
        column.align ?? 'left',
        headerHeight,
      );
      x += this.widths[index];
    });
    doc.y = y + headerHeight;
    this.zebra = false;
  }

  drawRow(row: Row): void {
    const { doc, left, width } = this.report;
    const maxHeight = this.bottomLimit - doc.page.margins.top - 40;
    const cells = this.columns.map((column) => column.cell(row));
    const height = Math.min(maxHeight, Math.max(...cells.map((content, index) => this.measure(content, this.widths[index]))));
    this.ensureRoom(height);
    const y = doc.y;
    if (this.zebra) doc.save().rect(left, y, width, height).fill('#f3f5f8').restore();
    this.zebra = !this.zebra;
    let x = left;
    cells.forEach((content, index) => {
      this.drawCell(content, x, y, this.widths[index], this.columns[index].align ?? 'left', height);
      x += this.widths[index];
    });
    doc
      .save()
      .moveTo(left, y + height)
      .lineTo(left + width, y + height)
      .lineWidth(0.4)
      .strokeColor(RULE_COLOR)
      .stroke()
      .restore();
    doc.y = y + height;
  }

  /** A row spanning the whole table: section headings and subtotals. */
  drawBand(content: CellContent, options: { fill?: string; keepWithNext?: number } = {}): void {
    const { width } = this.report;
    this.ensureRoom(this.measure(content, width) + (options.keepWithNext ?? 0));
    this.drawFullWidth(content, options.fill);
  }

  private drawFullWidth(content: CellContent, fill?: string): void {
    const { doc, left, width } = this.report;
    const height = this.measure(content, width);
    const y = doc.y;
    if (fill) doc.save().rect(left, y, width, height).fill(fill).restore();
    this.drawCell(content, left, y, width, 'left', height);
    doc.y = y + height;
    this.zebra = false;
  }
}

/** Writes a heading above a table, moving to a new page when the heading and a few rows would not fit. */
export function drawHeading(report: ReportDocument, text: string, onNewPage: () => void = () => undefined): void {
  const { doc, left, width } = report;
  doc.font(FONT_BOLD).fontSize(11);
  if (doc.y + doc.heightOfString(text, { width }) + 60 > doc.page.height - doc.page.margins.bottom) {
    doc.addPage();
    onNewPage();
  }
  doc.moveDown(0.4);
  doc.fillColor(report.brandColor).text(text, left, doc.y, { width });
  doc.fillColor(TEXT_COLOR).font(FONT).fontSize(9);
  doc.moveDown(0.3);
}

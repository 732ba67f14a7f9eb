import {
  centsToDollars,
  formatDecimalForDisplay,
  formatUsd,
  isValidLocalDate,
  neutralizeFormula,
  normalizeCell,
  ReportCellError,
} from './cell-format';
import type { ColumnDef } from './columns';

describe('neutralizeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=cmd', "'\t=cmd"],
    ['\r=cmd', "'\r=cmd"],
    ['\n=cmd', "'\n=cmd"],
    ['  =HYPERLINK("x")', '\'  =HYPERLINK("x")'],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['Maria', 'Maria'],
    ["O'Brien", "O'Brien"],
    ['a=b', 'a=b'],
    ['', ''],
    ['   ', '   '],
  ])('%j -> %j', (input, expected) => {
    expect(neutralizeFormula(input)).toBe(expected);
  });
});

describe('money and decimal display', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [-5, '-0.05'],
    [123456, '1234.56'],
    [-2000, '-20.00'],
  ])('centsToDollars(%d) = %s', (cents, expected) => {
    expect(centsToDollars(cents)).toBe(expected);
  });

  it('formats dollars and decimals for people', () => {
    expect(formatUsd(123456789)).toBe('$1,234,567.89');
    expect(formatUsd(-2000)).toBe('-$20.00');
    expect(formatDecimalForDisplay('12345.5')).toBe('12,345.5');
    expect(formatDecimalForDisplay('-1000')).toBe('-1,000');
  });
});

describe('normalizeCell', () => {
  const column = (kind: ColumnDef<unknown>['kind'], value: unknown): ColumnDef<unknown> => ({
    key: 'k',
    header: 'K',
    kind,
    value: () => value as string,
  });

  it('keeps negative numbers as numbers in numeric columns', () => {
    expect(normalizeCell(column('decimal', '-3.5'), {}, 1)).toEqual({
      kind: 'decimal',
      text: '-3.5',
    });
    expect(normalizeCell(column('money-cents', -150), {}, 1)).toEqual({
      kind: 'money-cents',
      cents: -150,
    });
    expect(normalizeCell(column('integer', -2), {}, 1)).toEqual({
      kind: 'integer',
      value: -2,
    });
  });

  it.each([
    ['decimal', '=1+2'],
    ['decimal', '1e5'],
    ['decimal', 1.5],
    ['money-cents', 10.5],
    ['integer', '3'],
    ['date', '2026-02-30'],
    ['date', '03/14/2026'],
  ])('rejects %s value %j with the column named', (kind, value) => {
    expect(() => normalizeCell(column(kind as ColumnDef<unknown>['kind'], value), {}, 7)).toThrow(ReportCellError);
    expect(() => normalizeCell(column(kind as ColumnDef<unknown>['kind'], value), {}, 7)).toThrow(/Column "k", data row 7/);
  });

  it('treats null, undefined and empty strings as empty cells', () => {
    expect(normalizeCell(column('decimal', null), {}, 1)).toEqual({
      kind: 'empty',
    });
    expect(normalizeCell(column('date', undefined), {}, 1)).toEqual({
      kind: 'empty',
    });
    expect(normalizeCell(column('text', ''), {}, 1)).toEqual({ kind: 'empty' });
  });

  it('validates calendar dates without time zones', () => {
    expect(isValidLocalDate('2024-02-29')).toBe(true);
    expect(isValidLocalDate('2025-02-29')).toBe(false);
  });
});

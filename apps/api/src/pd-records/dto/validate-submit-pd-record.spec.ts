import { DomainError } from '../../common/errors';
import { ActivityType, PdUnit } from '../../domain/pd-enums';
import { SubmitPdRecordInput } from './submit-pd-record.input';
import { validateSubmitPdRecord } from './validate-submit-pd-record';

const TODAY = '2025-03-15';

function input(overrides: Partial<SubmitPdRecordInput> = {}): SubmitPdRecordInput {
  return {
    title: 'Number Talks workshop',
    activityType: ActivityType.WORKSHOP,
    amount: '3.50',
    unit: PdUnit.CLOCK_HOUR,
    completedOn: '2025-03-01',
    categories: ['Math', ' Math '],
    evidenceUrl: 'https://example.org/certificate.pdf',
    catalogItemId: null,
    ...overrides,
  };
}

function failure(overrides: Partial<SubmitPdRecordInput>): DomainError {
  try {
    validateSubmitPdRecord(input(overrides), TODAY);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected validation to fail');
}

describe('validateSubmitPdRecord', () => {
  it('normalises a good submission', () => {
    expect(validateSubmitPdRecord(input(), TODAY)).toEqual({
      title: 'Number Talks workshop',
      activityType: ActivityType.WORKSHOP,
      amount: '3.5',
      unit: PdUnit.CLOCK_HOUR,
      completedOn: '2025-03-01',
      startedOn: null,
      provider: null,
      level: null,
      categories: ['Math'],
      evidenceUrl: 'https://example.org/certificate.pdf',
      catalogItemId: null,
      evidenceFileIds: [],
      preApprovalId: null,
    });
  });

  it('deduplicates and lower-cases evidence file ids, and limits them', () => {
    const id = '1B4E28BA-2FA1-11D2-883F-0016D3CCA427';
    expect(validateSubmitPdRecord(input({ evidenceFileIds: [id, id.toLowerCase()] }), TODAY).evidenceFileIds).toEqual([
      id.toLowerCase(),
    ]);
    const many = Array.from({ length: 11 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(failure({ evidenceFileIds: many }).message).toContain('evidenceFileIds');
    expect(failure({ evidenceFileIds: ['nope'] }).message).toContain('evidenceFileIds');
    expect(failure({ preApprovalId: 'nope' }).message).toContain('preApprovalId');
  });

  it('accepts today', () => {
    expect(validateSubmitPdRecord(input({ completedOn: TODAY }), TODAY).completedOn).toBe(TODAY);
  });

  it.each<[string, Partial<SubmitPdRecordInput>]>([
    ['title', { title: '   ' }],
    ['title', { title: 'x'.repeat(201) }],
    ['amount', { amount: '-3' }],
    ['amount', { amount: '0' }],
    ['amount', { amount: '1.234' }],
    ['amount', { amount: '1e3' }],
    ['amount', { amount: 'NaN' }],
    ['completedOn', { completedOn: '2023-02-30' }],
    ['completedOn', { completedOn: '03/01/2025' }],
    ['completedOn', { completedOn: '2025-03-16' }],
    ['completedOn', { completedOn: '1900-01-01' }],
    ['startedOn', { startedOn: '2025-03-02' }],
    ['startedOn', { startedOn: '2025-02-30' }],
    ['provider', { provider: 'x'.repeat(201) }],
    ['level', { level: 'MASTERS' as never }],
    ['categories', { categories: Array.from({ length: 21 }, (_, i) => `c${i}`) }],
    ['categories', { categories: ['x'.repeat(61)] }],
    ['evidenceUrl', { evidenceUrl: 'javascript:alert(1)' }],
    ['evidenceUrl', { evidenceUrl: 'not a url' }],
    ['catalogItemId', { catalogItemId: 'abc' }],
  ])('rejects a bad %s with BAD_USER_INPUT naming it', (field, overrides) => {
    const error = failure(overrides);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
  });
});

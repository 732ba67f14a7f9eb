import { toSubmitPdRecordInput, validatePdRecordForm, type PdRecordFormValues } from './validate-pd-record-form';

const TODAY = '2025-03-15';
const good: PdRecordFormValues = {
  title: 'Number Talks workshop',
  activityType: 'WORKSHOP',
  amount: '3.5',
  unit: 'CLOCK_HOUR',
  completedOn: '2025-03-01',
  startedOn: '',
  provider: '',
  level: '',
  evidenceUrl: 'https://example.org/certificate.pdf',
  categories: 'Math, Math , ELL',
  catalogItemId: '',
};

describe('validatePdRecordForm', () => {
  it('accepts a good submission, and today', () => {
    expect(validatePdRecordForm(good, TODAY)).toEqual({});
    expect(validatePdRecordForm({ ...good, completedOn: TODAY }, TODAY)).toEqual({});
  });

  it.each<[keyof PdRecordFormValues, Partial<PdRecordFormValues>]>([
    ['title', { title: '   ' }],
    ['title', { title: 'x'.repeat(201) }],
    ['amount', { amount: '' }],
    ['amount', { amount: '0' }],
    ['amount', { amount: '0.00' }],
    ['amount', { amount: '-1' }],
    ['amount', { amount: '1.255' }],
    ['amount', { amount: 'three' }],
    ['completedOn', { completedOn: '' }],
    ['startedOn', { startedOn: '2025-03-02' }],
    ['startedOn', { startedOn: '2025-02-30' }],
    ['provider', { provider: 'x'.repeat(201) }],
    ['completedOn', { completedOn: '2025-02-30' }],
    ['completedOn', { completedOn: '2025-03-16' }],
    ['completedOn', { completedOn: '1949-12-31' }],
    ['evidenceUrl', { evidenceUrl: 'ftp://example.org/file' }],
    ['evidenceUrl', { evidenceUrl: 'not a url' }],
    ['categories', { categories: 'x'.repeat(61) }],
  ])('rejects a bad %s (%p)', (field, change) => {
    expect(Object.keys(validatePdRecordForm({ ...good, ...change }, TODAY))).toEqual([field]);
  });

  it('builds the mutation input: trimmed, categories de-duplicated, empty URL as null', () => {
    expect(toSubmitPdRecordInput({ ...good, title: '  Number Talks  ', evidenceUrl: '  ' })).toEqual({
      title: 'Number Talks',
      activityType: 'WORKSHOP',
      amount: '3.5',
      unit: 'CLOCK_HOUR',
      completedOn: '2025-03-01',
      startedOn: null,
      provider: null,
      level: null,
      categories: ['Math', 'ELL'],
      evidenceUrl: null,
      catalogItemId: null,
    });
    expect(
      toSubmitPdRecordInput({ ...good, startedOn: '2025-02-01', provider: ' Penn State ', level: 'GRADUATE' }),
    ).toMatchObject({ startedOn: '2025-02-01', provider: 'Penn State', level: 'GRADUATE' });
  });

  it('sends the chosen catalog item, or none for a free title', () => {
    expect(toSubmitPdRecordInput({ ...good, catalogItemId: 'a3f1c0de-0000-4000-8000-000000000001' }).catalogItemId).toBe(
      'a3f1c0de-0000-4000-8000-000000000001',
    );
    expect(toSubmitPdRecordInput(good).catalogItemId).toBeNull();
  });
});

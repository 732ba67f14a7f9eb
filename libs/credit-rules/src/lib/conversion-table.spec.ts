import { ACTIVITY_TYPES, RECORD_UNITS } from './canonical-ids';
import { recordShape } from './conversion-table';
import { PdRecordError, type PdRecordInput } from './pd-record';

const record = (activityType: string, unit: string): PdRecordInput =>
  ({ id: 'r1', completedOn: '2024-01-01', activityType, unit, amount: '1' }) as PdRecordInput;

describe('recordShape', () => {
  // The switch fast path and the lookup tables must agree with the canonical lists' positions.
  it.each(ACTIVITY_TYPES.map((a, i) => [a, i] as const))('reads activity type %s as index %i', (activityType, index) => {
    expect(recordShape(record(activityType, 'clock_hour')) & 0xff).toBe(index);
    // A string with the same text that is not the literal (as a database driver hands it over).
    expect(recordShape(record(` ${activityType}`.slice(1), 'clock_hour')) & 0xff).toBe(index);
  });

  it.each(RECORD_UNITS.map((u, i) => [u, i] as const))('reads unit %s as index %i', (unit, index) => {
    expect((recordShape(record('workshop', unit)) >>> 8) & 0xff).toBe(index);
    expect((recordShape(record('workshop', ` ${unit}`.slice(1))) >>> 8) & 0xff).toBe(index);
  });

  it('refuses unknown names, inherited property names and non-strings', () => {
    for (const bad of ['seminar', 'toString', '__proto__', 'Workshop', '']) {
      expect(() => recordShape(record(bad, 'clock_hour'))).toThrow(PdRecordError);
      expect(() => recordShape(record('workshop', bad))).toThrow(PdRecordError);
    }
    expect(() => recordShape(record(1 as unknown as string, 'clock_hour'))).toThrow(PdRecordError);
  });
});

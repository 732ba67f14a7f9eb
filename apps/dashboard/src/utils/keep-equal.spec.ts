import { keepEqual } from './keep-equal';

describe('keepEqual', () => {
  it('keeps the previous objects where the new value equals them, and takes what changed', () => {
    const previous = { a: { x: 1, list: [{ id: 1 }, { id: 2 }] }, b: [1, 2], c: { y: 'same' }, d: 1 };
    const next = { a: { x: 1, list: [{ id: 1 }, { id: 2 }] }, b: [1, 2, 3], c: { y: 'same' }, d: 1 };
    const kept = keepEqual(previous, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(previous);
    expect(kept.a).toBe(previous.a);
    expect(kept.c).toBe(previous.c);
    expect(kept.b).toEqual([1, 2, 3]);
    expect(kept.b).not.toBe(previous.b);
    expect(keepEqual(previous, JSON.parse(JSON.stringify(previous)) as typeof previous)).toBe(previous);
  });

  it('keeps equal items of a changed array, and tells missing, added and null fields apart', () => {
    const previous = [{ id: 1 }, { id: 2 }];
    const kept = keepEqual(previous, [{ id: 1 }, { id: 3 }]);
    expect(kept[0]).toBe(previous[0]);
    expect(kept[1]).toEqual({ id: 3 });
    expect(keepEqual({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    expect(keepEqual({ a: null }, { a: {} })).toEqual({ a: {} });
    expect(keepEqual([1, 2], [1])).toEqual([1]);
    expect(keepEqual(undefined, { a: 1 })).toEqual({ a: 1 });
    expect(keepEqual({ a: 1 }, undefined)).toBeUndefined();
  });
});

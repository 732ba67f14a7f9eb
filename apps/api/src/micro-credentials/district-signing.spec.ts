import { districtDid, encodeStatusList, statusBit, statusListUrl } from './district-signing';

describe('district did:web and status list', () => {
  it('names the district under PUBLIC_URL, with the port percent-encoded', () => {
    const id = '0b5e1f8e-8d3c-4f7a-9a51-0c7e2b1d3f10';
    expect(districtDid('http://localhost:3000', id)).toBe(`did:web:localhost%3A3000:api:districts:${id}`);
    expect(districtDid('https://pd.example.org', id)).toBe(`did:web:pd.example.org:api:districts:${id}`);
    expect(statusListUrl('https://pd.example.org', id)).toBe(`https://pd.example.org/api/districts/${id}/status/revocation`);
  });

  it('sets exactly the revoked bits, left-most bit first', () => {
    const list = encodeStatusList([0, 9, 131071]);
    expect(list.startsWith('u')).toBe(true);
    expect([0, 9, 131071].map((i) => statusBit(list, i))).toEqual([true, true, true]);
    expect([1, 8, 10, 131070].map((i) => statusBit(list, i))).toEqual([false, false, false, false]);
    expect(() => encodeStatusList([131072])).toThrow(RangeError);
  });
});

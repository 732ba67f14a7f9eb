import { districtDid, districtOfDid, districtOfStatusList, encodeStatusList, statusBit, statusListUrl } from './pd-ledger-issuer';

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

describe('recognising this PD Ledger’s own issuers', () => {
  const id = '0b5e1f8e-8d3c-4f7a-9a51-0c7e2b1d3f10';
  it('finds the district of its own did:web and status list, and nothing else', () => {
    expect(districtOfDid('http://localhost:3000', `did:web:localhost%3A3000:api:districts:${id}`)).toBe(id);
    expect(districtOfDid('http://localhost:3000', `did:web:localhost%3A3001:api:districts:${id}`)).toBeNull();
    expect(districtOfDid('http://localhost:3000', `did:web:localhost%3A3000:api:districts:${id}:x`)).toBeNull();
    expect(districtOfStatusList('https://pd.example.org', `https://pd.example.org/api/districts/${id}/status/revocation`)).toBe(
      id,
    );
    expect(
      districtOfStatusList('https://pd.example.org', `https://evil.example.org/api/districts/${id}/status/revocation`),
    ).toBeNull();
  });
});

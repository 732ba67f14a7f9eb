import { clientAddressKey } from './sign-in-rate-limiter';

describe('clientAddressKey', () => {
  it('keeps IPv4 addresses, also IPv4-mapped ones', () => {
    expect(clientAddressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(clientAddressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
  });

  it('groups IPv6 addresses by their /64 prefix', () => {
    expect(clientAddressKey('2001:db8:5:7::1')).toBe('2001:db8:5:7::/64');
    expect(clientAddressKey('2001:0db8:0005:0007:ffff:1:2:3')).toBe('2001:db8:5:7::/64');
    expect(clientAddressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddressKey('::1')).toBe('0:0:0:0::/64');
  });

  it('leaves anything else as it came', () => {
    expect(clientAddressKey('unknown')).toBe('unknown');
  });
});

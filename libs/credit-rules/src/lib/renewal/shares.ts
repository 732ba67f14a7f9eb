// Shares of the requirement ("1/3", "0.5") as exact rationals, parsed once per distinct text.
import { parseScaled } from '../exact-amount';

const rationalCache = new Map<string, { num: number; den: number }>();
export function parseRationalCached(text: string): { num: number; den: number } {
  let r = rationalCache.get(text);
  if (!r) {
    const [n, d] = text.includes('/') ? text.split('/').map(Number) : [parseScaled(text), 10_000];
    r = { num: n!, den: d! };
    rationalCache.set(text, r);
  }
  return r;
}

/** A share as users read it: a whole percentage when it is one, else as written. */
export function shareText(share: string): string {
  const r = parseRationalCached(share);
  const percent = (r.num * 100) / r.den;
  return Number.isInteger(percent) ? `${percent}%` : share;
}

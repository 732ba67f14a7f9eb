// Exact arithmetic for credits. Amounts in records and rule sets are decimals with at most
// AMOUNT_DECIMALS places; a compiled rule set picks an integer sub-unit (1 / (10^4 * L), where L is
// the least common multiple of every conversion factor's and share's denominator) so that every
// converted amount, cap and requirement is an integer number of sub-units. Sums are then plain
// integer additions (checked to stay within Number.MAX_SAFE_INTEGER), and a quarter credit worth 2/3
// of a semester credit is exactly 2/3: three of them make exactly 2. Decimal strings are produced
// only at the edge, by `formatAmount` / `formatAmountGroup` (see the rounding rule there).

export const AMOUNT_DECIMALS = 4;
export const AMOUNT_SCALE = 10_000;

/** A non-negative rational number num/den in lowest terms (den > 0). */
export interface Rational {
  readonly num: number;
  readonly den: number;
}

const DECIMAL_RE = /^\d{1,9}(\.\d{1,4})?$/;
const RATIONAL_RE = /^\d{1,9}\/[1-9]\d{0,5}$/;

/** True if `text` is a non-negative decimal with at most 4 decimal places (e.g. "12.5"). */
export function isDecimalString(text: string): boolean {
  return DECIMAL_RE.test(text);
}

/**
 * Parses a non-negative decimal string ("12.5", "0.75", "3") into an integer count of 1/10^4.
 * Returns NaN for anything else (signs, exponents, more than 4 decimals, blanks). Hand-written
 * because it runs once per record on the converter's hot path.
 */
export function parseScaled(text: string): number {
  const length = text.length;
  if (length === 0 || length > 15) return NaN;
  let whole = 0;
  let i = 0;
  let digits = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) {
      whole = whole * 10 + c;
      digits++;
    } else break;
  }
  if (digits === 0) return NaN;
  let fraction = 0;
  let places = 0;
  if (i < length) {
    if (text.charCodeAt(i) !== 46 /* . */ || i === length - 1) return NaN;
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9 || places === AMOUNT_DECIMALS) return NaN;
      fraction = fraction * 10 + c;
      places++;
    }
  }
  for (; places < AMOUNT_DECIMALS; places++) fraction *= 10;
  return whole * AMOUNT_SCALE + fraction;
}

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function lcm(a: number, b: number): number {
  const result = (a / gcd(a, b)) * b;
  if (!Number.isSafeInteger(result)) throw new RangeError('Denominators too large for exact arithmetic');
  return result;
}

/** Parses "1.5" or "2/3" into a rational in lowest terms; throws on anything else. */
export function parseRational(text: string): Rational {
  if (RATIONAL_RE.test(text)) {
    const [n, d] = text.split('/').map(Number) as [number, number];
    return reduce(n, d);
  }
  const scaled = parseScaled(text);
  if (Number.isNaN(scaled)) throw new RangeError(`Not a decimal or fraction: ${JSON.stringify(text)}`);
  return reduce(scaled, AMOUNT_SCALE);
}

export function isRationalString(text: string): boolean {
  return RATIONAL_RE.test(text) || DECIMAL_RE.test(text);
}

function reduce(num: number, den: number): Rational {
  const g = gcd(num, den) || 1;
  return { num: num / g, den: den / g };
}

/** Throws when a sub-unit computation left the range where JS numbers are exact integers. */
export function assertSafe(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Amount out of exact range in ${what}`);
  return value;
}

// ---- Formatting (the only place where rounding for display happens) ----------------------------

/**
 * Display rule: a value whose decimal expansion terminates is printed exactly (trailing zeros
 * dropped: "12.5", "2"). A value that does not terminate (e.g. 2/3 of a credit) is rounded half-up
 * to DISPLAY_DECIMALS places ("0.6667"). Totals and comparisons always use the exact value.
 */
export const DISPLAY_DECIMALS = 4;

function terminatingDecimals(value: bigint, unit: bigint): number | null {
  let den = unit / bigGcd(value < 0n ? -value : value, unit);
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  return den === 1n ? Math.max(twos, fives) : null;
}

function bigGcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

function pow10(places: number): bigint {
  return 10n ** BigInt(places);
}

/** value/unit scaled to 10^places, rounded half-up (away from zero for halves). */
function scaleHalfUp(value: bigint, unit: bigint, places: number): bigint {
  const negative = value < 0n;
  const n = (negative ? -value : value) * pow10(places) * 2n + unit;
  const q = n / (unit * 2n);
  return negative ? -q : q;
}

function scaleFloor(value: bigint, unit: bigint, places: number): { floor: bigint; remainder: bigint } {
  const n = value * pow10(places);
  return { floor: n / unit, remainder: n % unit };
}

function digitsToString(scaled: bigint, places: number): string {
  const negative = scaled < 0n;
  let digits = (negative ? -scaled : scaled).toString();
  if (places > 0) {
    digits = digits.padStart(places + 1, '0');
    let intPart = digits.slice(0, digits.length - places);
    let frac = digits.slice(digits.length - places).replace(/0+$/, '');
    if (intPart === '') intPart = '0';
    digits = frac ? `${intPart}.${frac}` : intPart;
    frac = '';
  }
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/** Formats `subUnits / unit` as a decimal string per the display rule above. */
export function formatAmount(subUnits: number, unit: number): string {
  if (Number.isInteger(subUnits / unit)) return String(subUnits / unit);
  // Fast path (the common case): the value is a whole number of 1/10^4, printed with string ops.
  const l = unit / AMOUNT_SCALE;
  if (Number.isInteger(l) && subUnits % l === 0) {
    const scaled = subUnits / l;
    const negative = scaled < 0;
    const abs = negative ? -scaled : scaled;
    const whole = Math.floor(abs / AMOUNT_SCALE);
    // The fraction's digits without trailing zeros, by arithmetic (no padding or regex per call).
    let frac = abs - whole * AMOUNT_SCALE;
    let places = AMOUNT_DECIMALS;
    while (frac % 10 === 0) {
      frac /= 10;
      places--;
    }
    const digits = String(frac);
    const text = `${whole}.${digits.length < places ? '0'.repeat(places - digits.length) + digits : digits}`;
    return negative ? `-${text}` : text;
  }
  const v = BigInt(subUnits);
  const u = BigInt(unit);
  const places = terminatingDecimals(v, u);
  if (places !== null) return digitsToString((v * pow10(places)) / u, places);
  return digitsToString(scaleHalfUp(v, u, DISPLAY_DECIMALS), DISPLAY_DECIMALS);
}

/**
 * Formats parts that add up to `sum(parts)` so that the printed parts add up exactly to the printed
 * total. When every part terminates this is just exact printing. Otherwise all parts are printed to
 * the same number of places (at least DISPLAY_DECIMALS), the total is rounded half-up, and the last
 * digit is apportioned by largest remainder (ties go to the earlier part) — the usual method for
 * rounded figures that must still add up.
 */
export function formatAmountGroup(parts: readonly number[], unit: number): { parts: string[]; total: string } {
  const u = BigInt(unit);
  const values = parts.map((p) => BigInt(p));
  const totalValue = values.reduce((a, b) => a + b, 0n);
  let places = 0;
  let allTerminate = true;
  for (const v of [...values, totalValue]) {
    const p = terminatingDecimals(v, u);
    if (p === null) allTerminate = false;
    else places = Math.max(places, p);
  }
  if (allTerminate) {
    return { parts: parts.map((p) => formatAmount(p, unit)), total: formatAmount(Number(totalValue), unit) };
  }
  places = Math.max(places, DISPLAY_DECIMALS);
  const floors = values.map((v) => scaleFloor(v, u, places));
  const totalScaled = scaleHalfUp(totalValue, u, places);
  let deficit = totalScaled - floors.reduce((a, f) => a + f.floor, 0n);
  const order = floors
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = floors[a]!.remainder;
      const rb = floors[b]!.remainder;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  const scaled = floors.map((f) => f.floor);
  for (const i of order) {
    if (deficit <= 0n) break;
    if (floors[i]!.remainder === 0n) continue;
    scaled[i] = scaled[i]! + 1n;
    deficit -= 1n;
  }
  return { parts: scaled.map((s) => digitsToString(s, places)), total: digitsToString(totalScaled, places) };
}

/** Formats an integer count of 1/10^4 (a parsed record or rule amount). */
export function formatScaled(scaled: number): string {
  return formatAmount(scaled, AMOUNT_SCALE);
}

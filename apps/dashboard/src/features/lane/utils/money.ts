/**
 * Integer cents from the API ("6501900") as dollars ("$65,019.00"), with BigInt so five-year
 * totals past 2^53 stay exact. Negative amounts get a leading minus sign.
 */
export function formatCents(cents: string): string {
  const value = BigInt(cents);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const dollars = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const rest = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}$${dollars}.${rest}`;
}

/** Like formatCents with an explicit sign for a difference ("+$1,002.19"). */
export function formatCentsChange(cents: string): string {
  return BigInt(cents) > 0n ? `+${formatCents(cents)}` : formatCents(cents);
}

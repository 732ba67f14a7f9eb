import type { ReportMeta } from './report-rows';

/**
 * Prints when a report was generated, in the district's zone: "2026-03-14 09:30 EDT". Only the
 * generation time has a zone; report dates are calendar dates and are printed as they are.
 */
export function formatGeneratedAt(generatedAt: Date, timeZone = 'UTC'): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(generatedAt);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}

/** "School: Lincoln Elementary; Status: at risk", or "None" when nothing was filtered. */
export function describeFilters(meta: Pick<ReportMeta, 'filters'>): string {
  if (meta.filters.length === 0) return 'None';
  return meta.filters.map((filter) => `${filter.label}: ${filter.value}`).join('; ');
}

import type { EducatorRow, RosterImport, RosterSummary, SchoolRow } from './roster-types';

/**
 * Reads a whole roster into arrays. Only for small files and tests: the point of the streamed
 * parsers is that the API handles one batch at a time.
 */
export async function collectRoster(
  run: RosterImport,
): Promise<{ schools: SchoolRow[]; educators: EducatorRow[]; summary: RosterSummary }> {
  const schools: SchoolRow[] = [];
  const educators: EducatorRow[] = [];
  for await (const batch of run.batches()) {
    if (batch.entity === 'school') schools.push(...batch.rows);
    else educators.push(...batch.rows);
  }
  return { schools, educators, summary: run.summary() };
}

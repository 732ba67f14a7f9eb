/** The school year (July 1 to June 30) is named by the calendar year it starts in, as in the API. */
export function currentSchoolYear(now: Date = new Date()): number {
  return now.getMonth() >= 6 ? now.getFullYear() : now.getFullYear() - 1;
}

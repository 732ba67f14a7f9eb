import { badUserInput } from '../common/errors';

/** A micro-credential's scoring rubric, as stored in `micro_credential.rubric`. */
export interface Rubric {
  criteria: Array<{ id: string; name: string; description: string }>;
  /** Ordered lowest to highest; points are distinct whole numbers. */
  levels: Array<{ id: string; name: string; points: number }>;
  /** The passing rule: every criterion scored at this level or higher, and (optionally) a total. */
  passing: { minimumLevelId: string; minimumTotalPoints: number | null };
}

/** One assessor's score of one criterion. */
export interface CriterionScore {
  criterionId: string;
  levelId: string;
  feedback: string;
}

export interface RubricInputShape {
  criteria: Array<{ id?: string | null; name: string; description: string }>;
  levels: Array<{ id?: string | null; name: string; points: number }>;
  passingLevelId: string;
  minimumTotalPoints?: number | null;
}

const ID = /^[a-z0-9][a-z0-9-]{0,99}$/;

function slug(text: string, fallback: string): string {
  const value = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return value === '' ? fallback : value;
}

function text(field: string, value: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') throw badUserInput(field, value, 'is required');
  if (trimmed.length > max) throw badUserInput(field, value, `must be at most ${max} characters`);
  return trimmed;
}

/** Checks a rubric as HR entered it (or an import produced it) and gives each part a stable id. */
export function parseRubric(input: RubricInputShape): Rubric {
  if (input.criteria.length < 1 || input.criteria.length > 12)
    throw badUserInput('rubric.criteria', input.criteria.length, 'must have between 1 and 12 criteria');
  if (input.levels.length < 2 || input.levels.length > 6)
    throw badUserInput('rubric.levels', input.levels.length, 'must have between 2 and 6 levels');
  const criteria = input.criteria.map((criterion, index) => {
    const name = text(`rubric.criteria[${index}].name`, criterion.name, 200);
    const id = criterion.id ? criterion.id.trim() : slug(name, `criterion-${index + 1}`);
    if (!ID.test(id))
      throw badUserInput(`rubric.criteria[${index}].id`, criterion.id, 'must be lower-case letters, digits and dashes');
    return { id, name, description: text(`rubric.criteria[${index}].description`, criterion.description, 2000) };
  });
  const levels = input.levels.map((level, index) => {
    const name = text(`rubric.levels[${index}].name`, level.name, 100);
    const id = level.id ? level.id.trim() : slug(name, `level-${index + 1}`);
    if (!ID.test(id)) throw badUserInput(`rubric.levels[${index}].id`, level.id, 'must be lower-case letters, digits and dashes');
    if (!Number.isInteger(level.points) || level.points < 0 || level.points > 100)
      throw badUserInput(`rubric.levels[${index}].points`, level.points, 'must be a whole number from 0 to 100');
    return { id, name, points: level.points };
  });
  for (const [list, field] of [
    [criteria, 'rubric.criteria'],
    [levels, 'rubric.levels'],
  ] as const) {
    const ids = list.map((item) => item.id);
    const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
    if (repeated) throw badUserInput(field, repeated, 'ids must be unique');
  }
  for (let i = 1; i < levels.length; i++) {
    if (levels[i]!.points <= levels[i - 1]!.points)
      throw badUserInput('rubric.levels', levels[i]!.points, 'must be ordered lowest to highest with increasing points');
  }
  if (!levels.some((level) => level.id === input.passingLevelId))
    throw badUserInput('rubric.passingLevelId', input.passingLevelId, 'must be the id of one of the levels');
  const minimumTotal = input.minimumTotalPoints ?? null;
  if (minimumTotal !== null) {
    const max = criteria.length * levels[levels.length - 1]!.points;
    if (!Number.isInteger(minimumTotal) || minimumTotal < 0 || minimumTotal > max)
      throw badUserInput('rubric.minimumTotalPoints', minimumTotal, `must be a whole number from 0 to ${max}`);
  }
  return { criteria, levels, passing: { minimumLevelId: input.passingLevelId, minimumTotalPoints: minimumTotal } };
}

/** Checks one assessor's scores: every criterion exactly once, a level of the rubric, feedback. */
export function parseScores(rubric: Rubric, scores: ReadonlyArray<CriterionScore>): CriterionScore[] {
  const byCriterion = new Map<string, CriterionScore>();
  for (const [index, score] of scores.entries()) {
    if (!rubric.criteria.some((criterion) => criterion.id === score.criterionId))
      throw badUserInput(`scores[${index}].criterionId`, score.criterionId, 'is not a criterion of this rubric');
    if (byCriterion.has(score.criterionId))
      throw badUserInput(`scores[${index}].criterionId`, score.criterionId, 'is scored twice');
    if (!rubric.levels.some((level) => level.id === score.levelId))
      throw badUserInput(`scores[${index}].levelId`, score.levelId, 'is not a level of this rubric');
    const feedback = (score.feedback ?? '').trim();
    if (feedback === '') throw badUserInput(`scores[${index}].feedback`, score.feedback, 'is required: tell the teacher why');
    if (feedback.length > 4000)
      throw badUserInput(`scores[${index}].feedback`, score.feedback, 'must be at most 4000 characters');
    byCriterion.set(score.criterionId, { criterionId: score.criterionId, levelId: score.levelId, feedback });
  }
  const missing = rubric.criteria.find((criterion) => !byCriterion.has(criterion.id));
  if (missing) throw badUserInput('scores', missing.id, 'every criterion must be scored');
  return rubric.criteria.map((criterion) => byCriterion.get(criterion.id)!);
}

/** The rubric's passing rule applied to one assessor's scores. */
export function meetsPassingRule(rubric: Rubric, scores: ReadonlyArray<CriterionScore>): boolean {
  const points = new Map(rubric.levels.map((level) => [level.id, level.points]));
  const minimum = points.get(rubric.passing.minimumLevelId)!;
  let total = 0;
  for (const score of scores) {
    const value = points.get(score.levelId);
    if (value === undefined || value < minimum) return false;
    total += value;
  }
  return rubric.passing.minimumTotalPoints === null || total >= rubric.passing.minimumTotalPoints;
}

export type PanelOutcome = 'PASSED' | 'NOT_PASSED' | 'NEEDS_THIRD_ASSESSOR' | 'WAITING';

/**
 * What an attempt's scored assessments decide: two assessors agreeing (both pass or both do not)
 * settle it; one each way needs a third assessor, whose verdict makes the two that agree.
 */
export function panelOutcome(verdicts: readonly boolean[]): PanelOutcome {
  const passes = verdicts.filter((v) => v).length;
  const fails = verdicts.length - passes;
  if (passes >= 2) return 'PASSED';
  if (fails >= 2) return 'NOT_PASSED';
  if (passes === 1 && fails === 1) return 'NEEDS_THIRD_ASSESSOR';
  return 'WAITING';
}

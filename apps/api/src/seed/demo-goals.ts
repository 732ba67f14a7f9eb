import { EntityManager } from 'typeorm';
import { schoolYearOf, schoolYearRange } from '../common/school-year';
import { DEMO_DISTRICT_IDS } from './demo-dataset';
import { GoalMeasure } from '../goals/goal-measure';

interface DemoGoal {
  id: string;
  /** null: district-wide. */
  school: string | null;
  createdBy: string;
  title: string;
  measure: GoalMeasure;
  target: string;
  minimumCount?: number;
  competencyArea?: string;
}

/** Maplewood's goals for the current school year: two district-wide (HR), two for Lincoln Elementary, one for Washington Middle. */
const MAPLEWOOD_GOALS: DemoGoal[] = [
  {
    id: '5eed0000-0000-4000-9000-000000000101',
    school: null,
    createdBy: 'hr@maplewood.example.org',
    title: 'Nine in ten educators on track for license renewal',
    measure: GoalMeasure.RENEWAL_ON_TRACK,
    target: '90',
  },
  {
    id: '5eed0000-0000-4000-9000-000000000102',
    school: null,
    createdBy: 'hr@maplewood.example.org',
    title: 'Every educator learning this year',
    measure: GoalMeasure.ANY_PD_THIS_YEAR,
    target: '95',
  },
  {
    id: '5eed0000-0000-4000-9000-000000000103',
    school: 'Lincoln Elementary',
    createdBy: 'principal@maplewood.example.org',
    title: 'Half of Lincoln staff hold a literacy micro-credential',
    measure: GoalMeasure.MICRO_CREDENTIALS,
    target: '50',
    minimumCount: 1,
    competencyArea: 'Literacy',
  },
  {
    id: '5eed0000-0000-4000-9000-000000000104',
    school: 'Lincoln Elementary',
    createdBy: 'principal@maplewood.example.org',
    title: '20 hours of PD per Lincoln staff member',
    measure: GoalMeasure.AVERAGE_PD_HOURS,
    target: '20',
  },
  {
    id: '5eed0000-0000-4000-9000-000000000105',
    school: 'Washington Middle School',
    createdBy: 'principal2@maplewood.example.org',
    title: 'Everyone at Washington on track for renewal',
    measure: GoalMeasure.RENEWAL_ON_TRACK,
    target: '85',
  },
];

/**
 * Inserts the demo goals for the school year `today` falls in (fixed ids, so a re-seed replaces
 * them with the district). Runs inside the seed's transaction after the dataset is inserted.
 */
export async function insertDemoGoals(manager: EntityManager, today: string): Promise<number> {
  const year = schoolYearRange(schoolYearOf(today));
  const districtId = DEMO_DISTRICT_IDS.maplewood;
  for (const goal of MAPLEWOOD_GOALS) {
    await manager.query(
      `INSERT INTO goal (id, district_id, school_id, title, measure, target, minimum_count, competency_area, starts_on, deadline, created_by_account_id)
       VALUES ($1, $2, (SELECT id FROM school WHERE district_id = $2 AND name = $3), $4, $5, $6, $7, $8, $9, $10,
               (SELECT id FROM user_account WHERE district_id = $2 AND email = $11))`,
      [
        goal.id,
        districtId,
        goal.school,
        goal.title,
        goal.measure,
        goal.target,
        goal.minimumCount ?? null,
        goal.competencyArea ?? null,
        year.start,
        year.end,
        goal.createdBy,
      ],
    );
  }
  return MAPLEWOOD_GOALS.length;
}

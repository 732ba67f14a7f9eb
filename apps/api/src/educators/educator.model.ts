import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PdUnit } from '../domain/pd-enums';

@ObjectType('Educator')
export class EducatorModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  firstName!: string;

  @Field(() => String)
  lastName!: string;

  @Field(() => String)
  fullName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { nullable: true })
  stateEducatorId!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  hireDate!: string | null;

  @Field(() => String, { nullable: true })
  highestDegree!: string | null;

  @Field(() => String, { nullable: true })
  salaryLane!: string | null;

  @Field(() => Int, { nullable: true })
  salaryStep!: number | null;

  @Field(() => Boolean, { description: 'False once a roster import has deactivated the person; their PD history stays.' })
  active!: boolean;

  districtId!: string;
}

@ObjectType('UnitTotal')
export class UnitTotalModel {
  @Field(() => PdUnit)
  unit!: PdUnit;

  @Field(() => String, { description: 'Sum of amounts in this unit, an exact decimal.' })
  amount!: string;

  @Field(() => Int)
  recordCount!: number;
}

@ObjectType('PdTotals')
export class PdTotalsModel {
  @Field(() => String)
  hourEquivalents!: string;

  @Field(() => Int)
  recordCount!: number;

  @Field(() => [UnitTotalModel])
  byUnit!: UnitTotalModel[];
}

export interface EducatorRow {
  id: string;
  district_id: string;
  first_name: string;
  last_name: string;
  email: string;
  state_educator_id: string | null;
  hire_date: string | null;
  highest_degree: string | null;
  salary_lane: string | null;
  salary_step: number | null;
  active: boolean;
}

export const EDUCATOR_COLUMNS = `e.id, e.district_id, e.first_name, e.last_name, e.email, e.state_educator_id, e.hire_date,
  e.highest_degree, e.salary_lane, e.salary_step, e.active`;

export function toEducatorModel(row: EducatorRow): EducatorModel {
  return {
    id: row.id,
    districtId: row.district_id,
    firstName: row.first_name,
    lastName: row.last_name,
    fullName: `${row.first_name} ${row.last_name}`,
    email: row.email,
    stateEducatorId: row.state_educator_id,
    hireDate: row.hire_date,
    highestDegree: row.highest_degree,
    salaryLane: row.salary_lane,
    salaryStep: row.salary_step,
    active: row.active,
  };
}

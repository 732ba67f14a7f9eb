import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RenewalStandingModel } from '../renewal-standing/renewal-standing.model';
import { EducatorModel } from '../educators/educator.model';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

export enum StaffSortField {
  NAME = 'NAME',
  PD_HOURS = 'PD_HOURS',
  RECORD_COUNT = 'RECORD_COUNT',
  LAST_PD = 'LAST_PD',
}

registerEnumType(SortDirection, { name: 'SortDirection' });
registerEnumType(StaffSortField, { name: 'StaffSortField' });

@ObjectType('StaffRow')
export class StaffRowModel {
  @Field(() => EducatorModel)
  educator!: EducatorModel;

  @Field(() => String, { description: 'Hour equivalents of approved and verified PD in the school year.' })
  hourEquivalents!: string;

  @Field(() => Int)
  recordCount!: number;

  @Field(() => String, { nullable: true, description: 'Latest completion date in the school year, YYYY-MM-DD.' })
  lastPdOn!: string | null;

  @Field(() => RenewalStandingModel, {
    nullable: true,
    description:
      'The current license cycle as of today, by the same converter as the teacher sees; null without a license under a state rule set.',
  })
  renewal!: RenewalStandingModel | null;
}

@ObjectType('StaffPage')
export class StaffPageModel {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [StaffRowModel])
  rows!: StaffRowModel[];
}

@ObjectType('MonthTotal')
export class MonthTotalModel {
  @Field(() => String, { description: 'YYYY-MM' })
  month!: string;

  @Field(() => String)
  hourEquivalents!: string;

  @Field(() => Int)
  recordCount!: number;
}

import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { badUserInput } from '../common/errors';
import { todayIsoDate } from '../common/school-year';
import { isLocalDate } from '@pd-ledger/credit-rules';
import { DistrictSalaryScheduleModel, SalaryScheduleModel, SetSalaryScheduleInput } from './salary-schedules.models';
import { SalarySchedulesService } from './salary-schedules.service';

/** The district's salary schedule: everyone in the district reads it with its citations; HR chooses or edits it. */
@Resolver(() => SalaryScheduleModel)
export class SalarySchedulesResolver {
  constructor(private readonly schedules: SalarySchedulesService) {}

  @Roles(...ALL_ROLES)
  @Query(() => DistrictSalaryScheduleModel, {
    description: "The district's salary schedule in force on asOf (default today) with its lane and compensation rules.",
  })
  async salarySchedule(
    @CurrentViewer() viewer: Viewer,
    @Args('asOf', { type: () => String, nullable: true, description: 'YYYY-MM-DD, default today' }) asOf?: string | null,
  ): Promise<DistrictSalaryScheduleModel> {
    if (asOf != null && !isLocalDate(asOf)) throw badUserInput('asOf', asOf, 'must be a calendar date YYYY-MM-DD');
    const date = asOf ?? todayIsoDate();
    return { asOf: date, schedule: await this.schedules.inForce(viewer, date) };
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => [SalaryScheduleModel], {
    description: 'HR: the shipped salary-schedule presets (traditional lanes and micro-credential pay models) with citations.',
  })
  salarySchedulePresets(): SalaryScheduleModel[] {
    return this.schedules.presets();
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => SalaryScheduleModel, {
    description:
      'HR: a new version of the district schedule from effectiveFrom: a preset as shipped, or an edited definition (validated; errors name the field). Audited.',
  })
  setSalarySchedule(
    @Args('input', { type: () => SetSalaryScheduleInput }) input: SetSalaryScheduleInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<SalaryScheduleModel> {
    return this.schedules.set(viewer, input, context.req);
  }
}

import { Args, Context, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { checkIntRange } from '../common/validation';
import { CreateGoalInput, UpdateGoalInput } from './dto/goal.input';
import { GoalModel, GoalPersonPageModel, GoalProgressModel } from './goal.model';
import { GoalsService } from './goals.service';

const MAX_NOT_COUNTED_PAGE = 200;

/**
 * Whether the field being resolved selects `name` anywhere below it (fragments included). Errs
 * towards yes: a selection it cannot follow counts as asking.
 */
function mayAsk(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): boolean =>
    (selectionSet?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === name || visit(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return visit(selection.selectionSet);
      const fragment = info.fragments[selection.name.value];
      if (!fragment) return true;
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      return visit(fragment.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/** Goals for principals (their schools) and HR (any school, or the district). Teachers have none. */
@Resolver(() => GoalModel)
export class GoalsResolver {
  constructor(private readonly goalsService: GoalsService) {}

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => [GoalModel], {
    description:
      'Goals the viewer may see: with schoolId, that school’s; without, principals get their schools’ and the district-wide goals, HR every goal.',
  })
  goals(
    @CurrentViewer() viewer: Viewer,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string | null,
    @Args('includeArchived', { type: () => Boolean, nullable: true, defaultValue: false }) includeArchived?: boolean,
  ): Promise<GoalModel[]> {
    return this.goalsService.list(viewer, schoolId, includeArchived ?? false);
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => GoalModel, { description: 'One goal; NOT_FOUND when it is not the viewer’s to see.' })
  goal(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string): Promise<GoalModel> {
    return this.goalsService.find(viewer, id);
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => [String], { description: 'Competency areas of the district catalog, for micro-credential goals.' })
  goalCompetencyAreas(@CurrentViewer() viewer: Viewer): Promise<string[]> {
    return this.goalsService.competencyAreas(viewer);
  }

  @ResolveField(() => GoalProgressModel, {
    description: 'Computed live from the records as of today (or the deadline once it has passed).',
  })
  progress(
    @Parent() goal: GoalModel,
    @Context() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<GoalProgressModel> {
    return this.goalsService.progress(context.req, viewerOf(context), goal, undefined, mayAsk(info, 'notCounted'));
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Mutation(() => GoalModel, {
    description:
      'Creates a goal (principals: for one of their schools; HR: any school or, without schoolId, the district). Audited.',
  })
  createGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CreateGoalInput }) input: CreateGoalInput,
    @Context() context: GraphQLContext,
  ): Promise<GoalModel> {
    return this.goalsService.create(viewer, input, context.req);
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Mutation(() => GoalModel, {
    description: 'Changes a goal’s title, target, N, competency area or dates. Audited with before and after.',
  })
  updateGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => UpdateGoalInput }) input: UpdateGoalInput,
    @Context() context: GraphQLContext,
  ): Promise<GoalModel> {
    return this.goalsService.update(viewer, id, input, context.req);
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Mutation(() => GoalModel, { description: 'Archives a goal (kept, hidden from the default list). Idempotent. Audited.' })
  archiveGoal(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphQLContext,
  ): Promise<GoalModel> {
    return this.goalsService.archive(viewer, id, context.req);
  }
}

@Resolver(() => GoalProgressModel)
export class GoalProgressResolver {
  constructor(private readonly goalsService: GoalsService) {}

  @ResolveField(() => GoalPersonPageModel, {
    description: 'Staff not counted yet, in name order, a page at a time (limit at most 200).',
  })
  async notCounted(
    @Parent() progress: GoalProgressModel,
    @Context() context: GraphQLContext,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset: number,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 25 }) limit: number,
  ): Promise<GoalPersonPageModel> {
    checkIntRange('offset', offset, 0, 1_000_000);
    checkIntRange('limit', limit, 0, MAX_NOT_COUNTED_PAGE);
    const items = await this.goalsService.notCountedPage(viewerOf(context), progress, offset, limit);
    return { total: progress.notCountedPeople.length, offset, items };
  }
}

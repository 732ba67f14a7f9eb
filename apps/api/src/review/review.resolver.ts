import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import { ViewerModel } from '../auth/viewer.model';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { notFound } from '../common/errors';
import { EducatorModel } from '../educators/educator.model';
import { EducatorsService } from '../educators/educators.service';
import { PdStatus } from '../domain/pd-enums';
import { PdRecordModel } from '../pd-records/pd-record.model';
import { PreApprovalsService } from './pre-approvals.service';
import { PreApprovalStatus } from '../domain/review-enums';
import { PreApprovalInput } from './dto/pre-approval.input';
import { PreApprovalPageModel, PreApprovalRequestModel, ReviewQueuePageModel, ReviewSettingsModel } from './review.model';
import { ReviewService } from './review.service';

const REVIEWERS = [Role.HR_ADMIN, Role.PRINCIPAL];

/** The review queue and decisions on PD records. Principals only when the district allows it. */
@Resolver(() => PdRecordModel)
export class ReviewResolver {
  constructor(
    private readonly review: ReviewService,
    private readonly preApprovals: PreApprovalsService,
  ) {}

  @Roles(...REVIEWERS)
  @Query(() => ReviewQueuePageModel, {
    description:
      'PD records to review (default SUBMITTED, oldest first). HR: the district; principals: their schools, if the district allows.',
  })
  reviewQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string | null,
    @Args('status', { type: () => PdStatus, nullable: true, defaultValue: PdStatus.SUBMITTED }) status?: PdStatus | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 25 }) limit?: number | null,
  ): Promise<ReviewQueuePageModel> {
    return this.review.queue(viewer, { schoolId, status, offset, limit });
  }

  @Roles(...REVIEWERS)
  @Mutation(() => PdRecordModel, {
    description:
      'Approves a SUBMITTED record. Refused when it duplicates a counted record, unless distinctReason declares them distinct (audited). Audited.',
  })
  approvePdRecord(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('feedback', { type: () => String, nullable: true }) feedback?: string | null,
    @Args('distinctReason', {
      type: () => String,
      nullable: true,
      description: 'Why this record is not a copy of its likely duplicates.',
    })
    distinctReason?: string | null,
  ): Promise<PdRecordModel> {
    return this.review.decide(viewer, id, PdStatus.APPROVED, feedback, context.req, distinctReason);
  }

  @Roles(...REVIEWERS)
  @Mutation(() => PdRecordModel, {
    description: 'Rejects a SUBMITTED record; feedback is required and shown to the teacher. Audited.',
  })
  rejectPdRecord(
    @Args('id', { type: () => ID }) id: string,
    @Args('feedback', { type: () => String }) feedback: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PdRecordModel> {
    return this.review.decide(viewer, id, PdStatus.REJECTED, feedback, context.req);
  }

  @Roles(...REVIEWERS)
  @Mutation(() => PdRecordModel, {
    description:
      'Returns a SUBMITTED record to the teacher (CHANGES_REQUESTED) with required feedback; they edit and resubmit. Audited.',
  })
  requestChanges(
    @Args('id', { type: () => ID }) id: string,
    @Args('feedback', { type: () => String }) feedback: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PdRecordModel> {
    return this.review.decide(viewer, id, PdStatus.CHANGES_REQUESTED, feedback, context.req);
  }

  @Roles(...REVIEWERS)
  @Mutation(() => [PdRecordModel], {
    description:
      'Approves up to 200 SUBMITTED records all-or-nothing: if one cannot be approved, nothing changes and the error names it. ' +
      'Likely duplicates of counted records are refused unless the reviewer confirms them with distinctReason.',
  })
  bulkApprovePdRecords(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('distinctReason', {
      type: () => String,
      nullable: true,
      description: 'Confirms likely duplicates as distinct PD, with this reason.',
    })
    distinctReason?: string | null,
  ): Promise<PdRecordModel[]> {
    return this.review.bulkApprove(viewer, ids, context.req, distinctReason);
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Query(() => ReviewSettingsModel, {
    description: "The district's review settings (HR; principals read them to know whether they review).",
  })
  reviewSettings(@CurrentViewer() viewer: Viewer): Promise<ReviewSettingsModel> {
    return this.review.settings(viewer);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => ReviewSettingsModel, { description: "Lets principals review their schools' PD (or stops them). Audited." })
  setPrincipalsCanReview(
    @Args('enabled', { type: () => Boolean }) enabled: boolean,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<ReviewSettingsModel> {
    return this.review.setPrincipalsCanReview(viewer, enabled, context.req);
  }

  @ResolveField(() => PreApprovalRequestModel, {
    nullable: true,
    description: 'The approved pre-approval request this record fulfils.',
  })
  preApproval(@Parent() record: PdRecordModel, @Context() context: GraphQLContext): Promise<PreApprovalRequestModel | null> {
    if (!record.preApprovalId) return Promise.resolve(null);
    return this.preApprovals.byId(context.req, viewerOf(context), record.preApprovalId);
  }
}

/** Pre-approval requests: teachers ask before the activity; reviewers decide through the same queue rules. */
@Resolver(() => PreApprovalRequestModel)
export class PreApprovalsResolver {
  constructor(
    private readonly preApprovals: PreApprovalsService,
    private readonly educators: EducatorsService,
  ) {}

  @Roles(Role.TEACHER)
  @Mutation(() => PreApprovalRequestModel, {
    description: 'Asks for pre-approval of a planned activity (status PENDING). Audited.',
  })
  requestPreApproval(
    @Args('input', { type: () => PreApprovalInput }) input: PreApprovalInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PreApprovalRequestModel> {
    return this.preApprovals.request(viewer, input, context.req);
  }

  @Roles(Role.TEACHER)
  @Query(() => [PreApprovalRequestModel], { description: "The teacher's own pre-approval requests, newest first." })
  myPreApprovals(@CurrentViewer() viewer: Viewer): Promise<PreApprovalRequestModel[]> {
    return this.preApprovals.mine(viewer);
  }

  @Roles(...REVIEWERS)
  @Query(() => PreApprovalPageModel, {
    description: 'Pre-approval requests to decide (default PENDING, oldest first); same reviewers as reviewQueue.',
  })
  preApprovalQueue(
    @CurrentViewer() viewer: Viewer,
    @Args('schoolId', { type: () => ID, nullable: true }) schoolId?: string | null,
    @Args('status', { type: () => PreApprovalStatus, nullable: true, defaultValue: PreApprovalStatus.PENDING })
    status?: PreApprovalStatus | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 25 }) limit?: number | null,
  ): Promise<PreApprovalPageModel> {
    return this.preApprovals.queue(viewer, { schoolId, status, offset, limit });
  }

  @Roles(...REVIEWERS)
  @Mutation(() => PreApprovalRequestModel, { description: 'Approves a PENDING pre-approval request. Audited.' })
  approvePreApproval(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('feedback', { type: () => String, nullable: true }) feedback?: string | null,
  ): Promise<PreApprovalRequestModel> {
    return this.preApprovals.decide(viewer, id, PreApprovalStatus.APPROVED, feedback, context.req);
  }

  @Roles(...REVIEWERS)
  @Mutation(() => PreApprovalRequestModel, {
    description: 'Denies a PENDING pre-approval request; feedback is required. Audited.',
  })
  denyPreApproval(
    @Args('id', { type: () => ID }) id: string,
    @Args('feedback', { type: () => String }) feedback: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PreApprovalRequestModel> {
    return this.preApprovals.decide(viewer, id, PreApprovalStatus.DENIED, feedback, context.req);
  }

  @ResolveField(() => EducatorModel)
  async educator(@Parent() request: PreApprovalRequestModel, @Context() context: GraphQLContext): Promise<EducatorModel> {
    const educator = await this.educators.findAccessible(context.req, viewerOf(context), request.educatorId);
    if (!educator) throw notFound('Educator');
    return educator;
  }
}

/** Viewer.canReview: whether to show the review queues. */
@Resolver(() => ViewerModel)
export class ViewerReviewResolver {
  constructor(private readonly review: ReviewService) {}

  @ResolveField(() => Boolean, { description: 'Whether this account may use reviewQueue / preApprovalQueue now.' })
  canReview(@Parent() me: ViewerModel): Promise<boolean> {
    return this.review.canReview(me.viewer);
  }
}

import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { PdRecordModel } from '../pd-records/pd-record.model';
import { PdRecordDuplicateModel, PossibleDuplicateInput } from '../pd-records/duplicate.model';
import { DuplicatesService } from './duplicates.service';
import { VoidingService } from './voiding.service';

/** Void and restore (HR), and duplicates: flagged on records, checked before submitting, declared distinct by reviewers. */
@Resolver(() => PdRecordModel)
export class RecordIntegrityResolver {
  constructor(
    private readonly voiding: VoidingService,
    private readonly duplicates: DuplicatesService,
  ) {}

  @Roles(Role.HR_ADMIN)
  @Mutation(() => PdRecordModel, {
    description:
      'Voids a counted record (APPROVED or VERIFIED) with a reason shown to the teacher; it stops counting at once. HR. Audited.',
  })
  voidPdRecord(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, description: '1 to 2000 characters.' }) reason: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PdRecordModel> {
    return this.voiding.voidRecord(viewer, id, reason, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => PdRecordModel, {
    description:
      'Restores a VOIDED record to the status it had. Refused while another copy of the same PD counts, unless distinctReason declares them distinct. HR. Audited.',
  })
  restorePdRecord(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, description: '1 to 2000 characters.' }) reason: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('distinctReason', { type: () => String, nullable: true }) distinctReason?: string | null,
  ): Promise<PdRecordModel> {
    return this.voiding.restoreRecord(viewer, id, reason, distinctReason, context.req);
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL)
  @Mutation(() => [PdRecordDuplicateModel], {
    description:
      'Declares a record distinct from its likely duplicates (e.g. a repeatable workshop), so each may count. Reviewers; reason required. Audited. Returns the records it was declared distinct from.',
  })
  markPdRecordDistinct(
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => String, description: '1 to 2000 characters.' }) reason: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PdRecordDuplicateModel[]> {
    return this.duplicates.markDistinct(viewer, id, reason, context.req);
  }

  @Roles(Role.TEACHER)
  @Query(() => [PdRecordDuplicateModel], {
    description:
      "The teacher's own submitted or counted records that look like the PD she is about to submit (same achievement, or same course).",
  })
  myPossibleDuplicates(
    @Args('input', { type: () => PossibleDuplicateInput }) input: PossibleDuplicateInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<PdRecordDuplicateModel[]> {
    return this.duplicates.forCandidate(viewer, input);
  }

  @ResolveField(() => [PdRecordDuplicateModel], {
    description:
      "The educator's other submitted or counted records that look like the same PD, unless a reviewer declared them distinct.",
  })
  possibleDuplicates(@Parent() record: PdRecordModel, @Context() context: GraphQLContext): Promise<PdRecordDuplicateModel[]> {
    return this.duplicates.forRecord(context.req, viewerOf(context), record.id);
  }
}

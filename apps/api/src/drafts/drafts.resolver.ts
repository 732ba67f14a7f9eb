import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles, viewerOf } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { EvidenceFileModel } from '../evidence/evidence.model';
import { EvidenceService } from '../evidence/evidence.service';
import { SubmitPdRecordInput } from '../pd-records/dto/submit-pd-record.input';
import { PdRecordModel } from '../pd-records/pd-record.model';
import { DraftsService } from './drafts.service';
import { PdDraftInput } from './dto/pd-draft.input';
import { PdDraftModel } from './pd-draft.model';

/** Teacher drafts (autosave) and resubmission after "changes requested". */
@Resolver(() => PdDraftModel)
export class DraftsResolver {
  constructor(
    private readonly drafts: DraftsService,
    private readonly evidence: EvidenceService,
  ) {}

  @Roles(Role.TEACHER)
  @Query(() => [PdDraftModel], { description: "The teacher's drafts, most recently saved first." })
  myDrafts(@CurrentViewer() viewer: Viewer): Promise<PdDraftModel[]> {
    return this.drafts.mine(viewer);
  }

  @Roles(Role.TEACHER)
  @Mutation(() => PdDraftModel, {
    description:
      'Autosave: creates a draft (no id) or replaces draft `id` with the form as typed (unvalidated, size-bounded). With `pdRecordId` (a CHANGES_REQUESTED record of yours) the draft edits that record.',
  })
  saveDraft(
    @Args('input', { type: () => PdDraftInput }) input: PdDraftInput,
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
    @Args('pdRecordId', { type: () => ID, nullable: true }) pdRecordId?: string | null,
  ): Promise<PdDraftModel> {
    return this.drafts.save(viewer, id, pdRecordId, input);
  }

  @Roles(Role.TEACHER)
  @Mutation(() => PdRecordModel, {
    description: 'Validates and submits a draft (or resubmits the record it edits); the draft is then removed.',
  })
  submitDraft(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PdRecordModel> {
    return this.drafts.submit(viewer, id, context.req);
  }

  @Roles(Role.TEACHER)
  @Mutation(() => Boolean, { description: 'Deletes one of your drafts.' })
  discardDraft(
    @Args('id', { type: () => ID }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.drafts.discard(viewer, id, context.req);
  }

  @Roles(Role.TEACHER)
  @Mutation(() => PdRecordModel, {
    description: 'Edits your CHANGES_REQUESTED record and puts it back in the review queue (SUBMITTED). Audited.',
  })
  resubmitPdRecord(
    @Args('id', { type: () => ID }) id: string,
    @Args('input', { type: () => SubmitPdRecordInput }) input: SubmitPdRecordInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PdRecordModel> {
    return this.drafts.resubmit(viewer, id, input, context.req);
  }

  @ResolveField(() => [EvidenceFileModel], {
    description: 'The uploaded files the draft references (ones that no longer exist are left out).',
  })
  evidenceFiles(@Parent() draft: PdDraftModel, @Context() context: GraphQLContext): Promise<EvidenceFileModel[]> {
    return this.evidence.filesOfEducator(viewerOf(context), draft.educatorId, draft.evidenceFileIds);
  }
}

import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { CredentialIssuerService } from './credential-issuer.service';
import {
  AssessorAccountModel,
  AssessorAssignmentModel,
  AssessorWorkloadModel,
  CriterionScoreInput,
  McReviewRowModel,
  McSubmissionModel,
  McSubmissionStatus,
  MicroCredentialImportInput,
  MicroCredentialInput,
  MicroCredentialModel,
  MicroCredentialSettingsModel,
  PortfolioEntryInput,
  PortfolioEntryModel,
} from './micro-credentials.model';
import { MicroCredentialsService } from './micro-credentials.service';

/**
 * The micro-credential cycle. Teachers pursue, HR runs the catalog and the assessors, assessors
 * score only what is assigned to them (every other operation refuses them by role).
 */
@Resolver()
export class MicroCredentialsResolver {
  constructor(
    private readonly cycle: MicroCredentialsService,
    private readonly issuer: CredentialIssuerService,
  ) {}

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER)
  @Query(() => [MicroCredentialModel], { description: "The district's micro-credentials, searchable by competency or name." })
  microCredentials(
    @CurrentViewer() viewer: Viewer,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit = 50,
  ): Promise<MicroCredentialModel[]> {
    return this.cycle.search(viewer, search, limit);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => MicroCredentialModel, {
    description: 'HR adds a micro-credential (a catalog item) with its rubric and credit.',
  })
  createMicroCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => MicroCredentialInput }) input: MicroCredentialInput,
    @Context() context: GraphQLContext,
  ): Promise<MicroCredentialModel> {
    return this.cycle.create(viewer, input, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => MicroCredentialModel, {
    description: 'HR imports an Open Badges 3.0 Achievement (criteria, alignments) with a rubric and credit.',
  })
  importMicroCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => MicroCredentialImportInput }) input: MicroCredentialImportInput,
    @Context() context: GraphQLContext,
  ): Promise<MicroCredentialModel> {
    return this.cycle.importAchievement(viewer, input, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => MicroCredentialSettingsModel)
  microCredentialSettings(@CurrentViewer() viewer: Viewer): Promise<MicroCredentialSettingsModel> {
    return this.cycle.settings(viewer);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => MicroCredentialSettingsModel, { description: 'Blind review and the resubmission limit.' })
  updateMicroCredentialSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('blindReview', { type: () => Boolean }) blindReview: boolean,
    @Args('resubmissionLimit', { type: () => Int }) resubmissionLimit: number,
    @Context() context: GraphQLContext,
  ): Promise<MicroCredentialSettingsModel> {
    return this.cycle.updateSettings(viewer, blindReview, resubmissionLimit, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => [AssessorAccountModel])
  assessors(@CurrentViewer() viewer: Viewer): Promise<AssessorAccountModel[]> {
    return this.cycle.assessors(viewer);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => AssessorAccountModel, {
    description: 'An assessor account without a password; give them a link with createPasswordSetLink.',
  })
  createAssessor(
    @CurrentViewer() viewer: Viewer,
    @Args('email', { type: () => String }) email: string,
    @Args('displayName', { type: () => String }) displayName: string,
    @Context() context: GraphQLContext,
  ): Promise<AssessorAccountModel> {
    return this.cycle.createAssessor(viewer, email, displayName, context.req);
  }

  @Roles(Role.TEACHER)
  @Mutation(() => McSubmissionModel, { description: 'A teacher starts a micro-credential, optionally tied to a growth goal.' })
  startMicroCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('microCredentialId', { type: () => ID }) microCredentialId: string,
    @Args('growthGoal', { type: () => String, nullable: true }) growthGoal: string | null,
    @Context() context: GraphQLContext,
  ): Promise<McSubmissionModel> {
    return this.cycle.start(viewer, microCredentialId, growthGoal, context.req);
  }

  @Roles(Role.TEACHER)
  @Mutation(() => PortfolioEntryModel, { description: "Autosaves one criterion's portfolio entry." })
  savePortfolioEntry(
    @CurrentViewer() viewer: Viewer,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('entry', { type: () => PortfolioEntryInput }) entry: PortfolioEntryInput,
  ): Promise<PortfolioEntryModel> {
    return this.cycle.savePortfolioEntry(viewer, submissionId, entry);
  }

  @Roles(Role.TEACHER)
  @Mutation(() => McSubmissionModel, { description: 'Submits (or resubmits) the portfolio for assessment.' })
  submitMicroCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Context() context: GraphQLContext,
  ): Promise<McSubmissionModel> {
    return this.cycle.submit(viewer, submissionId, context.req);
  }

  @Roles(Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER)
  @Query(() => [McSubmissionModel], {
    description: "An educator's micro-credentials (default: the teacher's own); principals see their staff's, with growth goals.",
  })
  microCredentialSubmissions(
    @CurrentViewer() viewer: Viewer,
    @Args('educatorId', { type: () => ID, nullable: true }) educatorId?: string | null,
  ): Promise<McSubmissionModel[]> {
    return this.cycle.submissionsOf(viewer, educatorId);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => [McReviewRowModel], { description: 'Submitted and decided portfolios, with their assessors.' })
  microCredentialReview(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => McSubmissionStatus, nullable: true }) status?: McSubmissionStatus | null,
  ): Promise<McReviewRowModel[]> {
    return this.cycle.reviewRows(viewer, status);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => McReviewRowModel, {
    description: 'Assigns an assessor to the current attempt (two; a third when they disagree).',
  })
  assignAssessor(
    @CurrentViewer() viewer: Viewer,
    @Args('submissionId', { type: () => ID }) submissionId: string,
    @Args('assessorAccountId', { type: () => ID }) assessorAccountId: string,
    @Context() context: GraphQLContext,
  ): Promise<McReviewRowModel> {
    return this.cycle.assign(viewer, submissionId, assessorAccountId, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => [AssessorWorkloadModel], { description: "Each assessor's open and scored assignments and mean turnaround." })
  assessorWorkload(@CurrentViewer() viewer: Viewer): Promise<AssessorWorkloadModel[]> {
    return this.cycle.workload(viewer);
  }

  @Roles(Role.ASSESSOR)
  @Query(() => [AssessorAssignmentModel], { description: 'The portfolios assigned to the signed-in assessor.' })
  myAssessments(@CurrentViewer() viewer: Viewer): Promise<AssessorAssignmentModel[]> {
    return this.cycle.assignments(viewer);
  }

  @Roles(Role.ASSESSOR)
  @Mutation(() => AssessorAssignmentModel, { description: 'Scores every criterion of an assigned portfolio, with feedback.' })
  scoreAssessment(
    @CurrentViewer() viewer: Viewer,
    @Args('assessmentId', { type: () => ID }) assessmentId: string,
    @Args('scores', { type: () => [CriterionScoreInput] }) scores: CriterionScoreInput[],
    @Context() context: GraphQLContext,
  ): Promise<AssessorAssignmentModel> {
    return this.cycle.score(viewer, assessmentId, scores, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => Boolean, {
    description: 'Revokes a credential the district issued: published in its status list; the record stops counting.',
  })
  revokeCredential(
    @CurrentViewer() viewer: Viewer,
    @Args('credentialId', { type: () => ID }) credentialId: string,
    @Args('reason', { type: () => String }) reason: string,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    return this.issuer.revoke(viewer, credentialId, reason, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => String, { description: "Rotates the district's signing key; returns the new verification method id." })
  rotateDistrictSigningKey(@CurrentViewer() viewer: Viewer, @Context() context: GraphQLContext): Promise<string> {
    return this.issuer.rotateKey(viewer, context.req);
  }
}

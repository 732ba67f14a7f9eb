import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentViewer, Public, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { checkIntRange, parseUuid } from '../common/validation';
import {
  AccountWithoutPasswordModel,
  ImportKind,
  ImportRunModel,
  PasswordResetNoticeModel,
  PasswordSetLinkModel,
} from './import-run.model';
import { ImportActor, ImportsService } from './imports.service';
import { PasswordSetService } from './password-set.service';

function actorOf(viewer: Viewer, context: GraphQLContext): ImportActor {
  return { districtId: viewer.districtId, accountId: viewer.accountId, request: context.req };
}

/**
 * Imports, after the upload: uploads go to POST /api/imports/:kind (multipart, see
 * imports.controller.ts), which answers with the preview; applying and browsing happen here.
 */
@Resolver(() => ImportRunModel)
export class ImportsResolver {
  constructor(
    private readonly imports: ImportsService,
    private readonly passwordLinks: PasswordSetService,
  ) {}

  @Roles(Role.HR_ADMIN)
  @Mutation(() => ImportRunModel, {
    description: 'Applies a roster preview in one transaction (HR). Fails, changing nothing, if the data no longer fits.',
  })
  applyRosterImport(
    @Args('importId', { type: () => ID }) importId: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<ImportRunModel> {
    return this.imports.apply(ImportKind.ROSTER, parseUuid('importId', importId), actorOf(viewer, context));
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => ImportRunModel, {
    description: 'Applies a vendor transcript preview in one transaction (HR): its rows become VERIFIED PD records.',
  })
  applyTranscriptImport(
    @Args('importId', { type: () => ID }) importId: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<ImportRunModel> {
    return this.imports.apply(ImportKind.TRANSCRIPT, parseUuid('importId', importId), actorOf(viewer, context));
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => [ImportRunModel], { description: "The district's imports, newest first (HR)." })
  importRuns(
    @CurrentViewer() viewer: Viewer,
    @Args('kind', { type: () => ImportKind, nullable: true }) kind?: ImportKind | null,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 20 }) limit = 20,
  ): Promise<ImportRunModel[]> {
    checkIntRange('offset', offset, 0, 1_000_000);
    checkIntRange('limit', limit, 1, 100);
    return this.imports.listRuns(viewer.districtId, kind ?? null, offset, limit);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => ImportRunModel, { description: 'One import with its problems (HR, own district).' })
  importRun(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer): Promise<ImportRunModel> {
    return this.imports.findRun(viewer.districtId, parseUuid('id', id));
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => [AccountWithoutPasswordModel], { description: 'Imported accounts whose person has not set a password yet (HR).' })
  accountsWithoutPassword(
    @CurrentViewer() viewer: Viewer,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit = 100,
  ): Promise<AccountWithoutPasswordModel[]> {
    checkIntRange('offset', offset, 0, 1_000_000);
    checkIntRange('limit', limit, 1, 500);
    return this.passwordLinks.accountsWithoutPassword(viewer, offset, limit);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => PasswordSetLinkModel, {
    description: 'A one-time link (valid 7 days) for the person to set their password; replaces older links (HR).',
  })
  createPasswordSetLink(
    @Args('accountId', { type: () => ID }) accountId: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PasswordSetLinkModel> {
    return this.passwordLinks.createLink(viewer, parseUuid('accountId', accountId), context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Mutation(() => PasswordSetLinkModel, {
    description:
      'Resets the password of an account in the district that has one (HR; not other HR admins): clears it, ends all its sessions and returns a one-time set-password link; the owner is told who reset it and when after signing in again.',
  })
  resetAccountPassword(
    @Args('email', { type: () => String }) email: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
  ): Promise<PasswordSetLinkModel> {
    return this.passwordLinks.resetPassword(viewer, email, context.req);
  }

  @Roles(...ALL_ROLES)
  @Query(() => [PasswordResetNoticeModel], {
    description: 'The notice that HR reset the signed-in person’s password (who and when), until they dismiss it: empty or one.',
  })
  async myPasswordResetNotices(@CurrentViewer() viewer: Viewer): Promise<PasswordResetNoticeModel[]> {
    const notice = await this.passwordLinks.resetNotice(viewer);
    return notice ? [notice] : [];
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Boolean, { description: 'Dismisses the password reset notice; false when there was none.' })
  dismissPasswordResetNotice(@CurrentViewer() viewer: Viewer, @Context() context: GraphQLContext): Promise<boolean> {
    return this.passwordLinks.dismissResetNotice(viewer, context.req);
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sets the password with a one-time link token (public). At least 12 characters. Ends the account’s sessions.',
  })
  async setPassword(
    @Args('token', { type: () => String }) token: string,
    @Args('password', { type: () => String }) password: string,
    @Context() context: GraphQLContext,
  ): Promise<boolean> {
    await this.passwordLinks.setPassword(token, password, context.req);
    return true;
  }
}

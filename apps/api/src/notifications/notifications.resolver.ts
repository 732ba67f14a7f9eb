import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ALL_ROLES, CurrentViewer, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { GraphQLContext, Viewer } from '../access/viewer';
import { NotificationKind } from './notification-kinds';
import {
  EmailDeliveryPageModel,
  EmailStatus,
  NotificationJobStatusModel,
  NotificationModel,
  NotificationPageModel,
  NotificationPreferenceModel,
} from './notifications.model';
import { NotificationService } from './notifications.service';

/** Each person's own notifications and email choices; HR's outbox and job status for the district. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationService) {}

  @Roles(...ALL_ROLES)
  @Query(() => NotificationPageModel, { description: "The signed-in person's notifications, newest first." })
  notifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly?: boolean | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 25 }) limit?: number | null,
  ): Promise<NotificationPageModel> {
    return this.service.list(viewer, { unreadOnly, offset, limit });
  }

  @Roles(...ALL_ROLES)
  @Query(() => Int, { description: "How many of the signed-in person's notifications are unread." })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Int, {
    description:
      'Marks notifications read (only your own; another id is NOT_FOUND); without ids, all of them. Answers the unread count.',
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args('ids', { type: () => [ID], nullable: true }) ids?: string[] | null,
  ): Promise<number> {
    return this.service.markRead(viewer, ids ?? null);
  }

  @Roles(...ALL_ROLES)
  @Query(() => [NotificationPreferenceModel], { description: 'Which notifications the signed-in person also gets by email.' })
  notificationPreferences(@CurrentViewer() viewer: Viewer): Promise<NotificationPreferenceModel[]> {
    return this.service.preferences(viewer);
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => [NotificationPreferenceModel], { description: 'Turns one kind of email on or off for yourself. Audited.' })
  setNotificationEmail(
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphQLContext,
    @Args('kind', { type: () => NotificationKind }) kind: NotificationKind,
    @Args('email') email: boolean,
  ): Promise<NotificationPreferenceModel[]> {
    return this.service.setPreference(viewer, kind, email, context.req);
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => EmailDeliveryPageModel, {
    description: "HR: the district's emails, newest first (held here when no SMTP server is configured).",
  })
  emailOutbox(
    @CurrentViewer() viewer: Viewer,
    @Args('status', { type: () => EmailStatus, nullable: true }) status?: EmailStatus | null,
    @Args('offset', { type: () => Int, nullable: true, defaultValue: 0 }) offset?: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 25 }) limit?: number | null,
  ): Promise<EmailDeliveryPageModel> {
    return this.service.outbox(viewer, { status, offset, limit });
  }

  @Roles(Role.HR_ADMIN)
  @Query(() => NotificationJobStatusModel, {
    description: "HR: the scheduled jobs' last runs and failures for the district, and email counts.",
  })
  notificationJobStatus(@CurrentViewer() viewer: Viewer): Promise<NotificationJobStatusModel> {
    return this.service.jobStatus(viewer);
  }
}

import { Module } from '@nestjs/common';
import { RenewalStandingModule } from '../renewal-standing/renewal-standing.module';
import { EmailDeliveryService } from './email-delivery.service';
import { JobQueue } from './job-queue';
import { Mailer } from './mailer';
import { NotificationJobs } from './notification-jobs';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationService } from './notifications.service';
import { ScheduledNotificationsService } from './scheduled-notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';

@Module({
  imports: [RenewalStandingModule],
  controllers: [UnsubscribeController],
  providers: [
    Mailer,
    JobQueue,
    NotificationService,
    ScheduledNotificationsService,
    EmailDeliveryService,
    NotificationJobs,
    NotificationsResolver,
  ],
  exports: [NotificationService],
})
export class NotificationsModule {}

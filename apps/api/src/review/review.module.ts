import { Module } from '@nestjs/common';
import { EducatorsModule } from '../educators/educators.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RecordIntegrityModule } from '../record-integrity/record-integrity.module';
import { PreApprovalsService } from './pre-approvals.service';
import { PreApprovalsResolver, ReviewResolver, ViewerReviewResolver } from './review.resolver';
import { ReviewService } from './review.service';

@Module({
  imports: [EducatorsModule, RecordIntegrityModule, NotificationsModule],
  providers: [ReviewService, PreApprovalsService, ReviewResolver, PreApprovalsResolver, ViewerReviewResolver],
})
export class ReviewModule {}

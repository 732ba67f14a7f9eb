import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { StoredResponses } from './stored-responses';

/** Whole home answers kept per API process while the district's data is unchanged. */
@Module({ imports: [AuthModule], providers: [StoredResponses], exports: [StoredResponses] })
export class StoredResponsesModule {}

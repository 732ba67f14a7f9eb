import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { GRAPHQL_PATH } from '../common/api-paths';
import { StoredResponses } from './stored-responses';

/** Whole home answers kept per API process while the district's data is unchanged. */
@Module({ imports: [AuthModule], providers: [StoredResponses], exports: [StoredResponses] })
export class StoredResponsesModule implements NestModule {
  constructor(private readonly stored: StoredResponses) {}

  /** Kept answers are given in front of Apollo Server (whose own middleware Nest adds after this). */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(this.stored.middleware()).forRoutes({ path: GRAPHQL_PATH, method: RequestMethod.POST });
  }
}

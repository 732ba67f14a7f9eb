import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerOf } from '../access/decorators';
import type { GraphQLContext } from '../access/viewer';
import { EducatorModel } from '../educators/educator.model';
import { PdRecordModel } from './pd-record.model';
import { PD_RECORDS_MAX_LIMIT, PdRecordsService } from './pd-records.service';

/** Educator.pdRecords lives here so the educators module does not depend on PD records. */
@Resolver(() => EducatorModel)
export class EducatorPdRecordsResolver {
  constructor(private readonly pdRecordsService: PdRecordsService) {}

  @ResolveField(() => [PdRecordModel], {
    description: `All statuses, newest first: the newest \`limit\` (1-${PD_RECORDS_MAX_LIMIT}).`,
  })
  pdRecords(
    @Parent() educator: EducatorModel,
    @Context() context: GraphQLContext,
    @Args('limit', { type: () => Int, defaultValue: PD_RECORDS_MAX_LIMIT }) limit: number,
  ): Promise<PdRecordModel[]> {
    return this.pdRecordsService.recordsOfEducator(context.req, viewerOf(context), educator.id, limit);
  }
}

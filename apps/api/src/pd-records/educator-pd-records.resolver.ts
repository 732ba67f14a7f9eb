import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerOf } from '../access/decorators';
import type { GraphQLContext } from '../access/viewer';
import { EducatorModel } from '../educators/educator.model';
import { PdRecordModel } from './pd-record.model';
import { PdRecordsService } from './pd-records.service';

/** Educator.pdRecords lives here so the educators module does not depend on PD records. */
@Resolver(() => EducatorModel)
export class EducatorPdRecordsResolver {
  constructor(private readonly pdRecordsService: PdRecordsService) {}

  @ResolveField(() => [PdRecordModel], { description: 'All statuses, newest first.' })
  pdRecords(@Parent() educator: EducatorModel, @Context() context: GraphQLContext): Promise<PdRecordModel[]> {
    return this.pdRecordsService.recordsOfEducator(context.req, viewerOf(context), educator.id);
  }
}

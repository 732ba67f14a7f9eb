import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { viewerOf } from '../access/decorators';
import type { GraphQLContext } from '../access/viewer';
import { PdRecordModel } from './pd-record.model';
import { EvidenceFileModel } from '../evidence/evidence.model';
import { EvidenceService } from '../evidence/evidence.service';

/** PdRecord.evidenceFiles: the record's evidence, read through the evidence module's service. */
@Resolver(() => PdRecordModel)
export class PdRecordEvidenceResolver {
  constructor(private readonly evidence: EvidenceService) {}

  @ResolveField(() => [EvidenceFileModel], {
    description: 'Uploaded evidence and, for verified badges, the original badge file.',
  })
  evidenceFiles(@Parent() record: PdRecordModel, @Context() context: GraphQLContext): Promise<EvidenceFileModel[]> {
    return this.evidence.filesOfRecord(context.req, viewerOf(context), record.id);
  }
}

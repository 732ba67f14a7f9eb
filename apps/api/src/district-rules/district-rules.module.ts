import { Module } from '@nestjs/common';
import { DistrictRulesResolver } from './district-rules.resolver';
import { DistrictRulesService } from './district-rules.service';

/** A district's own additions to its states' rule presets (overrides), and reading them back. */
@Module({
  providers: [DistrictRulesService, DistrictRulesResolver],
  exports: [DistrictRulesService],
})
export class DistrictRulesModule {}

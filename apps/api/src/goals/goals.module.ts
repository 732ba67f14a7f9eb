import { Module } from '@nestjs/common';
import { RenewalStandingModule } from '../renewal-standing/renewal-standing.module';
import { GoalProgressResolver, GoalsResolver } from './goals.resolver';
import { GoalsService } from './goals.service';

/** School and district goals with live progress. */
@Module({
  imports: [RenewalStandingModule],
  providers: [GoalsService, GoalsResolver, GoalProgressResolver],
  exports: [GoalsService],
})
export class GoalsModule {}

import { Module } from '@nestjs/common';
import { RenewalsModule } from '../renewals/renewals.module';
import { GoalProgressResolver, GoalsResolver } from './goals.resolver';
import { GoalsService } from './goals.service';

/** School and district goals with live progress (issue 5, Goals). */
@Module({
  imports: [RenewalsModule],
  providers: [GoalsService, GoalsResolver, GoalProgressResolver],
  exports: [GoalsService],
})
export class GoalsModule {}

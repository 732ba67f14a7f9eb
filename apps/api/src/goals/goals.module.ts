import { Module } from '@nestjs/common';
import { CreditModule } from '../credit/credit.module';
import { GoalProgressResolver, GoalsResolver } from './goals.resolver';
import { GoalsService } from './goals.service';

/** School and district goals with live progress (issue 5, Goals). */
@Module({
  imports: [CreditModule],
  providers: [GoalsService, GoalsResolver, GoalProgressResolver],
  exports: [GoalsService],
})
export class GoalsModule {}

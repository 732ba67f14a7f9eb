import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DistrictsModule } from '../districts/districts.module';
import { EducatorsModule } from '../educators/educators.module';
import { SchoolsModule } from '../schools/schools.module';
import { AuthGuard } from './auth.guard';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordService } from './password.service';
import { SessionService } from './session.service';
import { SignInRateLimiter } from './sign-in-rate-limiter';

@Module({
  imports: [DistrictsModule, EducatorsModule, SchoolsModule],
  providers: [
    PasswordService,
    SessionService,
    SignInRateLimiter,
    AuthService,
    AuthResolver,
    // Global: every resolver and controller goes through it, deny by default.
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [PasswordService, SessionService],
})
export class AuthModule {}

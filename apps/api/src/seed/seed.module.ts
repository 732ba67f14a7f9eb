import { Module } from '@nestjs/common';
import { PasswordService } from '../auth/password.service';
import { DemoSeedService } from './demo-seed.service';

@Module({ providers: [DemoSeedService, PasswordService], exports: [DemoSeedService] })
export class SeedModule {}

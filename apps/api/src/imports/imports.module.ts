import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';
import { AuthModule } from '../auth/auth.module';
import { AppConfig, configValue } from '../config/app-config';
import { NotificationsModule } from '../notifications/notifications.module';
import { ImportApplySweeper } from './import-apply-sweeper';
import { ImportsController, UploadRequestGuard } from './imports.controller';
import { ImportsResolver } from './imports.resolver';
import { ImportsService } from './imports.service';
import { PasswordSetService } from './password-set.service';

/** Roster and vendor transcript imports, and the one-time password links of imported accounts. */
@Module({
  imports: [
    AuthModule,
    NotificationsModule,
    MulterModule.registerAsync({
      inject: [ConfigService],
      // In memory: the bytes go into PostgreSQL (import_file) so any replica can apply the preview.
      useFactory: (config: AppConfig) => ({
        limits: { fileSize: configValue(config, 'IMPORT_MAX_UPLOAD_MB') * 1024 * 1024, files: 8, fields: 10, parts: 20 },
      }),
    }),
  ],
  controllers: [ImportsController],
  providers: [ImportsService, PasswordSetService, ImportsResolver, UploadRequestGuard, ImportApplySweeper],
  exports: [ImportsService],
})
export class ImportsModule {}

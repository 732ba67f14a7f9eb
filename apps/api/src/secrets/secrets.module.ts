import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type AppConfig, configValue } from '../config/app-config';
import { SecretKeyring, loadMasterKey } from './secret-keyring';

/** Provides the one SecretKeyring (see secret-keyring.ts) to every module. */
@Global()
@Module({
  providers: [
    {
      provide: SecretKeyring,
      inject: [ConfigService],
      useFactory: (config: AppConfig) =>
        new SecretKeyring(
          loadMasterKey({
            secretKey: configValue(config, 'SECRET_KEY'),
            dataDir: configValue(config, 'DATA_DIR'),
            production: configValue(config, 'NODE_ENV') === 'production',
          }),
        ),
    },
  ],
  exports: [SecretKeyring],
})
export class SecretsModule {}

import { Module } from '@nestjs/common';
import { CatalogItemResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';

@Module({ providers: [CatalogService, CatalogItemResolver], exports: [CatalogService] })
export class CatalogModule {}

import { Module } from '@nestjs/common';
import { FiguresSnapshotModule } from '../figures-snapshot/figures-snapshot.module';
import { SchoolsResolver } from './schools.resolver';
import { SchoolsService } from './schools.service';

@Module({ imports: [FiguresSnapshotModule], providers: [SchoolsService, SchoolsResolver], exports: [SchoolsService] })
export class SchoolsModule {}

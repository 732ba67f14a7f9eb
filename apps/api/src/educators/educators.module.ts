import { Module } from '@nestjs/common';
import { SchoolsModule } from '../schools/schools.module';
import { EducatorsResolver } from './educators.resolver';
import { EducatorsService } from './educators.service';

@Module({ imports: [SchoolsModule], providers: [EducatorsService, EducatorsResolver], exports: [EducatorsService] })
export class EducatorsModule {}

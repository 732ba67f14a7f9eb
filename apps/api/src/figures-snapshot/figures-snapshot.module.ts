import { Module } from '@nestjs/common';
import { FiguresSnapshotStore } from './figures-snapshot-store';

/** Stored home answers, valid until the next write to what they are computed from. */
@Module({ providers: [FiguresSnapshotStore], exports: [FiguresSnapshotStore] })
export class FiguresSnapshotModule {}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../access/viewer';
import { notFound } from '../common/errors';
import { DistrictModel } from './district.model';

@Injectable()
export class DistrictsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The viewer's own district: the only one anybody can see. */
  async viewerDistrict(viewer: Viewer): Promise<DistrictModel> {
    // Read with the session by the same request: no older than this request.
    if (viewer.district) return { ...viewer.district };
    const rows: Array<{ id: string; name: string; state_code: string }> = await this.dataSource.query(
      `SELECT id, name, state_code FROM district WHERE id = $1`,
      [viewer.districtId],
    );
    if (!rows[0]) throw notFound('District');
    return { id: rows[0].id, name: rows[0].name, stateCode: rows[0].state_code };
  }
}

import type { LicenseModel } from './license.model';

/** The license columns every license query selects; pairs with `toLicenseModel`. */
export const LICENSE_COLUMNS = `l.id, l.educator_id, l.state_code, l.license_type, l.number, l.issued_on, l.cycle_start, l.cycle_end`;

export interface LicenseRow {
  id: string;
  educator_id: string;
  state_code: string;
  license_type: string;
  number: string;
  issued_on: string;
  cycle_start: string;
  cycle_end: string;
}

export function toLicenseModel(row: LicenseRow): LicenseModel {
  return {
    id: row.id,
    stateCode: row.state_code,
    licenseType: row.license_type,
    number: row.number,
    issuedOn: row.issued_on,
    cycleStart: row.cycle_start,
    cycleEnd: row.cycle_end,
  };
}

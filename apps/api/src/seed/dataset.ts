import { EntityManager } from 'typeorm';
import { bulkInsert } from '../database/bulk-insert';

/** Rows for a set of districts, in insertion order; shared by the demo seed and test factories. */
export interface Dataset {
  districts: Array<[id: string, name: string, stateCode: string]>;
  schools: Array<[id: string, districtId: string, name: string]>;
  educators: Array<
    [
      id: string,
      districtId: string,
      firstName: string,
      lastName: string,
      email: string,
      stateEducatorId: string | null,
      hireDate: string | null,
      highestDegree: string | null,
      salaryLane: string | null,
      salaryStep: number | null,
    ]
  >;
  educatorSchools: Array<[districtId: string, educatorId: string, schoolId: string]>;
  licenses: Array<
    [
      id: string,
      districtId: string,
      educatorId: string,
      stateCode: string,
      licenseType: string,
      number: string,
      issuedOn: string,
      cycleStart: string,
      cycleEnd: string,
    ]
  >;
  issuers: Array<[id: string, districtId: string, name: string, url: string | null]>;
  catalogItems: Array<
    [
      id: string,
      districtId: string,
      issuerId: string,
      name: string,
      kind: string,
      competencyArea: string | null,
      stack: string | null,
      statedHours: string | null,
    ]
  >;
  accounts: Array<
    [
      id: string,
      districtId: string,
      email: string,
      passwordHash: string,
      role: string,
      displayName: string,
      educatorId: string | null,
      disabled: boolean,
    ]
  >;
  accountSchools: Array<[districtId: string, accountId: string, schoolId: string]>;
  pdRecords: Array<
    [
      id: string,
      districtId: string,
      educatorId: string,
      catalogItemId: string | null,
      title: string,
      activityType: string,
      amount: string,
      unit: string,
      completedOn: string,
      categories: string[],
      evidenceUrl: string | null,
      status: string,
      feedback: string | null,
      source: string,
    ]
  >;
}

export function emptyDataset(): Dataset {
  return {
    districts: [],
    schools: [],
    educators: [],
    educatorSchools: [],
    licenses: [],
    issuers: [],
    catalogItems: [],
    accounts: [],
    accountSchools: [],
    pdRecords: [],
  };
}

/** Inserts a dataset with bulk statements through the given (transaction) manager. */
export async function insertDataset(manager: EntityManager, data: Dataset): Promise<void> {
  await bulkInsert(manager, 'district', ['id', 'name', 'state_code'], data.districts);
  await bulkInsert(manager, 'school', ['id', 'district_id', 'name'], data.schools);
  await bulkInsert(
    manager,
    'educator',
    [
      'id',
      'district_id',
      'first_name',
      'last_name',
      'email',
      'state_educator_id',
      'hire_date',
      'highest_degree',
      'salary_lane',
      'salary_step',
    ],
    data.educators,
  );
  await bulkInsert(manager, 'educator_school', ['district_id', 'educator_id', 'school_id'], data.educatorSchools);
  await bulkInsert(
    manager,
    'license',
    ['id', 'district_id', 'educator_id', 'state_code', 'license_type', 'number', 'issued_on', 'cycle_start', 'cycle_end'],
    data.licenses,
  );
  await bulkInsert(manager, 'issuer', ['id', 'district_id', 'name', 'url'], data.issuers);
  await bulkInsert(
    manager,
    'catalog_item',
    ['id', 'district_id', 'issuer_id', 'name', 'kind', 'competency_area', 'stack', 'stated_hours'],
    data.catalogItems,
  );
  await bulkInsert(
    manager,
    'user_account',
    ['id', 'district_id', 'email', 'password_hash', 'role', 'display_name', 'educator_id', 'disabled'],
    data.accounts,
  );
  await bulkInsert(manager, 'user_account_school', ['district_id', 'user_account_id', 'school_id'], data.accountSchools);
  await bulkInsert(
    manager,
    'pd_record',
    [
      'id',
      'district_id',
      'educator_id',
      'catalog_item_id',
      'title',
      'activity_type',
      'amount',
      'unit',
      'completed_on',
      'categories',
      'evidence_url',
      'status',
      'feedback',
      'source',
    ],
    data.pdRecords,
  );
}

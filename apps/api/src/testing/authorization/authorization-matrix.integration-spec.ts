import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildSchema } from 'graphql';
import { schoolYearOf, todayIsoDate } from '../../common/school-year';
import { Actor, ACTORS, MatrixOperation, World } from './authorization-matrix';
import { createDistrict, TEST_PASSWORD } from '../district-factory';
import { errorCode, GraphQLClient } from '../graphql-client';
import { startTestApp, TestApp } from '../test-app';
import { badgeOperations } from './badges.matrix';
import { renewalOperations } from './renewals.matrix';

import { districtRuleOperations } from './district-rules.matrix';
import { salaryScheduleOperations } from './salary-schedules.matrix';
import { goalOperations } from './goals.matrix';
import { dashboardOperations } from './dashboards.matrix';
import { importOperations } from './imports.matrix';
import { recordIntegrityOperations } from './record-integrity.matrix';
import { reportOperations } from './reports.matrix';
import { reviewOperations } from './review.matrix';
import { platformOperations } from './platform.matrix';
import { signInOidcOperations } from './sign-in-oidc.matrix';
import { notificationOperations } from './notifications.matrix';
import { microCredentialOperations } from './micro-credentials.matrix';

const schoolYear = schoolYearOf(todayIsoDate()) - 1;

/**
 * Every feature lists its operations x callers in a `<feature>.authorization.ts` file; register
 * the list here. The completeness test below fails when a query or mutation in the committed
 * schema has no row, so a new operation cannot ship without its authorization being tested.
 */
const operations: MatrixOperation[] = [
  ...platformOperations,
  ...importOperations,
  ...reviewOperations,
  ...badgeOperations,
  ...renewalOperations,
  ...districtRuleOperations,
  ...salaryScheduleOperations,
  ...goalOperations,
  ...reportOperations,
  ...dashboardOperations,
  ...recordIntegrityOperations,
  ...signInOidcOperations,
  ...notificationOperations,
  ...microCredentialOperations,
];

/** The root field an operation exercises: the matrix names rows `field` or `field(args)` or `field (note)`. */
function rootFieldOf(operation: MatrixOperation): string {
  return operation.name.split(/[ (]/)[0];
}

describe('authorization matrix coverage', () => {
  it('has a row for every query and mutation in apps/api/schema.gql', () => {
    const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../schema.gql'), 'utf8'));
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) => Object.keys(type?.getFields() ?? {}));
    const covered = new Set(operations.map(rootFieldOf));
    expect(rootFields.filter((field) => !covered.has(field))).toEqual([]);
  });
});

describe('authorization matrix', () => {
  let testApp: TestApp;
  let world: World;
  const clients = new Map<Actor, GraphQLClient>();

  beforeAll(async () => {
    testApp = await startTestApp();
    world = {
      d1: await createDistrict(testApp.dataSource, { schoolYear }),
      d2: await createDistrict(testApp.dataSource, { schoolYear }),
    };
  });

  afterAll(() => testApp.close());

  async function signInAll(): Promise<Map<Actor, GraphQLClient>> {
    const signedIn = new Map<Actor, GraphQLClient>();
    const emails: Record<Exclude<Actor, 'anonymous'>, string> = {
      teacher: world.d1.accounts.teacherA.email,
      teacherOtherSchool: world.d1.accounts.teacherB.email,
      principal: world.d1.accounts.principalA.email,
      principalOtherSchool: world.d1.accounts.principalB.email,
      hr: world.d1.accounts.hr.email,
      hrOtherDistrict: world.d2.accounts.hr.email,
      assessor: world.d1.accounts.assessor.email,
    };
    signedIn.set('anonymous', new GraphQLClient(testApp.baseUrl));
    for (const [actor, email] of Object.entries(emails) as Array<[Actor, string]>) {
      const client = new GraphQLClient(testApp.baseUrl);
      const response = await client.signIn(email, TEST_PASSWORD);
      expect(response.errors).toBeUndefined();
      signedIn.set(actor, client);
    }
    return signedIn;
  }

  beforeAll(async () => {
    for (const [actor, client] of await signInAll()) clients.set(actor, client);
  });

  const cases = operations.flatMap((operation) =>
    ACTORS.map((actor) => [operation.name, actor, operation.expect[actor], operation] as const),
  );

  it.each(cases)('%s as %s -> %s', async (_name, actor, expected, operation) => {
    const countBefore = await pdRecordCount(testApp, world);
    // Sessions that the operation may end are made for it alone, so rows stay independent.
    const client = operation.freshSession ? (await signInAll()).get(actor)! : clients.get(actor)!;
    const response = await operation.run(client, world);
    if (expected === 'allowed') {
      expect(response.errors).toBeUndefined();
      operation.check?.(response, actor, world);
    } else {
      expect(errorCode(response)).toBe(expected);
      // Denied: no data at all, and nothing changed.
      expect(response.data ?? null).toBeNull();
      expect(await pdRecordCount(testApp, world)).toBe(countBefore);
    }
  });

  it('never leaks another school’s records through nested fields', async () => {
    const principalB = clients.get('principalOtherSchool')!;
    const response = await principalB.request(`{ staff { rows { educator { id pdRecords { id educator { id } } } } } }`);
    const seen = JSON.stringify(response.data);
    for (const recordId of world.d1.records.teacherA) expect(seen).not.toContain(recordId);
  });

  it('answers NOT_FOUND for ids that do not exist, exactly as for ids of others', async () => {
    const response = await clients.get('hr')!.request(`query($id: ID!) { educator(id: $id) { id } }`, { id: randomUUID() });
    expect(errorCode(response)).toBe('NOT_FOUND');
    expect(response.data).toBeNull();
  });

  it('rejects another district’s catalog item on submission', async () => {
    const response = await clients
      .get('teacher')!
      .request(`mutation($input: SubmitPdRecordInput!) { submitPdRecord(input: $input) { id } }`, {
        input: {
          title: 'Borrowed credential',
          activityType: 'MICRO_CREDENTIAL',
          amount: '1',
          unit: 'MICRO_CREDENTIAL',
          completedOn: '2024-01-10',
          catalogItemId: world.d2.catalogItemId,
        },
      });
    expect(errorCode(response)).toBe('NOT_FOUND');
  });

  it('denies school figures to a principal of another school when reached through an educator', async () => {
    const response = await clients.get('principal')!.request(`{ me { schools { id staffCount } } }`);
    expect(response.errors).toBeUndefined();
    const other = await clients.get('teacher')!.request(`{ me { schools { id staffCount } } }`);
    expect(errorCode(other)).toBe('FORBIDDEN');
  });
});

async function pdRecordCount(testApp: TestApp, world: World): Promise<number> {
  const [{ count }] = (await testApp.dataSource.query(
    `SELECT count(*)::int AS count FROM pd_record WHERE district_id = ANY($1::uuid[])`,
    [[world.d1.districtId, world.d2.districtId]],
  )) as Array<{ count: number }>;
  return count;
}

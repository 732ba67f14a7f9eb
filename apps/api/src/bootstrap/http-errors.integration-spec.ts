// Domain errors on the REST routes answer with a status and { statusCode, code, message, field? }
// through the HTTP filter: the shapes the dashboard's upload and download code reads.
import { createDistrict, DistrictFixture, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { startTestApp, TestApp } from '../testing/test-app';
import { download, upload } from '../testing/upload-client';

describe('HTTP answers for domain errors', () => {
  let testApp: TestApp;
  let d: DistrictFixture;
  let teacher: GraphQLClient;
  let hr: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    d = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    teacher = new GraphQLClient(testApp.baseUrl);
    await teacher.signIn(d.accounts.teacherA.email, TEST_PASSWORD);
    hr = new GraphQLClient(testApp.baseUrl);
    await hr.signIn(d.accounts.hr.email, TEST_PASSWORD);
  });

  afterAll(() => testApp.close());

  it('answers 400 BAD_USER_INPUT for an evidence upload without files or with an empty file', async () => {
    const none = await upload(teacher, testApp.baseUrl, '/api/evidence', []);
    expect(none).toEqual({
      status: 400,
      body: { statusCode: 400, code: 'BAD_USER_INPUT', message: 'No file was uploaded (use the form field "files")' },
    });
    const empty = await upload(teacher, testApp.baseUrl, '/api/evidence', [{ name: 'blank.pdf', bytes: Buffer.alloc(0) }]);
    expect(empty).toEqual({ status: 400, body: { statusCode: 400, code: 'BAD_USER_INPUT', message: 'blank.pdf is empty' } });
  });

  it('answers 400 BAD_USER_INPUT for a roster upload that cannot be an import at all', async () => {
    const none = await upload(hr, testApp.baseUrl, '/api/imports/roster', []);
    expect(none).toEqual({ status: 400, body: { statusCode: 400, code: 'BAD_USER_INPUT', message: 'No file was uploaded.' } });
    const empty = await upload(hr, testApp.baseUrl, '/api/imports/roster', [{ name: 'staff.csv', bytes: Buffer.alloc(0) }]);
    expect(empty).toEqual({
      status: 400,
      body: { statusCode: 400, code: 'BAD_USER_INPUT', message: 'staff.csv is empty (0 bytes).' },
    });
  });

  it('answers 400 or 404, naming the field, for a badge upload that cannot be read at all', async () => {
    const none = await upload(teacher, testApp.baseUrl, '/api/badges', []);
    expect(none).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        code: 'BAD_USER_INPUT',
        message: 'No badge file was uploaded (use the form field "files")',
        field: 'files',
      },
    });
    const badge = [{ name: 'badge.json', bytes: '{}', type: 'application/json' }];
    const noEducator = await upload(hr, testApp.baseUrl, '/api/badges', badge);
    expect(noEducator).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        code: 'BAD_USER_INPUT',
        message: 'educatorId is required: choose the educator the badges belong to',
        field: 'educatorId',
      },
    });
    const unknown = await upload(hr, testApp.baseUrl, '/api/badges', badge, {
      fields: { educatorId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown).toEqual({
      status: 404,
      body: { statusCode: 404, code: 'NOT_FOUND', message: 'Educator not found', field: 'educatorId' },
    });
  });

  it('answers 404 NOT_FOUND, naming the formats, for an unknown export format', async () => {
    const response = await download(hr, testApp.baseUrl, '/api/reports/lane-change/docx');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'Unknown export format "docx"; use csv, xlsx, pdf',
    });
  });
});

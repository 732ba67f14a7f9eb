import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import type { ImportSource } from './file-bundle';
import { parseOneRoster } from './oneroster-parser';
import { collectRoster } from './roster-collect';

const FIXTURES = join(__dirname, '__fixtures__');
let tmp: string;

function writeZip(path: string, files: Record<string, Buffer>): Promise<void> {
  const zip = new ZipFile();
  for (const [name, data] of Object.entries(files)) zip.addBuffer(data, name);
  zip.end();
  return new Promise((resolve) => zip.outputStream.pipe(createWriteStream(path)).on('close', () => resolve()));
}

function fixtureFiles(version: string): Record<string, Buffer> {
  const dir = join(FIXTURES, `oneroster-${version}`);
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'pd-roster-'));
  for (const version of ['1.1', '1.2']) {
    const files = fixtureFiles(version);
    await writeZip(join(tmp, `flat-${version}.zip`), files);
    // Zipping the export folder itself puts every file under a folder, plus macOS litter.
    await writeZip(join(tmp, `nested-${version}.zip`), {
      ...Object.fromEntries(Object.entries(files).map(([name, data]) => [`export-2025/${name}`, data])),
      '__MACOSX/export-2025/._users.csv': Buffer.from('junk'),
      'export-2025/enrollments.csv': Buffer.from('sourcedId\n'),
    });
  }
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const sources: [string, (version: string) => ImportSource][] = [
  ['folder', (version) => ({ kind: 'directory', path: join(FIXTURES, `oneroster-${version}`) })],
  ['zip on disk', (version) => ({ kind: 'zip', path: join(tmp, `flat-${version}.zip`) })],
  ['zip in memory, files in a folder', (version) => ({ kind: 'zip', buffer: readFileSync(join(tmp, `nested-${version}.zip`)) })],
  [
    'loose uploaded files',
    (version) => ({ kind: 'files', files: Object.entries(fixtureFiles(version)).map(([name, buffer]) => ({ name, buffer })) }),
  ],
];

describe('parseOneRoster: valid bundles', () => {
  const cases = ['1.1', '1.2'].flatMap((version) => sources.map(([label, make]) => [version, label, make] as const));

  it.each(cases)('OneRoster %s from a %s', async (version, _label, make) => {
    const { schools, educators, summary } = await collectRoster(parseOneRoster(make(version)));

    expect(summary.problems).toEqual([]);
    expect(summary.format).toBe(`oneroster-${version}`);
    expect(schools.map((school) => [school.sourcedId, school.name, school.identifier])).toEqual([
      ['org-lincoln', 'Lincoln Elementary', '420000100001'],
      ['org-washington', 'Washington Middle School', '420000100004'],
    ]);
    expect(summary.skippedOrgs).toEqual({ district: 1 });
    expect(summary.skippedUsers).toEqual({ student: 1, guardian: 1 });
    expect(summary.educators).toBe(4);

    const alvarez = educators.find((educator) => educator.sourcedId === 'u-alvarez');
    expect(alvarez).toMatchObject({
      status: 'active',
      enabled: true,
      givenName: 'Maria',
      familyName: 'Alvarez',
      email: 'maria.alvarez@maplewood.example.org',
      userIds: [{ type: 'PPID', identifier: '1234567' }],
      schoolSourcedIds: ['org-lincoln'],
      accountRole: 'TEACHER',
      line: 2,
    });
    const chen = educators.find((educator) => educator.sourcedId === 'u-chen');
    expect(chen?.schoolSourcedIds).toEqual(['org-washington', 'org-lincoln']);
    expect(chen?.roles.map((role) => [role.role, role.roleType, role.orgSourcedId])).toEqual([
      ['teacher', 'primary', 'org-washington'],
      ['teacher', 'secondary', 'org-lincoln'],
    ]);
    expect(educators.find((educator) => educator.sourcedId === 'u-park')?.accountRole).toBe('PRINCIPAL');
    // A district-level administrator is imported, works at no school, and is never made HR.
    const district = educators.find((educator) => educator.schoolSourcedIds.length === 0);
    expect(district?.accountRole).toBe('TEACHER');
  });

  it('reads a 1.2 role with its dates and a preferred name', async () => {
    const { educators } = await collectRoster(parseOneRoster(sources[0][1]('1.2')));
    expect(educators[0].roles[0]).toEqual({
      role: 'teacher',
      roleType: 'primary',
      orgSourcedId: 'org-lincoln',
      beginDate: '2024-08-15',
      endDate: null,
    });
    expect(educators.find((educator) => educator.sourcedId === 'u-chen')?.preferredGivenName).toBe('Jim');
  });

  it('hands out schools before educators, in batches of the requested size', async () => {
    const run = parseOneRoster(sources[0][1]('1.1'), { batchSize: 3 });
    const seen: string[] = [];
    for await (const batch of run.batches()) seen.push(`${batch.entity}:${batch.rows.length}`);
    expect(seen).toEqual(['school:2', 'educator:3', 'educator:1']);
  });

  it('refuses to be iterated twice', async () => {
    const run = parseOneRoster(sources[0][1]('1.1'));
    await collectRoster(run);
    await expect(run.batches().next()).rejects.toThrow('only be iterated once');
  });
});

describe('parseOneRoster: delta files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pd-delta-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function writeBundle(files: Record<string, string>): string {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  }

  const header = readFileSync(join(FIXTURES, 'oneroster-1.1', 'users.csv'), 'utf8').split('\n')[0];
  const manifest = 'propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.orgs,delta\nfile.users,delta\n';
  const orgs =
    'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\norg-madison,active,2025-08-01T00:00:00Z,Madison Middle School,school,,org-district\n';

  it('carries each row status, needs only the key to delete, and trusts orgs the district already has', async () => {
    const path = writeBundle({
      'manifest.csv': manifest,
      'orgs.csv': orgs,
      'users.csv': [
        header,
        'u-new,active,2025-08-01T09:30:00Z,true,org-madison,teacher,,,Ana,Ruiz,,,ana.ruiz@maplewood.example.org,,,,,',
        'u-moved,active,2025-08-01,true,org-lincoln,teacher,,,Ben,Ode,,,ben.ode@maplewood.example.org,,,,,',
        'u-gone,tobedeleted,2025-08-01,,,,,,,,,,,,,,,',
        '',
      ].join('\n'),
    });
    const { schools, educators, summary } = await collectRoster(
      parseOneRoster({ kind: 'directory', path }, { knownOrgSourcedIds: new Set(['org-lincoln']) }),
    );

    expect(summary.problems).toEqual([]);
    expect(summary.files.find((file) => file.file === 'users.csv')?.mode).toBe('delta');
    expect(schools.map((school) => [school.sourcedId, school.status])).toEqual([['org-madison', 'active']]);
    expect(educators.map((educator) => [educator.sourcedId, educator.status, educator.schoolSourcedIds])).toEqual([
      ['u-new', 'active', ['org-madison']],
      ['u-moved', 'active', ['org-lincoln']],
      ['u-gone', 'tobedeleted', []],
    ]);
    expect(educators[2]).toMatchObject({ email: null, roles: [], enabled: false });
  });

  it('reports an org that neither the upload nor the district knows', async () => {
    const path = writeBundle({
      'manifest.csv': manifest,
      'orgs.csv': orgs,
      'users.csv': `${header}\nu-x,active,2025-08-01,true,org-nowhere,teacher,,,Ana,Ruiz,,,ana@maplewood.example.org,,,,,\n`,
    });
    const { summary } = await collectRoster(parseOneRoster({ kind: 'directory', path }));
    expect(summary.problems).toEqual([
      expect.objectContaining({ code: 'unknown-org', file: 'users.csv', line: 2, column: 'orgSourcedIds', value: 'org-nowhere' }),
    ]);
  });
});

describe('parseOneRoster: problem cap', () => {
  it('keeps the first problems but counts them all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-cap-'));
    try {
      const fixture = join(FIXTURES, 'oneroster-1.1');
      for (const name of ['manifest.csv', 'orgs.csv']) writeFileSync(join(dir, name), readFileSync(join(fixture, name)));
      const header = readFileSync(join(fixture, 'users.csv'), 'utf8').split('\n')[0];
      const rows = Array.from({ length: 50 }, (_, i) => `u-${i},,,true,org-lincoln,teacher,,,A,B,,,not-an-email-${i},,,,,`);
      writeFileSync(join(dir, 'users.csv'), [header, ...rows, ''].join('\n'));

      const { educators, summary } = await collectRoster(parseOneRoster({ kind: 'directory', path: dir }, { maxProblems: 10 }));

      expect(educators).toHaveLength(0);
      expect(summary.problems).toHaveLength(10);
      expect(summary).toMatchObject({ problemCount: 50, errorCount: 50, truncated: true });
      expect(summary.problems[9]).toMatchObject({ line: 11, value: 'not-an-email-9' });
      expect(summary.files.find((file) => file.file === 'users.csv')).toMatchObject({ dataRows: 50, rejected: 50, accepted: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

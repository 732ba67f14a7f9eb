/**
 * Rebuilds the malformed-file corpus from the valid fixtures, so every broken byte is made on
 * purpose and can be made again: `npx tsx apps/api/src/imports/parsing/__corpus__/build-corpus.ts`.
 * Each entry breaks one thing; corpus.spec.ts says which problem it must produce.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { ZipFile } from 'yazl';

const here = __dirname;
const fixtures = join(here, '..', '__fixtures__');
const read = (version: string, file: string) => readFileSync(join(fixtures, `oneroster-${version}`, file), 'utf8');

function bundle(name: string, version: '1.1' | '1.2', change: (files: Record<string, string | Buffer>) => void): void {
  const files: Record<string, string | Buffer> = { 'manifest.csv': read(version, 'manifest.csv'), 'orgs.csv': read(version, 'orgs.csv'), 'users.csv': read(version, 'users.csv') };
  if (version === '1.2') files['roles.csv'] = read(version, 'roles.csv');
  change(files);
  const dir = join(here, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
}

/** Replaces line `n` (1-based) of a CSV text. */
function setLine(text: string, n: number, line: string): string {
  const lines = text.split('\n');
  lines[n - 1] = line;
  return lines.join('\n');
}

const users11 = read('1.1', 'users.csv');
const header11 = users11.split('\n')[0];

bundle('or11-wrong-header', '1.1', (f) => (f['users.csv'] = setLine(users11, 1, header11.replace('givenName', 'firstName'))));
bundle('or11-case-header', '1.1', (f) => (f['users.csv'] = setLine(users11, 1, header11.replace('sourcedId', 'SourcedId'))));
bundle('or11-bad-quoting', '1.1', (f) => (f['users.csv'] = setLine(users11, 3, 'u-chen,,,true,org-washington,teacher,jchen,,James "Jim",Chen,,E1002,james.chen@maplewood.example.org,,,,,')));
bundle('or11-unclosed-quote', '1.1', (f) => (f['users.csv'] = setLine(users11, 4, 'u-park,,,true,org-lincoln,administrator,spark,,"Sun,Park,,E1003,principal@maplewood.example.org,,,,,')));
bundle('or11-column-count', '1.1', (f) => (f['users.csv'] = setLine(users11, 3, 'u-chen,,,true,org-washington,teacher,jchen,,James,Chen, Jr.,,E1002,james.chen@maplewood.example.org,,,,,')));
bundle('or11-bom', '1.1', (f) => (f['users.csv'] = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(users11)])));
bundle('or11-latin1', '1.1', (f) => (f['users.csv'] = Buffer.from(setLine(users11, 3, 'u-chen,,,true,org-washington,teacher,jchen,,José,Chen,,E1002,james.chen@maplewood.example.org,,,,,'), 'latin1')));
bundle('or11-utf16', '1.1', (f) => (f['users.csv'] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(users11, 'utf16le')])));
bundle('or11-duplicate-ids', '1.1', (f) => (f['users.csv'] = setLine(users11, 3, users11.split('\n')[2].replace('u-chen', 'u-alvarez'))));
bundle('or11-duplicate-org-ids', '1.1', (f) => (f['orgs.csv'] = `${f['orgs.csv'].toString()}org-lincoln,,,Lincoln Elementary (old),school,,org-district\n`));
bundle('or11-unknown-school', '1.1', (f) => (f['users.csv'] = setLine(users11, 2, users11.split('\n')[1].replace('org-lincoln', 'org-jefferson'))));
bundle('or11-bad-email', '1.1', (f) => (f['users.csv'] = setLine(users11, 2, users11.split('\n')[1].replace('Maria.Alvarez@maplewood.example.org', 'maria.alvarez@maplewood'))));
bundle('or11-duplicate-email', '1.1', (f) => (f['users.csv'] = setLine(users11, 3, users11.split('\n')[2].replace('james.chen@', 'maria.alvarez@'))));
bundle('or11-unknown-role', '1.1', (f) => (f['users.csv'] = setLine(users11, 2, users11.split('\n')[1].replace(',teacher,', ',Teacher,'))));
bundle('or11-bad-date', '1.1', (f) => {
  f['manifest.csv'] = f['manifest.csv'].toString().replace('file.users,bulk', 'file.users,delta');
  f['users.csv'] = [header11, users11.split('\n')[1].replace('u-alvarez,,,', 'u-alvarez,active,08/13/2025,'), ''].join('\n');
});
bundle('or11-delta-bad-status', '1.1', (f) => {
  f['manifest.csv'] = f['manifest.csv'].toString().replace('file.users,bulk', 'file.users,delta');
  f['users.csv'] = [header11, 'u-alvarez,deleted,2025-08-13T10:00:00Z,true,org-lincoln,teacher,malvarez,,Maria,Alvarez,,E1001,maria.alvarez@maplewood.example.org,,,,,', ''].join('\n');
});
bundle('or11-empty-users', '1.1', (f) => (f['users.csv'] = ''));
bundle('or11-header-only', '1.1', (f) => (f['users.csv'] = `${header11}\n`));
bundle('or11-missing-users', '1.1', (f) => delete f['users.csv']);
bundle('or11-missing-manifest', '1.1', (f) => delete f['manifest.csv']);
bundle('or11-manifest-version', '1.1', (f) => (f['manifest.csv'] = f['manifest.csv'].toString().replace('oneroster.version,1.1', 'oneroster.version,1.0')));
bundle('or12-version-mismatch', '1.2', (f) => (f['users.csv'] = users11));
bundle('or12-missing-roles', '1.2', (f) => delete f['roles.csv']);
bundle('or12-no-role', '1.2', (f) => (f['roles.csv'] = f['roles.csv'].toString().replace(/^r-1,.*\n/m, '')));
bundle('or12-unknown-role', '1.2', (f) => (f['roles.csv'] = f['roles.csv'].toString().replace(',u-chen,primary,teacher,', ',u-chen,primary,instructor,')));
bundle('or12-role-unknown-school', '1.2', (f) => (f['roles.csv'] = f['roles.csv'].toString().replace(',u-chen,secondary,teacher,,,org-lincoln,', ',u-chen,secondary,teacher,,,org-madison,')));

function zip(name: string, entries: { name: string; data: Buffer; store?: boolean }[]): Promise<void> {
  const file = new ZipFile();
  for (const entry of entries) file.addBuffer(entry.data, entry.name, { compress: !entry.store, mtime: new Date('2025-01-01T00:00:00Z') });
  file.end();
  return new Promise((resolve) => file.outputStream.pipe(createWriteStream(join(here, name))).on('close', () => resolve()));
}

async function zips(): Promise<void> {
  const base = ['manifest.csv', 'orgs.csv'].map((name) => ({ name, data: Buffer.from(read('1.1', name)) }));
  // 50 MB of the same row compresses several hundred to one: a (mild) zip bomb.
  const row = Buffer.from('u-x,,,true,org-lincoln,teacher,x,,X,Y,,,x@example.org,,,,,\n');
  const bomb = Buffer.concat([Buffer.from(`${header11}\n`), Buffer.alloc(50 * 1024 * 1024 - header11.length - 1, row)]);
  await zip('or-zip-bomb.zip', [...base, { name: 'users.csv', data: bomb }]);
  await zip(
    'or-too-many-entries.zip',
    Array.from({ length: 150 }, (_, i) => ({ name: `filler/${i}.csv`, data: Buffer.from('x\n') })),
  );
  writeFileSync(join(here, 'or-not-a-zip.zip'), 'sourcedId,status\nthis is a CSV renamed to .zip\n');
}

const plainHeader = 'employee_id,first_name,last_name,email,role,school_code,school_name,additional_school_codes,state_educator_id,hire_date,status';
writeFileSync(join(here, 'plain-missing-columns.csv'), 'employee_id,first_name,last_name,role,school_code,school_name\nE1,Maria,Alvarez,teacher,LIN,Lincoln Elementary\n');
writeFileSync(join(here, 'plain-unknown-school.csv'), `${plainHeader}\nE1,Maria,Alvarez,maria@maplewood.example.org,teacher,LIN,Lincoln Elementary,WAS,,,\nE2,James,Chen,james@maplewood.example.org,teacher,LIN,Lincoln Elementary,JEF,,,\n`);
writeFileSync(join(here, 'plain-bad-hire-date.csv'), `${plainHeader}\nE1,Maria,Alvarez,maria@maplewood.example.org,teacher,LIN,Lincoln Elementary,,1234567,2019-02-30,\n`);
writeFileSync(join(here, 'plain-student-row.csv'), `${plainHeader}\nE1,Maria,Alvarez,maria@maplewood.example.org,teacher,LIN,Lincoln Elementary,,,,\nS1,Ava,Student,ava@maplewood.example.org,student,LIN,Lincoln Elementary,,,,\n`);
const transcriptHeader = 'external_id,educator_key,title,provider,activity_type,amount,unit,completed_on,categories,evidence_url';
writeFileSync(join(here, 'transcript-bad-amount.csv'), `${transcriptHeader}\nV-1,maria@maplewood.example.org,Reading Workshop,PaTTAN,workshop,3,clock hours,2025-03-01,Literacy,\nV-2,maria@maplewood.example.org,Math Institute,PaTTAN,workshop,2.125,clock hours,2025-03-02,,\n`);
writeFileSync(join(here, 'transcript-future-date.csv'), `${transcriptHeader}\nV-1,1234567,Reading Workshop,PaTTAN,workshop,3,CLOCK_HOUR,2099-01-01,,\n`);
writeFileSync(join(here, 'transcript-bad-unit.csv'), `${transcriptHeader}\nV-1,1234567,Reading Workshop,PaTTAN,workshop,3,minutes,2025-03-01,,\n`);
writeFileSync(join(here, 'transcript-duplicate-external-id.csv'), `${transcriptHeader}\nV-1,1234567,Reading Workshop,PaTTAN,workshop,3,CLOCK_HOUR,2025-03-01,,\nV-1,1234567,Reading Workshop,PaTTAN,workshop,3,CLOCK_HOUR,2025-03-01,,\n`);
writeFileSync(join(here, 'transcript-bad-evidence-url.csv'), `${transcriptHeader}\nV-1,1234567,Reading Workshop,PaTTAN,workshop,3,CLOCK_HOUR,2025-03-01,,javascript:alert(1)\n`);
writeFileSync(join(here, 'transcript-bad-educator-key.csv'), `${transcriptHeader}\nV-1,maria at maplewood,Reading Workshop,PaTTAN,workshop,3,CLOCK_HOUR,2025-03-01,,\n`);

void zips();

import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of the suite's own, in a temporary directory on a free port, so that the
 * suite can stop and start it to simulate an outage without touching the machine's shared server.
 * PostgreSQL refuses to run as root: as root, every command runs as the `postgres` OS user
 * (`runuser`), which owns the directory. Trust authentication on 127.0.0.1 only.
 */
export class PrivatePostgres {
  readonly dir = mkdtempSync(join(tmpdir(), 'pdl-resilience-pg-'));
  private readonly data = join(this.dir, 'data');
  private readonly bin = postgresBinDir();
  private readonly asRoot = process.getuid?.() === 0;

  constructor(readonly port: number) {}

  url(database = 'postgres'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  init(): void {
    if (this.asRoot) execFileSync('chown', ['-R', 'postgres:postgres', this.dir]);
    chmodSync(this.dir, 0o700);
    this.run('initdb', ['-D', this.data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync', '--no-instructions']);
  }

  start(): void {
    const options = [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      "-c listen_addresses='127.0.0.1'",
      '-c fsync=off',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
      '-c max_connections=100',
    ].join(' ');
    this.run('pg_ctl', ['-D', this.data, '-l', join(this.dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  }

  /** Fast shutdown: open connections are terminated, as when a server goes away. */
  stop(): void {
    this.run('pg_ctl', ['-D', this.data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  }

  destroy(): void {
    try {
      if (existsSync(join(this.data, 'postmaster.pid'))) this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  private run(command: string, args: string[]): void {
    const program = join(this.bin, command);
    if (this.asRoot) execFileSync('runuser', ['-u', 'postgres', '--', program, ...args], { stdio: 'pipe' });
    else execFileSync(program, args, { stdio: 'pipe' });
  }
}

function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) throw new Error(`No PostgreSQL server binaries under ${root}/*/bin (apt-get install postgresql)`);
  return join(root, versions[0], 'bin');
}

import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const workspaceRoot = path.resolve(__dirname, '../../../..');
const apiEntry = path.join(workspaceRoot, 'dist/apps/api/apps/api/src/main.js');
const dashboardDir = path.join(workspaceRoot, 'dist/apps/dashboard');

export interface ProductServer {
  baseUrl: string;
  /** Milliseconds from spawning the process to the first healthy answer. */
  startupMs: number;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * Starts the built product (the API serving the built dashboard) the way `npm start` does, on a
 * fresh embedded database in a temporary directory, so the browser test sees a newly seeded demo
 * district and never depends on what an earlier run left behind.
 */
export interface ProductServerOptions {
  /** Use this PostgreSQL database (an empty one you created) instead of a fresh embedded one. */
  databaseUrl?: string;
}

export async function startProductServer(options: ProductServerOptions = {}): Promise<ProductServer> {
  for (const required of [apiEntry, path.join(dashboardDir, 'index.html')]) {
    if (!existsSync(required)) {
      throw new Error(`${required} is missing: build first (npm run build).`);
    }
  }
  const startedAt = Date.now();
  // A free port can be taken by another process (another suite's server or database socket)
  // between choosing it and listening on it: start again on another port when that happens.
  for (let attempt = 1; ; attempt++) {
    try {
      const started = await launch(options);
      return { ...started, startupMs: Date.now() - startedAt };
    } catch (error) {
      if (!(error instanceof PortTakenError) || attempt >= 3) throw error;
    }
  }
}

class PortTakenError extends Error {}

async function launch(options: ProductServerOptions): Promise<ProductServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'pdl-e2e-'));
  const port = await freePort();
  const output: string[] = [];
  const startedAt = Date.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DASHBOARD_DIR: dashboardDir,
    NODE_ENV: 'production',
    // Production turns the demo seed off by default; this run wants exactly what `npm start` shows.
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    // Production requires a master key; each run gets its own.
    SECRET_KEY: randomBytes(32).toString('hex'),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
  // The browser test always runs on the embedded database, even when CI points DATABASE_URL at a
  // server; the benchmark may ask for a server database explicitly.
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, [apiEntry], { cwd: workspaceRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      const text = output.join('');
      if (text.includes(`EADDRINUSE: address already in use 0.0.0.0:${port}`)) {
        rmSync(dataDir, { recursive: true, force: true });
        throw new PortTakenError(text);
      }
      throw new Error(`The API exited with code ${child.exitCode}:\n${text}`);
    }
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API did not become ready within 90 s:\n${output.join('')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const startupMs = Date.now() - startedAt;

  return {
    baseUrl,
    startupMs,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

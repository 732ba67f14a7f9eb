import { createHash, timingSafeEqual } from 'node:crypto';
import type { Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { DISTRICT_SETTING } from './database-roles';
import { keepProtocolExchangesWhole } from './pglite-protocol-queue';

// PGlite is a single PostgreSQL backend whose session user is the superuser `postgres`, and
// @electric-sql/pglite-socket 0.2.17 hands every connection's startup packet to it without any
// authentication: any local process could connect as a superuser with any name and password.
// Nothing inside that one backend can stop a client from leaving a role it was put in (the
// authenticated user is a superuser, so SET SESSION AUTHORIZATION and SET ROLE always work),
// so the boundary is the socket:
//
// - Every connection must authenticate with the password of one of the embedded database's two
//   users (the owner, `postgres`, and the API role), random secrets made at each start and kept in
//   the starting process's memory only. Anything else is refused before a byte reaches PGlite.
// - The gate gives each connection its role: before the queue serves another connection, it saves
//   the outgoing connection's district setting and puts the incoming one's role and setting in
//   place, so each connection sees the session state a real server would give it.
//
// What this does not do: a client holding the API secret could still RESET ROLE. Only the process
// that started the database holds the secrets, and that process can read the data files anyway;
// on the embedded database the API role protects against the API's own mistakes (a forgotten
// district filter meets row-level security), and the gate against every other local process.

export interface EmbeddedUser {
  /** The user name clients send in the startup packet. */
  user: string;
  password: string;
  /** The role the connection runs as; null keeps the session user (the owner). */
  role: string | null;
}

interface ConnectionState {
  role: string | null;
  district: string;
}

interface HandlerLike {
  handlerId: number;
  socket: Socket | null;
}

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const GSSENC_REQUEST = 80877104;
const PROTOCOL_3 = 196608;
const MAX_STARTUP_BYTES = 10_000;
/** Values the connection switch may write as SQL literals; anything else goes as a parameter. */
const PLAIN_ROLE = /^[a-z_][a-z0-9_]*$/;
const PLAIN_DISTRICT = /^[0-9a-f-]*$/;

/** Requires a password on every connection and gives each connection its role. */
export function gateEmbeddedConnections(server: PGLiteSocketServer, users: EmbeddedUser[]): void {
  const byName = new Map(users.map((user) => [user.user, user]));
  const states = new Map<number, ConnectionState>();
  const socketRoles = new WeakMap<Socket, string | null>();
  const internals = server as unknown as {
    handleConnection(socket: Socket): Promise<void>;
    handlers: Set<HandlerLike>;
  };
  if (typeof internals.handleConnection !== 'function' || !(internals.handlers instanceof Set)) {
    throw new Error(
      '@electric-sql/pglite-socket changed its connection handling; the embedded database gate was written for 0.2.17',
    );
  }
  const handleConnection = internals.handleConnection.bind(server);

  internals.handleConnection = async (socket: Socket) => {
    const startup = await authenticate(socket, byName);
    if (!startup) return;
    socketRoles.set(socket, startup.role);
    socket.pause();
    socket.unshift(startup.packet);
    await handleConnection(socket);
    for (const handler of internals.handlers) {
      if (handler.socket === socket) {
        states.set(handler.handlerId, { role: startup.role, district: '' });
        socket.once('close', () => states.delete(handler.handlerId));
      }
    }
    socket.resume();
  };

  keepProtocolExchangesWhole(server, async (db: PGlite, from: number | null, to: number) => {
    const incoming = states.get(to);
    // A startup packet arrives before its handler is registered: run it as nobody in particular
    // (it only answers parameters), then the next switch applies the role.
    if (!incoming) return;
    const outgoing = from === null ? undefined : states.get(from);
    const role = incoming.role ?? 'none';
    let previous: string | null | undefined;
    if (PLAIN_ROLE.test(role) && PLAIN_DISTRICT.test(incoming.district)) {
      // The usual values (a role name, a district id or nothing) as literals in one simple-protocol
      // statement: one call into PGlite instead of the extended protocol's several. The patterns
      // admit no quote or backslash, so the literals cannot end early.
      const [result] = await db.exec(
        `SELECT current_setting('${DISTRICT_SETTING}', true) AS previous, set_config('role', '${role}', false), set_config('${DISTRICT_SETTING}', '${incoming.district}', false)`,
      );
      previous = (result?.rows[0] as { previous: string | null } | undefined)?.previous;
    } else {
      const result = await db.query<{ previous: string | null }>(
        `SELECT current_setting($1, true) AS previous, set_config('role', $2, false), set_config($1, $3, false)`,
        [DISTRICT_SETTING, role, incoming.district],
      );
      previous = result.rows[0]?.previous;
    }
    if (outgoing) outgoing.district = previous ?? '';
  });
}

interface Startup {
  packet: Buffer;
  role: string | null;
}

/**
 * Reads the startup packet, asks for a password (cleartext: the socket listens on 127.0.0.1 only,
 * which other users cannot observe) and compares it in constant time. Returns the startup packet
 * to hand to PGlite, or null after refusing the connection.
 */
async function authenticate(socket: Socket, users: Map<string, EmbeddedUser>): Promise<Startup | null> {
  const reader = new SocketReader(socket);
  try {
    let packet: Buffer;
    for (;;) {
      const length = (await reader.read(4)).readInt32BE(0);
      if (length < 8 || length > MAX_STARTUP_BYTES) throw new Error('bad startup packet');
      const body = await reader.read(length - 4);
      const code = body.readInt32BE(0);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        socket.write('N');
        continue;
      }
      if (code === CANCEL_REQUEST) {
        reader.stop();
        socket.end();
        return null;
      }
      if (code !== PROTOCOL_3) throw new Error('unsupported protocol');
      packet = Buffer.concat([Buffer.from([0, 0, 0, 0]), body]);
      packet.writeInt32BE(length, 0);
      break;
    }
    const parameters = parseStartupParameters(packet.subarray(8));
    const user = users.get(parameters.get('user') ?? '');
    // AuthenticationCleartextPassword
    socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 3]));
    const type = (await reader.read(1))[0];
    const length = (await reader.read(4)).readInt32BE(0);
    if (type !== 0x70 || length < 5 || length > 1024) throw new Error('expected a password message');
    const password = (await reader.read(length - 4)).toString('utf8').replace(/\0$/, '');
    if (!user || !sameSecret(password, user.password)) {
      reader.stop();
      refuse(socket, '28P01', `password authentication failed for user "${parameters.get('user') ?? ''}"`);
      return null;
    }
    socket.pause();
    reader.stop();
    const rest = reader.remaining();
    return { packet: rest.length ? Buffer.concat([packet, rest]) : packet, role: user.role };
  } catch {
    reader.stop();
    refuse(socket, '08P01', 'invalid startup');
    return null;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function parseStartupParameters(body: Buffer): Map<string, string> {
  const parts = body.toString('utf8').split('\0');
  const parameters = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i] !== ''; i += 2) parameters.set(parts[i] as string, parts[i + 1] as string);
  return parameters;
}

function refuse(socket: Socket, code: string, message: string): void {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`, 'utf8');
  const header = Buffer.alloc(5);
  header[0] = 0x45; // ErrorResponse
  header.writeInt32BE(fields.length + 4, 1);
  if (!socket.destroyed) socket.end(Buffer.concat([header, fields]));
}

/** Reads exact byte counts from a socket before PGlite's handler takes it over. */
class SocketReader {
  private buffered = Buffer.alloc(0);
  private waiting: { bytes: number; resolve: (data: Buffer) => void; reject: (error: Error) => void } | null = null;
  private readonly onData = (data: Buffer) => {
    this.buffered = Buffer.concat([this.buffered, data]);
    if (this.buffered.length > MAX_STARTUP_BYTES * 2) this.fail(new Error('too much data before authentication'));
    this.serve();
  };
  private readonly onEnd = () => this.fail(new Error('connection closed'));
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly socket: Socket) {
    socket.on('data', this.onData);
    socket.on('end', this.onEnd);
    socket.on('error', this.onEnd);
    this.timer = setTimeout(() => this.fail(new Error('authentication timed out')), 10_000);
    this.timer.unref();
  }

  read(bytes: number): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.waiting = { bytes, resolve, reject };
      this.serve();
    });
  }

  remaining(): Buffer {
    return this.buffered;
  }

  stop(): void {
    clearTimeout(this.timer);
    this.socket.off('data', this.onData);
    this.socket.off('end', this.onEnd);
    this.socket.off('error', this.onEnd);
  }

  private serve(): void {
    if (!this.waiting || this.buffered.length < this.waiting.bytes) return;
    const { bytes, resolve } = this.waiting;
    this.waiting = null;
    const data = this.buffered.subarray(0, bytes);
    this.buffered = this.buffered.subarray(bytes);
    resolve(data);
  }

  private fail(error: Error): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(error);
  }
}

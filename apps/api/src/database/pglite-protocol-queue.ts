import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// PGlite is one PostgreSQL backend; its socket server multiplexes every client connection onto it
// through a queue of wire-protocol messages. @electric-sql/pglite-socket 0.2.17 interleaves the
// queue message by message, only keeping one connection's messages together while a transaction
// is open. The pg driver sends each parameterised query as Parse, Bind, Describe, Execute, Sync;
// when two connections' messages interleave, one connection's Bind meets the other's unnamed
// statement ("bind message supplies 1 parameters, but prepared statement "" requires 2", "portal
// does not exist", or worse, one query's rows answering another). The queue also stalls for good
// after a failed message. `pglite-protocol-queue.spec.ts` reproduces both against the real server.
//
// The fix keeps a connection's messages together until its exchange ends: a Sync, a simple Query,
// a Terminate, the end of a COPY, or a startup packet — and, as before, for as long as it has a
// transaction open. Other connections' messages wait in the queue. It replaces the queue's
// processing loop on the server instance, so it is pinned to the socket package's exact version.
//
// It also hands PGlite each exchange in one piece: Parse, Bind, Describe, Execute and Close are
// held back (answered at once to the socket handler, which waits for each before reading the
// next) until the Sync or Flush that ends them, then run as one buffer, which PGlite's
// `execProtocolRawSync` processes message by message in one call. As a PostgreSQL server does,
// the answers reach the client when the Sync or Flush is processed, in one write instead of one
// per message: one call into PGlite, one file-system sync and one socket write per statement
// instead of five.

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
}

interface QueryQueue {
  db: PGlite;
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number>;
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

const PARSE = 0x50; // P
const BIND = 0x42; // B
const DESCRIBE = 0x44; // D
const EXECUTE = 0x45; // E
const CLOSE = 0x43; // C
const FLUSH = 0x48; // H
const COPY_DATA = 0x64; // d
const SYNC = 0x53; // S

/** Messages held back until the Sync or Flush that ends their exchange. */
const HELD = new Set([PARSE, BIND, DESCRIBE, EXECUTE, CLOSE]);

/** Message types after which the same connection must be served next: its exchange is not over. */
const MID_EXCHANGE = new Set([PARSE, BIND, DESCRIBE, EXECUTE, CLOSE, FLUSH, COPY_DATA]);

export const PGLITE_SOCKET_VERSION = '0.2.17';

/**
 * Called before the queue serves a different connection than the last one, outside any exchange
 * or transaction: PGlite is one session shared by every connection, so per-connection session
 * state (the role, the district setting) is saved and restored here.
 */
export type ConnectionSwitch = (db: PGlite, from: number | null, to: number) => Promise<void>;

/** Makes the socket server's queue keep each connection's protocol exchanges whole. */
export function keepProtocolExchangesWhole(server: PGLiteSocketServer, onSwitch?: ConnectionSwitch): void {
  const queue = (server as unknown as { queryQueue?: QueryQueue }).queryQueue;
  if (!queue || typeof queue.processQueue !== 'function' || !Array.isArray(queue.queue)) {
    throw new Error(`@electric-sql/pglite-socket changed its query queue; this fix was written for ${PGLITE_SOCKET_VERSION}`);
  }
  let midExchange = false;
  /** Per connection: the messages of its current exchange, held back until its Sync or Flush. */
  const held = new Map<number, Uint8Array[]>();
  /** The type of the last message in each queued buffer (a held exchange ends with its Sync or Flush). */
  const lastType = new WeakMap<Uint8Array, number>();

  const enqueue = queue.enqueue.bind(queue);
  queue.enqueue = (handlerId, message, onData) => {
    const type = message[0] ?? 0;
    if (HELD.has(type)) {
      const messages = held.get(handlerId);
      if (messages) messages.push(message);
      else held.set(handlerId, [message]);
      return Promise.resolve(0);
    }
    const messages = held.get(handlerId);
    if (!messages) return enqueue(handlerId, message, onData);
    held.delete(handlerId);
    if (type === SYNC || type === FLUSH) {
      const batch = concat([...messages, message]);
      lastType.set(batch, type);
      return enqueue(handlerId, batch, onData);
    }
    // Anything else after held messages (not what a client sends): the held ones first, as they are.
    const batch = concat(messages);
    lastType.set(batch, messages[messages.length - 1]?.[0] ?? 0);
    void enqueue(handlerId, batch, onData).catch(() => undefined);
    return enqueue(handlerId, message, onData);
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    held.delete(handlerId);
    clearQueueForHandler(handlerId);
    // A connection that went away mid-exchange must not hold the others back.
    if (queue.lastHandlerId === handlerId) midExchange = false;
  };

  queue.processQueue = async function processQueue(this: QueryQueue): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const sticky = this.lastHandlerId !== null && (midExchange || this.db.isInTransaction());
        const index = sticky ? this.queue.findIndex((item) => item.handlerId === this.lastHandlerId) : 0;
        // The connection being served has not sent its next message yet: wait for it (its
        // enqueue calls processQueue again); the others stay queued.
        if (index === -1) return;
        const [item] = this.queue.splice(index, 1) as [QueuedMessage];
        let bytes = 0;
        try {
          if (onSwitch && item.handlerId !== this.lastHandlerId) {
            await onSwitch(this.db, this.lastHandlerId, item.handlerId);
            this.lastHandlerId = item.handlerId;
          }
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midExchange = false;
          item.reject(error);
          continue;
        }
        this.lastHandlerId = item.handlerId;
        midExchange = MID_EXCHANGE.has(lastType.get(item.message) ?? item.message[0] ?? 0);
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
}

function concat(messages: Uint8Array[]): Uint8Array {
  if (messages.length === 1) return messages[0] as Uint8Array;
  const out = new Uint8Array(messages.reduce((total, message) => total + message.length, 0));
  let offset = 0;
  for (const message of messages) {
    out.set(message, offset);
    offset += message.length;
  }
  return out;
}

import type { DataSource, EntityManager } from 'typeorm';

/**
 * Checks a district's audit chain. On insert, the database (trigger `audit_event_chain`, migration
 * 1796900000001) gives each event the next `chain_seq` of its district, the previous event's hash
 * as `prev_hash`, and `hash = sha256(prev_hash || '\n' || audit_event_canonical(...))`; the last
 * number and hash are kept in `audit_chain_head`. Walking the chain in order finds the first event
 * that was altered (its hash no longer matches its content, or the next event recorded another
 * hash for it), inserted (a number outside the chain or used twice) or missing (a gap, or fewer
 * events than the head counted).
 *
 * The chain shows changes made behind the database's rules (by the owner or a superuser); someone
 * who can rewrite every later event and the head could rebuild it, so districts that need more keep
 * a copy of the head hash elsewhere (the CLI prints it) and compare.
 */
export type AuditChainProblemKind = 'ALTERED' | 'INSERTED' | 'MISSING';

export interface AuditChainProblem {
  kind: AuditChainProblemKind;
  /** The place in the chain where the problem is. */
  seq: number;
  eventId: string | null;
  occurredAt: string | null;
  action: string | null;
  message: string;
}

export interface AuditChainReport {
  districtId: string;
  eventsChecked: number;
  headSeq: number;
  headHash: string | null;
  problem: AuditChainProblem | null;
}

interface ChainRow {
  id: string;
  chain_seq: string | null;
  prev_hash: string | null;
  hash: string | null;
  occurred_at: Date;
  action: string;
  recomputed: string | null;
}

const GENESIS = '0'.repeat(64);
const BATCH = 5000;

type Queryable = Pick<DataSource | EntityManager, 'query'>;

/** Verifies one district's chain (as the API role, row-level security limits it to that district). */
export async function verifyAuditChain(db: Queryable, districtId: string): Promise<AuditChainReport> {
  const [head] = (await db.query(`SELECT seq::text AS seq, hash FROM audit_chain_head WHERE district_id = $1`, [
    districtId,
  ])) as Array<{
    seq: string;
    hash: string;
  }>;
  const headSeq = head ? Number(head.seq) : 0;
  const report = (problem: AuditChainProblem | null, eventsChecked: number): AuditChainReport => ({
    districtId,
    eventsChecked,
    headSeq,
    headHash: head?.hash ?? null,
    problem,
  });

  // An event without a number (written with the chain's trigger and constraints out of the way).
  const [unnumbered] = (await db.query(
    `SELECT id, NULL AS chain_seq, prev_hash, hash, occurred_at, action, NULL AS recomputed
       FROM audit_event WHERE district_id = $1 AND chain_seq IS NULL LIMIT 1`,
    [districtId],
  )) as ChainRow[];
  if (unnumbered) return report(checkRow(unnumbered, 1, GENESIS, headSeq, null), 0);

  let expectedSeq = 1;
  let expectedPrev = GENESIS;
  let previous: ChainRow | null = null;
  let checked = 0;
  let after: [number, string] = [-1, '00000000-0000-0000-0000-000000000000'];
  for (;;) {
    const rows = (await db.query(
      `SELECT id, chain_seq::text AS chain_seq, prev_hash, hash, occurred_at, action,
              audit_event_hash(prev_hash, audit_event_canonical(district_id, chain_seq, id, occurred_at, actor_account_id,
                action, entity_type, entity_id, details, ip, request_id)) AS recomputed
         FROM audit_event
        WHERE district_id = $1 AND (audit_event.chain_seq, id) > ($2::bigint, $3::uuid)
        ORDER BY audit_event.chain_seq, id
        LIMIT ${BATCH}`,
      [districtId, after[0], after[1]],
    )) as ChainRow[];
    for (const row of rows) {
      const problem = checkRow(row, expectedSeq, expectedPrev, headSeq, previous);
      if (problem) return report(problem, checked);
      checked += 1;
      expectedSeq += 1;
      expectedPrev = row.hash as string;
      previous = row;
    }
    if (rows.length < BATCH) break;
    const last = rows[rows.length - 1] as ChainRow;
    after = [Number(last.chain_seq), last.id];
  }
  if (expectedSeq - 1 < headSeq) {
    const count = headSeq - (expectedSeq - 1);
    return report(
      {
        kind: 'MISSING',
        seq: expectedSeq,
        eventId: null,
        occurredAt: null,
        action: null,
        message: `${count} event${count === 1 ? '' : 's'} numbered ${expectedSeq}${count > 1 ? `–${headSeq}` : ''} ${count === 1 ? 'is' : 'are'} missing from the end of the chain`,
      },
      checked,
    );
  }
  return report(null, checked);
}

function checkRow(
  row: ChainRow,
  expectedSeq: number,
  expectedPrev: string,
  headSeq: number,
  previous: ChainRow | null,
): AuditChainProblem | null {
  const seq = row.chain_seq === null ? null : Number(row.chain_seq);
  const about = { eventId: row.id, occurredAt: row.occurred_at.toISOString(), action: row.action };
  if (seq === null || seq < expectedSeq) {
    return {
      kind: 'INSERTED',
      seq: seq ?? 0,
      ...about,
      message: seq === null ? 'An event has no place in the chain' : `Event number ${seq} appears twice in the chain`,
    };
  }
  if (seq > headSeq) {
    return {
      kind: 'INSERTED',
      seq,
      ...about,
      message: `Event number ${seq} is beyond the chain's last recorded event (${headSeq})`,
    };
  }
  if (seq > expectedSeq) {
    const count = seq - expectedSeq;
    return {
      kind: 'MISSING',
      seq: expectedSeq,
      ...about,
      message: `${count} event${count === 1 ? '' : 's'} numbered ${expectedSeq}${count > 1 ? `–${seq - 1}` : ''} ${count === 1 ? 'is' : 'are'} missing before event ${seq}`,
    };
  }
  if (row.recomputed !== row.hash) {
    return {
      kind: 'ALTERED',
      seq,
      ...about,
      message: `Event number ${seq} was changed after it was recorded (its content no longer matches its hash)`,
    };
  }
  if (row.prev_hash !== expectedPrev) {
    const altered = previous ?? row;
    return {
      kind: 'ALTERED',
      seq: seq - 1,
      eventId: previous ? altered.id : null,
      occurredAt: previous ? altered.occurred_at.toISOString() : null,
      action: previous ? altered.action : null,
      message: `Event number ${seq - 1} was rewritten after it was recorded (event ${seq} recorded a different hash for it)`,
    };
  }
  return null;
}

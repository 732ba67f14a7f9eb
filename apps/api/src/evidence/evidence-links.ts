import { EntityManager } from 'typeorm';
import { badUserInput } from '../common/errors';

/**
 * Links evidence files to a PD record inside the caller's transaction. Every file must belong to
 * the record's educator in the same district; an id that does not (or does not exist) is refused
 * naming it, and the transaction rolls back. Files already linked stay linked.
 */
export async function attachEvidence(
  manager: EntityManager,
  districtId: string,
  educatorId: string,
  pdRecordId: string,
  evidenceFileIds: readonly string[],
): Promise<void> {
  if (evidenceFileIds.length === 0) return;
  const owned: Array<{ id: string }> = await manager.query(
    `SELECT id FROM evidence_file WHERE district_id = $1 AND educator_id = $2 AND id = ANY($3::uuid[])`,
    [districtId, educatorId, evidenceFileIds],
  );
  const ownedIds = new Set(owned.map((row) => row.id));
  const missing = evidenceFileIds.find((id) => !ownedIds.has(id));
  if (missing) throw badUserInput('evidenceFileIds', missing, 'is not an evidence file you uploaded');
  await manager.query(
    `INSERT INTO pd_record_evidence (district_id, pd_record_id, evidence_file_id)
     SELECT $1, $2, unnest($3::uuid[]) ON CONFLICT DO NOTHING`,
    [districtId, pdRecordId, evidenceFileIds],
  );
}

import { EntityManager } from 'typeorm';
import { badUserInput } from '../common/errors';
import { PreApprovalStatus } from '../domain/review-enums';

/**
 * A PD record may reference a pre-approval request only if it is the same educator's and was
 * approved. Checked inside the caller's transaction (the row is locked so a concurrent decision
 * cannot slip in between).
 */
export async function assertApprovedPreApproval(
  manager: EntityManager,
  districtId: string,
  educatorId: string,
  preApprovalId: string,
): Promise<void> {
  const rows: Array<{ status: PreApprovalStatus }> = await manager.query(
    `SELECT status FROM pre_approval_request WHERE district_id = $1 AND educator_id = $2 AND id = $3 FOR SHARE`,
    [districtId, educatorId, preApprovalId],
  );
  if (rows.length === 0) throw badUserInput('preApprovalId', preApprovalId, 'is not one of your pre-approval requests');
  if (rows[0].status !== PreApprovalStatus.APPROVED) {
    throw badUserInput(
      'preApprovalId',
      preApprovalId,
      `has status ${rows[0].status}; only an APPROVED request can be referenced`,
    );
  }
}

import { registerEnumType } from '@nestjs/graphql';

export enum PreApprovalStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  DENIED = 'DENIED',
}

registerEnumType(PreApprovalStatus, { name: 'PreApprovalStatus' });

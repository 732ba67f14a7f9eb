import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  HR_ADMIN = 'HR_ADMIN',
  PRINCIPAL = 'PRINCIPAL',
  TEACHER = 'TEACHER',
  /** Scores the micro-credential portfolios assigned to them; sees nothing else of the district. */
  ASSESSOR = 'ASSESSOR',
}

registerEnumType(Role, { name: 'Role', description: 'What a signed-in account may see and do.' });

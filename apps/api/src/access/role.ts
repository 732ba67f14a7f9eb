import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  HR_ADMIN = 'HR_ADMIN',
  PRINCIPAL = 'PRINCIPAL',
  TEACHER = 'TEACHER',
}

registerEnumType(Role, { name: 'Role', description: 'What a signed-in account may see and do.' });

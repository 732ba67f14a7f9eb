import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../access/role';
import type { Viewer } from '../access/viewer';

@ObjectType('Viewer', { description: 'The signed-in account.' })
export class ViewerModel {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String)
  email!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String)
  displayName!: string;

  /** The session behind this viewer; field resolvers scope their queries by it. */
  viewer!: Viewer;
}

export function toViewerModel(viewer: Viewer): ViewerModel {
  return {
    accountId: viewer.accountId,
    email: viewer.email,
    role: viewer.role,
    displayName: viewer.displayName,
    viewer,
  };
}

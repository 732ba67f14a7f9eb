import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../common/errors';
import { Role } from './role';
import type { GraphQLContext, Viewer } from './viewer';

export const IS_PUBLIC_KEY = 'pdLedger:isPublic';
export const ROLES_KEY = 'pdLedger:roles';

/** Opens an operation to anonymous callers. Everything else is denied to them by default. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** The roles that may call an operation. An operation without @Roles or @Public is denied. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

export const ALL_ROLES: readonly Role[] = [Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER, Role.ASSESSOR];

/** The district's own staff: every role but assessors, who see only the portfolios assigned to them. */
export const STAFF_ROLES: readonly Role[] = [Role.HR_ADMIN, Role.PRINCIPAL, Role.TEACHER];

/** The signed-in caller (the guard has already required one unless the operation is public). */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(context).getContext<GraphQLContext>().req.viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});

/** The viewer or null, for public operations. */
export const OptionalViewer = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Viewer | null =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().req.viewer ?? null,
);

/** The viewer for field resolvers, which run without the guard: their parent was authorized. */
export function viewerOf(context: GraphQLContext): Viewer {
  const viewer = context.req.viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
}

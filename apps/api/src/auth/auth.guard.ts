import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { forbidden, unauthenticated } from '../common/errors';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../access/decorators';
import { Role } from '../access/role';
import { SessionService } from './session.service';
import type { ApiRequest, GraphQLContext } from '../access/viewer';

/**
 * The global guard: every operation is denied unless it is marked @Public() or the caller's role
 * is listed in its @Roles(...). An operation that declares neither is denied to everyone, so a
 * forgotten decorator fails closed.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) ?? false;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const isGraphql = context.getType<GqlContextType>() === 'graphql';
    const request: ApiRequest = isGraphql
      ? GqlExecutionContext.create(context).getContext<GraphQLContext>().req
      : context.switchToHttp().getRequest<ApiRequest>();

    const viewer = await this.sessions.resolveViewer(request);
    if (isPublic) return true;
    if (!viewer) throw isGraphql ? unauthenticated() : new UnauthorizedException();
    if (!roles || !roles.includes(viewer.role)) throw isGraphql ? forbidden() : new ForbiddenException();
    return true;
  }
}

import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../access/decorators';
import type { ApiRequest } from '../access/viewer';
import { OidcSignInService, REFUSED_PATH } from './oidc-sign-in.service';

/**
 * `GET /api/auth/oidc/start?email=…&next=/path`: redirects to the provider of the e-mail domain's
 * district (or to the refusal page when the domain has none).
 * `GET /api/auth/oidc/callback`: the redirect URI (`PUBLIC_URL` + this path) the provider returns
 * to; signs in and redirects to `next`, or to `/sign-in/refused?reason=…`.
 */
@Controller('api/auth/oidc')
export class OidcController {
  constructor(private readonly oidc: OidcSignInService) {}

  @Public()
  @Get('start')
  async start(
    @Query('email') email: unknown,
    @Query('next') next: unknown,
    @Req() request: ApiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const location = await this.oidc.start(
      typeof email === 'string' ? email : '',
      typeof next === 'string' ? next : '/',
      request,
      response,
    );
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(303, location ?? `${REFUSED_PATH}?reason=no_provider`);
  }

  @Public()
  @Get('callback')
  async callback(@Req() request: ApiRequest, @Res() response: Response): Promise<void> {
    const outcome = await this.oidc.callback(request, response);
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(303, outcome.ok ? outcome.location : `${REFUSED_PATH}?reason=${outcome.reason}`);
  }
}

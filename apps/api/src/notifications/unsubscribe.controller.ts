import { Controller, Get, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../access/decorators';
import type { ApiRequest } from '../access/viewer';
import { runInDistrict } from '../database/database-scope';
import { KIND_LABELS } from './notification-kinds';
import { Mailer } from './mailer';
import { NotificationService } from './notifications.service';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
button{font:inherit;padding:.5rem 1rem;background:#0b5394;color:#fff;border:0;border-radius:4px;cursor:pointer}</style></head>
<body><h1>${title}</h1>${body}</body></html>`;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The one-click unsubscribe link of every optional email (RFC 8058). Works without signing in, and
 * only for a link PD Ledger signed (SecretKeyring, purpose `unsubscribe`): it names the district,
 * the account and the kind of email, so it can stop nothing else. GET shows a button (mail
 * scanners that open links must not unsubscribe anyone); POST, from that button or from the mail
 * client's `List-Unsubscribe-Post`, turns the email off (audited).
 */
@Controller('api/notifications')
export class UnsubscribeController {
  constructor(
    private readonly mailer: Mailer,
    private readonly notifications: NotificationService,
  ) {}

  @Public()
  @Get('unsubscribe')
  confirm(@Query() query: Record<string, unknown>, @Req() request: ApiRequest, @Res() response: Response): void {
    const target = this.mailer.verifyUnsubscribe(query);
    response.setHeader('cache-control', 'no-store');
    if (!target) {
      response
        .status(HttpStatus.BAD_REQUEST)
        .type('html')
        .send(
          page(
            'Link not valid',
            '<p>This unsubscribe link is not valid. Sign in to PD Ledger to choose which emails you get.</p>',
          ),
        );
      return;
    }
    const action = escape(request.originalUrl);
    response
      .status(HttpStatus.OK)
      .type('html')
      .send(
        page(
          'Stop these emails?',
          `<p>You will no longer get emails for: <strong>${escape(KIND_LABELS[target.kind])}</strong>. They still appear in PD Ledger.</p>
<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
  }

  @Public()
  @Post('unsubscribe')
  async unsubscribe(
    @Query() query: Record<string, unknown>,
    @Req() request: ApiRequest,
    @Res() response: Response,
  ): Promise<void> {
    const target = this.mailer.verifyUnsubscribe(query);
    response.setHeader('cache-control', 'no-store');
    if (!target) {
      response
        .status(HttpStatus.BAD_REQUEST)
        .type('html')
        .send(page('Link not valid', '<p>This unsubscribe link is not valid.</p>'));
      return;
    }
    const done = await runInDistrict(target.districtId, () => this.notifications.unsubscribe(target, request));
    if (!done) {
      response
        .status(HttpStatus.NOT_FOUND)
        .type('html')
        .send(page('Account not found', '<p>The account this link was sent to no longer exists.</p>'));
      return;
    }
    response
      .status(HttpStatus.OK)
      .type('html')
      .send(
        page(
          'Unsubscribed',
          `<p>You will no longer get emails for: <strong>${escape(KIND_LABELS[target.kind])}</strong>. You can turn them back on in PD Ledger's notification settings.</p>`,
        ),
      );
  }
}

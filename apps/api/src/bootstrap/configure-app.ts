import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import type { ApolloDriver } from '@nestjs/apollo';
import { ConfigService } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { API_PATHS } from '../common/api-paths';
import { AppConfig, configValue } from '../config/app-config';
import { trustProxySetting } from '../config/env.schema';
import { databaseScopeMiddleware } from '../database/database-scope';
import { answerSessionQuery, hasSessionCookie, sessionQueryOf, withSessionAnswer } from './session-answer';

/**
 * HTTP settings shared by main.ts and the integration tests, so tests run the app as deployed.
 */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get(ConfigService) as AppConfig;
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.disable('x-powered-by');
  // Express hashes every body it sends for an ETag, which only a GET with If-None-Match can use:
  // the API's answers are POSTs or uncacheable, and static files get theirs from serve-static.
  app.set('etag', false);
  // Behind a TLS-terminating proxy, this makes req.secure and req.ip reflect the client, which
  // drives Secure cookies and per-address sign-in limits.
  app.set('trust proxy', trustProxySetting(configValue(config, 'TRUST_PROXY')));
  // Every request gets its own database scope (no district until the session names one).
  app.use(databaseScopeMiddleware);
  app.use(cookieParser());
  app.use(securityHeaders);
  serveDashboard(app, resolve(configValue(config, 'DASHBOARD_DIR')), logger);
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
}

/**
 * The Content-Security-Policy of every response: scripts only from this origin (no inline script,
 * no eval), nothing framed or framing, no plugins. Styles: this origin's stylesheets, plus, on the
 * dashboard page, the `<style>` elements Mantine writes at run time (its CSS variables and
 * responsive style props), allowed by a nonce made for each page load. recharts sets inline
 * `style` properties through the CSSOM, which style-src does not govern, so no 'unsafe-inline'.
 */
export function contentSecurityPolicy(styleNonce?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${styleNonce ? ` 'nonce-${styleNonce}'` : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** In the built index.html, where the page's style nonce goes (the dashboard's app.tsx hands it to Mantine). */
export const STYLE_NONCE_PLACEHOLDER = '__PDL_CSP_NONCE__';
const HSTS = 'max-age=31536000';
/** The policy of every response but the dashboard page (which adds its style nonce): built once. */
const API_CSP = contentSecurityPolicy();

function securityHeaders(request: Request, response: Response, next: NextFunction): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'same-origin');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Content-Security-Policy', API_CSP);
  // Only for requests that came over HTTPS (browsers ignore it over plain HTTP). request.secure
  // follows TRUST_PROXY: a TLS-terminating proxy's X-Forwarded-Proto counts only when that proxy
  // is trusted.
  if (request.secure) response.setHeader('Strict-Transport-Security', HSTS);
  next();
}

/** Serves the built dashboard on the API's port, with index.html for client-side routes. */
function serveDashboard(app: NestExpressApplication, dashboardDir: string, logger: Logger): void {
  const indexHtml = join(dashboardDir, 'index.html');
  // Started with the application, after this runs: looked up when a page is first asked for.
  const apolloServer = (): ApolloServer =>
    app.get<GraphQLModule<ApolloDriver>>(GraphQLModule, { strict: false }).graphQlAdapter.instance;
  if (!existsSync(indexHtml)) {
    logger.warn(`No built dashboard at ${dashboardDir} (index.html missing); serving the API only`, 'Dashboard');
    return;
  }
  // Vite names every file under /assets by its content hash, so a browser may keep them for good
  // (a new build has new names): a returning teacher's phone downloads the app once.
  // The page itself, with a fresh style nonce in its Content-Security-Policy each time, and for a
  // browser with a session cookie, the answer to the app's session check (`session-answer.ts`).
  const sendPage = (request: Request, response: Response, next: NextFunction): void => {
    readFile(indexHtml, 'utf8')
      .then(async (html) => {
        const nonce = randomBytes(16).toString('base64');
        let page = html.replaceAll(STYLE_NONCE_PLACEHOLDER, nonce);
        const query = request.method === 'GET' && hasSessionCookie(request) ? sessionQueryOf(html) : null;
        const answer = query ? await answerSessionQuery(apolloServer(), query, request, response) : null;
        if (answer) page = withSessionAnswer(page, answer);
        response.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce));
        // With an answer the page is this person's: no cache may keep it. Without, it is the same
        // for everyone until the next build.
        response.setHeader('Cache-Control', answer ? 'private, no-store' : 'no-cache');
        response.setHeader('Vary', 'Cookie');
        response.type('html').send(page);
      })
      .catch(next);
  };
  // Source maps stay private even when a build made them (the production build does not).
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApiPath = API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`));
    if (!isApiPath && request.path.endsWith('.map'))
      return void response.status(404).json({ statusCode: 404, message: 'Not found' });
    if (request.path === '/index.html') return sendPage(request, response, next);
    next();
  });
  app.use('/assets', express.static(join(dashboardDir, 'assets'), { index: false, immutable: true, maxAge: '365d' }));
  app.use(express.static(dashboardDir, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApiPath = API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`));
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && request.accepts('html') !== false;
    if (isApiPath || !wantsPage || /\.[a-z0-9]+$/i.test(request.path)) return next();
    sendPage(request, response, next);
  });
  logger.log(`Serving the dashboard from ${dashboardDir}`, 'Dashboard');
}

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigService } from '@nestjs/config';
import { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { AppConfig, configValue } from '../config/app-config';
import { trustProxySetting } from '../config/env.schema';
import { databaseScopeMiddleware } from '../database/database-scope';

/** Paths the API owns; everything else may fall back to the dashboard's index.html. */
const API_PATHS = ['/graphql', '/health', '/api'];

/**
 * HTTP settings shared by main.ts and the integration tests, so tests run the app as deployed.
 */
export function configureApp(app: NestExpressApplication): void {
  const config = app.get(ConfigService) as AppConfig;
  const logger = app.get(Logger);
  app.useLogger(logger);
  app.disable('x-powered-by');
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

function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'same-origin');
  response.setHeader('X-Frame-Options', 'DENY');
  next();
}

/** Serves the built dashboard on the API's port, with index.html for client-side routes. */
function serveDashboard(app: NestExpressApplication, dashboardDir: string, logger: Logger): void {
  const indexHtml = join(dashboardDir, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn(`No built dashboard at ${dashboardDir} (index.html missing); serving the API only`, 'Dashboard');
    return;
  }
  // Vite names every file under /assets by its content hash, so a browser may keep them for good
  // (a new build has new names): a returning teacher's phone downloads the app once.
  app.use('/assets', express.static(join(dashboardDir, 'assets'), { index: false, immutable: true, maxAge: '365d' }));
  app.use(express.static(dashboardDir, { index: false, maxAge: '1h' }));
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApiPath = API_PATHS.some((path) => request.path === path || request.path.startsWith(`${path}/`));
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && request.accepts('html') !== false;
    if (isApiPath || !wantsPage || /\.[a-z0-9]+$/i.test(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
  logger.log(`Serving the dashboard from ${dashboardDir}`, 'Dashboard');
}

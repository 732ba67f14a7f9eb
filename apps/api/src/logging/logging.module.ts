import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigService } from '@nestjs/config';
import type { Request } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { stdSerializers, type Options } from 'pino-http';
import { AppConfig, configValue } from '../config/app-config';

const REQUEST_ID_PATTERN = /^[\w.-]{1,100}$/;

/** What a log line says about its request. */
interface RequestLogFields {
  id: unknown;
  method: string | undefined;
  url: string | undefined;
  /** The client's address as Express sees it (`trust proxy`: the address a trusted proxy forwarded). */
  remoteAddress: string | undefined;
  userAgent: string | undefined;
}

/**
 * Query parameters whose values let someone act: the unsubscribe link's signature (`s`,
 * `Mailer.unsubscribeUrl`), an evidence link's `signature`, the export token (`exportToken`,
 * `EXPORT_TOKEN_PARAMETER`), and the OpenID Connect callback's `code` and `state`. A log line
 * shows that they were there, not what they were.
 */
const SECRET_PARAMETERS: ReadonlySet<string> = new Set(['s', 'signature', 'exportToken', 'code', 'state']);

/** The URL with the value of every `SECRET_PARAMETERS` parameter replaced by `redacted`. */
export function loggableUrl(url: string | undefined): string | undefined {
  const start = url?.indexOf('?') ?? -1;
  if (url === undefined || start < 0) return url;
  const parameters = url.slice(start + 1).split('&');
  let redacted = false;
  for (const [index, parameter] of parameters.entries()) {
    const equals = parameter.indexOf('=');
    const rawName = equals < 0 ? parameter : parameter.slice(0, equals);
    let name: string;
    try {
      name = decodeURIComponent(rawName.replaceAll('+', ' '));
    } catch {
      name = rawName;
    }
    if (SECRET_PARAMETERS.has(name) && equals >= 0) {
      parameters[index] = `${rawName}=redacted`;
      redacted = true;
    }
  }
  return redacted ? `${url.slice(0, start)}?${parameters.join('&')}` : url;
}

/**
 * The request as every log line of it shows it: its id, method, URL (`loggableUrl`), client
 * address and user agent, and never its headers, so no cookie or authorization can reach a log. Each request's
 * logger is made with these fields whether or not anything is logged, so they are few and read
 * straight from the request (pino's standard serializer also copies every header and parses the
 * query string, which redaction then clones).
 */
function requestLogFields(request: IncomingMessage): RequestLogFields {
  const express = request as Partial<Request> & IncomingMessage & { id?: unknown };
  const userAgent = request.headers['user-agent'];
  return {
    id: express.id,
    method: request.method,
    url: loggableUrl(express.originalUrl ?? request.url),
    remoteAddress: express.ip ?? request.socket?.remoteAddress,
    userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 300) : undefined,
  };
}

/**
 * pino-http's settings: a request id on every line, the caller's X-Request-Id when it looks sane
 * (so a load balancer's id carries through), a fresh UUID otherwise; the request as
 * `requestLogFields` shows it.
 */
export function requestLoggingOptions(level: string): Options {
  return {
    level,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
      response.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
    // Each serializer gets the raw object (pino-http would first run its standard request
    // serializer and hand its copy to ours).
    wrapSerializers: false,
    serializers: { req: requestLogFields, res: stdSerializers.res, err: stdSerializers.err },
    redact: { paths: ['res.headers["set-cookie"]'], censor: '[redacted]' },
  };
}

/** Structured JSON logs (pino), one logger per request (`requestLoggingOptions`). */
export const loggingModule = LoggerModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: AppConfig) => ({ pinoHttp: requestLoggingOptions(configValue(config, 'LOG_LEVEL')) }),
});

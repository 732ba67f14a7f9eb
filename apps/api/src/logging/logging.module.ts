import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, configValue } from '../config/app-config';

const REQUEST_ID_PATTERN = /^[\w.-]{1,100}$/;

/**
 * Structured JSON logs (pino) with a request id on every line: the caller's X-Request-Id when it
 * looks sane (so a load balancer's id carries through), a fresh UUID otherwise.
 */
export const loggingModule = LoggerModule.forRootAsync({
  inject: [ConfigService],
  useFactory: (config: AppConfig) => ({
    pinoHttp: {
      level: configValue(config, 'LOG_LEVEL'),
      genReqId: (request: IncomingMessage, response: ServerResponse) => {
        const incoming = request.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
        response.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
      redact: { paths: ['req.headers.cookie', 'res.headers["set-cookie"]', 'req.headers.authorization'], censor: '[redacted]' },
    },
  }),
});

import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, ErrorCode, ServiceUnavailableError } from '../common/errors';

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_REQUESTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/** The HTTP answer for a domain error: its status and `{ statusCode, code, message, field? }`. */
export function httpErrorAnswer(error: DomainError): { status: number; body: Record<string, unknown> } {
  const status = STATUS[error.code];
  return {
    status,
    body: { statusCode: status, code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
  };
}

/** Domain errors on the REST routes (uploads, evidence downloads, report exports) as JSON answers. */
@Catch(DomainError)
export class HttpErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) {
      // A download had started: the status is gone, so cut the stream rather than append JSON.
      response.destroy(error);
      return;
    }
    const { status, body } = httpErrorAnswer(error);
    if (error instanceof ServiceUnavailableError) response.setHeader('Retry-After', String(error.retryAfterSeconds));
    response.status(status).json(body);
  }
}

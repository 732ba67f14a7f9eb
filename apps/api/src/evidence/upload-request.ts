import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { ApiRequest } from '../access/viewer';

/**
 * The header every upload must carry (the same one the import endpoints use). Browsers cannot add
 * a custom header to a cross-site form post without a CORS preflight, which this API never grants;
 * with the SameSite session cookie that stops another site from uploading in a user's name.
 */
export const UPLOAD_HEADER = 'x-pd-ledger-upload';

/** Runs after the role guard and before multer reads the body: a forged request costs no upload. */
@Injectable()
export class UploadHeaderGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<ApiRequest>();
    if (request.get(UPLOAD_HEADER) !== '1') {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'FORBIDDEN',
        message: `Uploads must send the header ${UPLOAD_HEADER}: 1`,
      });
    }
    return true;
  }
}

/** Multer's in-memory file (only the fields used here). */
export interface MemoryFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

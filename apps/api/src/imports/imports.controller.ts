import {
  CanActivate,
  Controller,
  ExecutionContext,
  ForbiddenException,
  HttpCode,
  Injectable,
  NotFoundException,
  Param,
  Post,
  Req,
  UploadedFiles,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { AnyFilesInterceptor } from '@nestjs/platform-express';
import { Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { ApiRequest } from '../access/viewer';
import { ImportKind, ImportRunModel } from './import-run.model';
import { ImportInputError, ImportsService } from './imports.service';
import { badRequest } from '../common/errors';

/**
 * The header every upload must carry. Browsers cannot add a custom header to a cross-site form
 * post without a CORS preflight (which this API never grants), so together with the SameSite
 * session cookie it stops another site from making a signed-in HR admin's browser upload a roster.
 */
export const UPLOAD_CSRF_HEADER = 'x-pd-ledger-upload';

const KINDS: Record<string, ImportKind> = { roster: ImportKind.ROSTER, transcript: ImportKind.TRANSCRIPT };

/** Multer's in-memory file (only the fields used here). */
interface MemoryFile {
  originalname: string;
  buffer: Buffer;
}

/** Runs after the role guard and before the body is read: a wrong kind or a missing header costs no upload. */
@Injectable()
export class UploadRequestGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<ApiRequest>();
    if (!KINDS[String(request.params['kind'])])
      throw new NotFoundException('Unknown import kind; use /api/imports/roster or /api/imports/transcript');
    if (request.get(UPLOAD_CSRF_HEADER) !== '1')
      throw new ForbiddenException(`Uploads must send the header ${UPLOAD_CSRF_HEADER}: 1`);
    return true;
  }
}

/**
 * `POST /api/imports/roster` and `POST /api/imports/transcript` (HR admins): multipart/form-data
 * with the file(s) in any field name, the session cookie, and `x-pd-ledger-upload: 1`. Answers
 * 200 with the preview (the ImportRun, as GraphQL's `importRun` would return it); nothing in the
 * district changes until `applyRosterImport` / `applyTranscriptImport`. Too large: 413. Not an
 * import at all (not a zip, a zip bomb, no file): 400 with `{ code: 'BAD_USER_INPUT', message }`.
 *
 * GraphQL multipart uploads would need Apollo's CSRF prevention relaxed; a plain endpoint keeps
 * that protection and lets multer enforce size limits before anything is buffered past them.
 */
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Roles(Role.HR_ADMIN)
  @UseGuards(UploadRequestGuard)
  @UseInterceptors(AnyFilesInterceptor())
  @Post(':kind')
  @HttpCode(200)
  async upload(
    @Param('kind') kind: string,
    @UploadedFiles() files: MemoryFile[] | undefined,
    @Req() request: ApiRequest,
  ): Promise<ImportRunModel> {
    const viewer = request.viewer;
    if (!viewer) throw new ForbiddenException();
    try {
      return await this.imports.preview(
        KINDS[kind],
        (files ?? []).map((file) => ({ name: file.originalname, buffer: file.buffer })),
        { districtId: viewer.districtId, accountId: viewer.accountId, request },
      );
    } catch (error) {
      if (error instanceof ImportInputError) throw badRequest(error.message);
      throw error;
    }
  }
}

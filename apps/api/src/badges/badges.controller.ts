import {
  Body,
  Controller,
  HttpCode,
  NotFoundException,
  Post,
  Req,
  UploadedFiles,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { ApiRequest } from '../access/viewer';
import { MemoryFile, UploadHeaderGuard } from '../evidence/upload-request';
import { BadgeImportService } from './badge-import.service';
import { BadUserInputError } from '../common/errors';
import { BadgeImportResponse } from './badge-import.model';
import { DEFAULT_BADGE_LIMITS } from './verification';

export const MAX_BADGE_FILES_PER_UPLOAD = 20;

/**
 * `POST /api/badges`: import Open Badges 2.0 / 3.0 and CLR 2.0 files (JSON, baked PNG, baked SVG).
 * Teachers import their own; HR admins send the form field `educatorId`. multipart/form-data,
 * files in the field `files` (at most 20, each at most 5 MB), session cookie, header
 * `x-pd-ledger-upload: 1`. Answers 200 with one result per file (IMPORTED / DUPLICATE /
 * REJECTED with a code and a message); a file over the size limit fails the request with 413.
 */
@Controller('api/badges')
export class BadgesController {
  constructor(private readonly badges: BadgeImportService) {}

  @Roles(Role.TEACHER, Role.HR_ADMIN)
  @UseGuards(UploadHeaderGuard)
  @UseInterceptors(
    FilesInterceptor('files', MAX_BADGE_FILES_PER_UPLOAD, {
      // Browsers send UTF-8 file names without declaring a charset; busboy would read them as latin1.
      defParamCharset: 'utf8',
      limits: {
        fileSize: DEFAULT_BADGE_LIMITS.maxFileBytes,
        files: MAX_BADGE_FILES_PER_UPLOAD,
        fields: 5,
        fieldSize: 1024,
        parts: 30,
      },
    }),
  )
  @Post()
  @HttpCode(200)
  async upload(
    @UploadedFiles() files: MemoryFile[] | undefined,
    @Body() body: Record<string, unknown> | undefined,
    @Req() request: ApiRequest,
  ): Promise<BadgeImportResponse> {
    const viewer = request.viewer;
    if (!viewer) throw new NotFoundException();
    if (!files || files.length === 0)
      throw new BadUserInputError('No badge file was uploaded (use the form field "files")', 'files');
    const educatorId = typeof body?.['educatorId'] === 'string' && body['educatorId'] !== '' ? body['educatorId'] : undefined;
    return this.badges.importFiles(viewer, educatorId, files, request);
  }
}

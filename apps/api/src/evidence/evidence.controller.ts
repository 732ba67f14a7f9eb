import {
  Controller,
  Get,
  HttpCode,
  ForbiddenException,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
  UnsupportedMediaTypeException,
  UploadedFiles,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { ALL_ROLES, Public, Roles } from '../access/decorators';
import { setScopeDistrict } from '../database/database-scope';
import { EvidenceLinkSigner } from './evidence-share-links';
import { Role } from '../access/role';
import type { ApiRequest } from '../access/viewer';
import {
  ALLOWED_EVIDENCE_DESCRIPTION,
  attachmentDisposition,
  cleanFileName,
  MAX_EVIDENCE_FILE_BYTES,
  MAX_EVIDENCE_FILES_PER_UPLOAD,
  sniffEvidenceType,
} from './evidence-content';
import { EvidenceFileModel } from './evidence.model';
import { EvidenceService } from './evidence.service';
import { MemoryFile, UploadHeaderGuard } from './upload-request';
import { badRequest, ForbiddenError } from '../common/errors';

/**
 * Evidence files over plain HTTP (GraphQL stays JSON-only with Apollo's CSRF prevention on).
 *
 * `POST /api/evidence` (teachers, for themselves): multipart/form-data, files in the field
 * `files` (at most 10, each at most 10 MB), header `x-pd-ledger-upload: 1`. Answers 201 with the
 * stored files; pass their ids to submitPdRecord / saveDraft as `evidenceFileIds`.
 *
 * `GET /api/evidence/:id`: the file, to whoever may see the educator's records, always as a
 * download with nosniff and a CSP that forbids everything, so an SVG or HTML-looking file can
 * never run in the app's origin. Anything else (no such file, someone else's) is 404.
 *
 * `GET /api/evidence/shared/:districtId/:id?expires=&signature=`: the same file without signing
 * in, for a link the product signed (the state hour upload's evidence column, EvidenceLinkSigner);
 * 403 when the signature is wrong or the link has expired.
 */
@Controller('api/evidence')
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly links: EvidenceLinkSigner,
  ) {}

  @Roles(Role.TEACHER)
  @UseGuards(UploadHeaderGuard)
  @UseInterceptors(
    FilesInterceptor('files', MAX_EVIDENCE_FILES_PER_UPLOAD, {
      // Browsers send UTF-8 file names without declaring a charset; busboy would read them as latin1.
      defParamCharset: 'utf8',
      limits: { fileSize: MAX_EVIDENCE_FILE_BYTES, files: MAX_EVIDENCE_FILES_PER_UPLOAD, fields: 5, fieldSize: 1024, parts: 20 },
    }),
  )
  @Post()
  @HttpCode(201)
  async upload(
    @UploadedFiles() files: MemoryFile[] | undefined,
    @Req() request: ApiRequest,
  ): Promise<{ files: EvidenceFileModel[] }> {
    const viewer = request.viewer;
    if (!viewer?.educatorId) throw new ForbiddenError('Your account is not linked to an educator record');
    if (!files || files.length === 0) throw badRequest('No file was uploaded (use the form field "files")');
    const accepted = files.map((file) => {
      const originalName = cleanFileName(file.originalname, 'evidence');
      if (file.buffer.length === 0) throw badRequest(`${originalName} is empty`);
      const contentType = sniffEvidenceType(file.buffer, originalName);
      if (!contentType) {
        throw new UnsupportedMediaTypeException({
          statusCode: 415,
          code: 'UNSUPPORTED_FILE_TYPE',
          message: `${originalName} is not an accepted evidence file; upload ${ALLOWED_EVIDENCE_DESCRIPTION}`,
        });
      }
      return { originalName, contentType, content: file.buffer };
    });
    return { files: await this.evidence.upload(viewer, viewer.educatorId, accepted, request) };
  }

  @Public()
  @Get('shared/:districtId/:id')
  async sharedDownload(
    @Param('districtId') districtIdValue: string,
    @Param('id') idValue: string,
    @Query('expires') expires: unknown,
    @Query('signature') signature: unknown,
    @Res() response: Response,
  ): Promise<void> {
    const [districtId, id] = [districtIdValue.toLowerCase(), idValue.toLowerCase()];
    const verdict = this.links.check(districtId, id, expires, signature);
    if (verdict !== 'valid') {
      throw new ForbiddenException({
        statusCode: 403,
        code: 'FORBIDDEN',
        message:
          verdict === 'expired'
            ? 'This evidence link has expired; ask the district for a new export'
            : 'This evidence link is not valid (signature)',
      });
    }
    setScopeDistrict(districtId);
    const file = await this.evidence.sharedDownload(districtId, id);
    if (!file) throw new NotFoundException({ statusCode: 404, code: 'NOT_FOUND', message: 'Evidence file not found' });
    sendFile(response, file);
  }

  @Roles(...ALL_ROLES)
  @Get(':id')
  async download(@Param('id') id: string, @Req() request: ApiRequest, @Res() response: Response): Promise<void> {
    const viewer = request.viewer;
    const file = viewer ? await this.evidence.download(viewer, id) : null;
    if (!file) throw new NotFoundException({ statusCode: 404, code: 'NOT_FOUND', message: 'Evidence file not found' });
    sendFile(response, file);
  }
}

/** Always a download, with nosniff and a CSP that forbids everything. */
function sendFile(response: Response, file: { contentType: string; originalName: string; content: Buffer }): void {
  response.setHeader('Content-Type', file.contentType);
  response.setHeader('Content-Length', String(file.content.length));
  response.setHeader('Content-Disposition', attachmentDisposition(file.originalName));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox; frame-ancestors 'none'");
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('Cache-Control', 'private, no-store');
  response.end(file.content);
}

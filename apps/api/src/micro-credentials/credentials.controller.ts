import { Controller, Get, NotFoundException, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public, Roles } from '../access/decorators';
import { Role } from '../access/role';
import type { ApiRequest } from '../access/viewer';
import { isUuid } from '../common/validation';
import { runInDistrict } from '../database/database-scope';
import { bakeCredentialPng } from './baked-badge';
import { CredentialIssuerService } from './credential-issuer.service';
import { RecordClrService } from './record-clr.service';

function notFoundError(what: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, code: 'NOT_FOUND', message: `${what} not found` });
}

/**
 * The district as an issuer on the web. Public (no sign-in): its DID document, its status list and
 * each credential's verification answer, each scoped to the one district the path names. Signed
 * in: the holder (or HR) downloads the credential.
 */
@Controller('api')
export class CredentialsController {
  constructor(
    private readonly issuer: CredentialIssuerService,
    private readonly records: RecordClrService,
  ) {}

  @Public()
  @Get('districts/:districtId/did.json')
  async didDocument(@Param('districtId') districtId: string, @Res() response: Response): Promise<void> {
    if (!isUuid(districtId)) throw notFoundError('District');
    const document = await runInDistrict(districtId, () => this.issuer.didDocument(districtId.toLowerCase()));
    if (!document) throw notFoundError('District');
    response.setHeader('Content-Type', 'application/did+json');
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.end(JSON.stringify(document));
  }

  @Public()
  @Get('districts/:districtId/status/revocation')
  async statusList(@Param('districtId') districtId: string, @Res() response: Response): Promise<void> {
    if (!isUuid(districtId)) throw notFoundError('District');
    const list = await runInDistrict(districtId, () => this.issuer.statusListCredential(districtId.toLowerCase()));
    if (!list) throw notFoundError('District');
    response.setHeader('Content-Type', 'application/vc+ld+json');
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.end(JSON.stringify(list));
  }

  @Public()
  @Get('districts/:districtId/credentials/:id/verification')
  async verification(@Param('districtId') districtId: string, @Param('id') id: string, @Res() response: Response): Promise<void> {
    if (!isUuid(districtId)) throw notFoundError('Credential');
    const view = await runInDistrict(districtId, () => this.issuer.publicView(districtId.toLowerCase(), id));
    if (!view) throw notFoundError('Credential');
    response.setHeader('Cache-Control', 'no-cache');
    response.json({ standing: view.standing, revokedAt: view.revokedAt, credential: view.credential });
  }

  @Roles(Role.TEACHER, Role.HR_ADMIN)
  @Get('credentials/:id.json')
  async download(@Param('id') id: string, @Req() request: ApiRequest, @Res() response: Response): Promise<void> {
    const credential = request.viewer ? await this.issuer.credentialFor(request.viewer, id) : null;
    if (!credential) throw notFoundError('Credential');
    response.setHeader('Content-Type', 'application/vc+ld+json');
    response.setHeader('Content-Disposition', `attachment; filename="credential-${id}.json"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(JSON.stringify(credential, null, 2));
  }

  /** The same credential baked into a badge picture (Open Badges 3.0 baking: an `openbadgecredential` iTXt chunk). */
  @Roles(Role.TEACHER, Role.HR_ADMIN)
  @Get('credentials/:id.png')
  async downloadPng(@Param('id') id: string, @Req() request: ApiRequest, @Res() response: Response): Promise<void> {
    const credential = request.viewer ? await this.issuer.credentialFor(request.viewer, id) : null;
    if (!credential) throw notFoundError('Credential');
    response.setHeader('Content-Type', 'image/png');
    response.setHeader('Content-Disposition', `attachment; filename="credential-${id}.png"`);
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(bakeCredentialPng(credential));
  }

  /** The teacher's whole counted record as one CLR 2.0 credential signed by the district. */
  @Roles(Role.TEACHER)
  @Get('record/clr.json')
  async recordClr(@Req() request: ApiRequest, @Res() response: Response): Promise<void> {
    const clr = request.viewer ? await this.records.recordClr(request, request.viewer) : null;
    if (!clr) throw notFoundError('Counted PD record');
    response.setHeader('Content-Type', 'application/vc+ld+json');
    response.setHeader('Content-Disposition', 'attachment; filename="pd-record-clr.json"');
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(JSON.stringify(clr, null, 2));
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, configValue } from '../config/app-config';
import { runInDistrict } from '../database/database-scope';
import { districtDidDocument, districtOfDid, districtOfStatusList } from './verification/pd-ledger-issuer';
import { isJsonObject } from './verification/safe-json';

/**
 * This PD Ledger as a source of issuer facts: the DID documents and revocation lists it publishes
 * for its districts (see micro-credentials/credential-issuer.service.ts), read from the database
 * rather than fetched, so a credential one district issued verifies in any district here. Each
 * read names one district (from the DID or list URL) and runs scoped to it; it reads only what
 * the public routes publish (public keys, revoked bits).
 */
@Injectable()
export class LocalIssuersService {
  private readonly publicUrl: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ConfigService) config: AppConfig,
  ) {
    this.publicUrl = configValue(config, 'PUBLIC_URL');
  }

  async didDocument(did: string): Promise<Record<string, unknown> | null> {
    const districtId = districtOfDid(this.publicUrl, did);
    if (!districtId) return null;
    const keys: Array<{ key_id: string; public_key_multibase: string }> = await runInDistrict(districtId, () =>
      this.dataSource.query(
        `SELECT key_id, public_key_multibase FROM district_signing_key WHERE district_id = $1 ORDER BY created_at, key_id`,
        [districtId],
      ),
    );
    if (keys.length === 0) return null;
    return districtDidDocument(
      did,
      keys.map((key) => ({ keyId: key.key_id, publicKeyMultibase: key.public_key_multibase })),
    );
  }

  /** true/false for a BitstringStatusListEntry (revocation) on a list this PD Ledger publishes; else null. */
  async revoked(entry: unknown): Promise<boolean | null> {
    if (!isJsonObject(entry) || entry['type'] !== 'BitstringStatusListEntry' || entry['statusPurpose'] !== 'revocation')
      return null;
    const list = entry['statusListCredential'];
    const index = Number(entry['statusListIndex']);
    if (typeof list !== 'string' || !Number.isInteger(index) || index < 0) return null;
    const districtId = districtOfStatusList(this.publicUrl, list);
    if (!districtId) return null;
    const rows: Array<{ revoked: boolean }> = await runInDistrict(districtId, () =>
      this.dataSource.query(
        `SELECT revoked_at IS NOT NULL AS revoked FROM issued_credential WHERE district_id = $1 AND status_index = $2`,
        [districtId, index],
      ),
    );
    // An index the district never issued is not a credential it stands behind.
    return rows[0] ? rows[0].revoked : true;
  }
}

import { DataSource } from 'typeorm';
import { forbidden } from '../common/errors';

/**
 * Refuses password sign-in for an account whose district made its OpenID Connect provider the
 * only way in (`district_identity_provider.password_sign_in_disabled`). Called only after the
 * password was checked, so the clear message tells nothing to someone who does not know it.
 */
export async function assertPasswordSignInAllowed(dataSource: DataSource, districtId: string): Promise<void> {
  const rows = (await dataSource.query(
    `SELECT display_name FROM district_identity_provider WHERE district_id = $1 AND password_sign_in_disabled`,
    [districtId],
  )) as Array<{ display_name: string }>;
  if (rows[0]) {
    throw forbidden(`Your district signs in with ${rows[0].display_name} only: use "Sign in with ${rows[0].display_name}".`);
  }
}

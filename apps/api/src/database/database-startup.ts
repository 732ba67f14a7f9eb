import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/**
 * Refuses to serve when the API's database role could bypass row-level security or the audit
 * trail (a DBA-made role with BYPASSRLS, or DATABASE_URL's owner reused for the API).
 */
@Injectable()
export class DatabaseStartup implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await assertRestrictedApiRole(this.dataSource);
  }
}

/** Throws unless the connection's role is an unprivileged, non-owning role (see database-roles.ts). */
export async function assertRestrictedApiRole(dataSource: DataSource): Promise<void> {
  const [role] = (await dataSource.query(
    `SELECT current_user AS name, r.rolsuper, r.rolbypassrls, r.rolreplication, r.rolcreaterole,
            EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owns_tables
       FROM pg_roles r WHERE r.rolname = current_user`,
  )) as Array<{
    name: string;
    rolsuper: boolean;
    rolbypassrls: boolean;
    rolreplication: boolean;
    rolcreaterole: boolean;
    owns_tables: boolean;
  }>;
  const problems = [
    role?.rolsuper && 'is a superuser',
    role?.rolbypassrls && 'bypasses row-level security',
    role?.rolreplication && 'has REPLICATION',
    role?.rolcreaterole && 'has CREATEROLE',
    role?.owns_tables && 'owns (or is a member of the owner of) the tables',
  ].filter(Boolean);
  if (!role || problems.length > 0) {
    throw new Error(
      `The API's database role ${role?.name ?? '(unknown)'} ${problems.join(', ')}; it must be the restricted API role`,
    );
  }
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, ValidationRule } from 'graphql';
import type { AppConfig } from '../config/app-config';
import { validateEnv } from '../config/env.schema';
import { graphqlOptions } from './graphql-options';
import { everyDashboardOperation } from '../testing/dashboard-operations';

const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));

describe("the dashboard's operations under the API's validation rules as configured", () => {
  // The shipped defaults: the limits a district runs with unless it changes them.
  const env = validateEnv({});
  const config = { get: (key: keyof typeof env) => env[key] } as unknown as AppConfig;
  const rules = graphqlOptions(config).validationRules as ValidationRule[];

  it('passes every one: depth, aliases, cost and list size (a deeper screen must be flattened or the limit argued)', () => {
    const operations = everyDashboardOperation();
    expect(operations.length).toBeGreaterThan(30);
    const refused = operations.flatMap(({ name, document }) =>
      validate(schema, document, rules).map((error) => `${name}: ${error.message}`),
    );
    expect(refused).toEqual([]);
  });

  it('still counts the depth of fields written through fragments', () => {
    const deep = parse(`
      query { me { educator { ...A } } }
      fragment A on Educator { pdRecords { educator { ...B } } }
      fragment B on Educator { pdRecords { educator { pdRecords { educator { pdRecords { id } } } } } }
    `);
    expect(validate(schema, deep, rules).map((error) => error.message)).toContainEqual(
      expect.stringMatching(/depth limit of 8 exceeded, found 1\d/),
    );
    const shallow = parse(`query { me { educator { ...A } } } fragment A on Educator { pdRecords { id } }`);
    expect(validate(schema, shallow, rules)).toEqual([]);
  });
});

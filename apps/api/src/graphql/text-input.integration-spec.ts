// Generated from apps/api/schema.gql: every string argument and string input-object field of
// every query and mutation receives a NUL character and an unpaired surrogate, as HR, and no
// answer may be an internal error: such text is BAD_USER_INPUT naming where it was.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { createDistrict, TEST_PASSWORD } from '../testing/district-factory';
import { GraphQLClient } from '../testing/graphql-client';
import { applyImport, plainRoster, uploadImport } from '../imports/__fixtures__/imports-test-helpers';
import { startTestApp, TestApp } from '../testing/test-app';

const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
const BAD_TEXT: Array<[string, string]> = [
  ['a NUL character', 'before\u0000after'],
  ['an unpaired surrogate', 'before\ud800after'],
];

/** A plain valid-looking value of a type, with `bad` at the string leaf `path` (a list of field names). */
function valueOf(type: GraphQLInputType, path: string[], bad: string): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, path, bad);
  if (isListType(type)) return [valueOf(type.ofType as GraphQLInputType, path, bad)];
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      if (field.name === path[0]) value[field.name] = valueOf(field.type, path.slice(1), bad);
      else if (isNonNullType(field.type) && field.defaultValue === undefined) value[field.name] = valueOf(field.type, [], '');
    }
    return value;
  }
  if (isEnumType(named)) return named.getValues()[0].value;
  if (path.length === 0 && bad !== '' && (named.name === 'String' || named.name === 'ID')) return bad;
  switch (named.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    default:
      return 'text';
  }
}

/** Every path to a String or ID leaf inside a type (input objects followed once per type on a path). */
function stringPaths(type: GraphQLInputType, seen: ReadonlySet<string> = new Set()): string[][] {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'String' || named.name === 'ID' ? [[]] : [];
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  const inner = new Set([...seen, named.name]);
  return Object.values(named.getFields()).flatMap((field) => stringPaths(field.type, inner).map((rest) => [field.name, ...rest]));
}

interface Case {
  operation: string;
  target: string;
  query: string;
  variables: (bad: string) => Record<string, unknown>;
}

function casesOf(kind: 'query' | 'mutation', root: GraphQLObjectType | null | undefined): Case[] {
  if (!root) return [];
  return Object.values(root.getFields()).flatMap((field: GraphQLField<unknown, unknown>) =>
    field.args.flatMap((argument: GraphQLArgument) =>
      stringPaths(argument.type).map((path): Case => {
        // Required arguments and the one under test, each as a variable of its declared type.
        const used = field.args.filter((a) => a === argument || (isNonNullType(a.type) && a.defaultValue === undefined));
        const declarations = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
        const passed = used.map((a) => `${a.name}: $${a.name}`).join(', ');
        const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
        return {
          operation: field.name,
          target: [argument.name, ...path].join('.'),
          query: `${kind}(${declarations}) { ${field.name}(${passed})${selection} }`,
          variables: (bad) =>
            Object.fromEntries(used.map((a) => [a.name, a === argument ? valueOf(a.type, path, bad) : valueOf(a.type, [], '')])),
        };
      }),
    ),
  );
}

const cases = [...casesOf('query', schema.getQueryType()), ...casesOf('mutation', schema.getMutationType())];

describe('NUL characters and unpaired surrogates in every string input (generated from schema.gql)', () => {
  let testApp: TestApp;
  let hr: GraphQLClient;

  beforeAll(async () => {
    testApp = await startTestApp();
    const district = await createDistrict(testApp.dataSource, { schoolYear: 2023 });
    hr = new GraphQLClient(testApp.baseUrl);
    await hr.signIn(district.accounts.hr.email, TEST_PASSWORD);
  });

  afterAll(() => testApp.close());

  it('covers the string arguments the security review saw fail, and many more', () => {
    const targets = new Set(cases.map((c) => `${c.operation}(${c.target})`));
    for (const expected of ['signIn(email)', 'submitPdRecord(input.title)', 'staff(search)']) {
      expect(
        [...targets].some(
          (target) => target.startsWith(expected.split('(')[0]) && target.includes(expected.split('(')[1].slice(0, -1)),
        ),
      ).toBe(true);
    }
    expect(cases.length).toBeGreaterThan(100);
  });

  it('answers BAD_USER_INPUT naming the argument, never an internal error, for every one', async () => {
    const failures: string[] = [];
    for (const testCase of cases) {
      for (const [what, bad] of BAD_TEXT) {
        const response = await hr.request(testCase.query, testCase.variables(bad));
        const codes = (response.errors ?? []).map((error) => error.extensions?.code);
        // The error names the path with list positions (hypotheticals[0].title).
        const field = response.errors?.[0]?.extensions?.field?.replace(/\[\d+\]/g, '');
        if (codes.includes('INTERNAL_SERVER_ERROR') || codes[0] !== 'BAD_USER_INPUT' || field !== testCase.target) {
          failures.push(
            `${testCase.operation} ${testCase.target} with ${what}: ${response.status} ${JSON.stringify(response.errors)}`,
          );
        } else if (response.status !== 400) {
          failures.push(`${testCase.operation} ${testCase.target} with ${what}: HTTP ${response.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('reports a NUL in a roster CSV as a preview problem naming file, line and column; the import cannot be applied', async () => {
    const roster = plainRoster([
      {
        id: 'NUL-1',
        first: 'Ja\u0000mes',
        last: 'Chen',
        email: 'nul.test@nul.example.org',
        school: 'NUL',
        schoolName: 'Nul School',
      },
    ]);
    const preview = await uploadImport(testApp.baseUrl, hr.cookie, 'roster', [{ name: 'staff.csv', content: roster }]);
    expect(preview.status).toBe(200);
    expect(preview.body.canApply).toBe(false);
    expect(preview.body.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: 'staff.csv', line: 2, column: 'first_name', code: 'encoding' }),
    ]);
    const applied = await applyImport(hr, 'Roster', preview.body.id);
    expect(applied.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('checks the values of each request, also when the same document was accepted before', async () => {
    // The plugin finds a document's arguments once; the values come from each request.
    const inline = (search: string) => `query { staff(search: ${JSON.stringify(search)}) { totalCount } }`;
    const withVariable = `query($search: String) { staff(search: $search) { totalCount } }`;
    for (let i = 0; i < 2; i++) {
      expect((await hr.request(withVariable, { search: 'Ada' })).errors).toBeUndefined();
      const refused = await hr.request(withVariable, { search: 'Ada\u0000' });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
      expect((await hr.request(inline('Ada'))).errors).toBeUndefined();
      expect((await hr.request(inline('Ada\u0000'))).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('still accepts ordinary text, including characters outside the Basic Multilingual Plane', async () => {
    const response = await hr.request(`query($search: String) { staff(search: $search) { totalCount } }`, { search: 'Ada 𝒜 😀' });
    expect(response.errors).toBeUndefined();
  });
});

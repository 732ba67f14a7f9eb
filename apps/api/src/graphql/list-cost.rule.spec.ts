import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse, validate } from 'graphql';
import { LIST_LIMITS, listCostRule, operationListCost } from './list-cost.rule';
import { everyDashboardOperation } from '../testing/dashboard-operations';

const root = join(__dirname, '../../../..');
const schema = buildSchema(readFileSync(join(root, 'apps/api/schema.gql'), 'utf8'));
const DEFAULT_MAX = 100_000;

function cost(query: string): number {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return operationListCost(schema, operation, {});
}

describe('listCostRule', () => {
  it('refuses the 15-alias pdRecords -> educator -> pdRecords chain before it runs, naming cost and limit', () => {
    const chain = `r%: myPdRecords { id educator { id pdRecords { id title educator { id pdRecords { id title } } } } }`;
    const query = `query { ${Array.from({ length: 15 }, (_, i) => chain.replace('%', String(i))).join(' ')} }`;
    const errors = validate(schema, parse(query), [listCostRule(DEFAULT_MAX)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(/too large: it could return [\d,]+ fields, over the limit of 100,000/);
    // Even one alias, one hop deeper than the dashboard ever goes, is refused.
    expect(validate(schema, parse(`query { ${chain.replace('%', '0')} }`), [listCostRule(DEFAULT_MAX)])).toHaveLength(1);
  });

  it('multiplies through nesting, counts lists by their limit (capped) and pages by the limit of their field', () => {
    expect(cost(`{ myPdRecords { id } }`)).toBe(1 + 500);
    // myPdRecords, then id and educator per record, then pdRecords per record, then id per record of each.
    expect(cost(`{ myPdRecords { id educator { pdRecords { id } } } }`)).toBe(1 + 2 * 500 + 500 + 500 * 500);
    expect(cost(`{ catalogItems { id } }`)).toBe(1 + 20);
    expect(cost(`{ catalogItems(limit: 5) { id } }`)).toBe(1 + 5);
    expect(cost(`{ catalogItems(limit: 100000) { id } }`)).toBe(1 + 100);
    expect(cost(`query($n: Int!) { catalogItems(limit: $n) { id } }`)).toBe(1 + 100);
    expect(cost(`{ staff(limit: 10) { totalCount rows { hourEquivalents } } }`)).toBe(1 + 1 + 1 + 10);
    expect(cost(`{ staff { rows { hourEquivalents } } }`)).toBe(1 + 1 + 25);
    expect(cost(`{ a: schools { id } b: schools { id } }`)).toBe(2 * (1 + 200));
    // A school home's attention page: its rows count as its limit (default 10, a variable at the
    // cap of 100), its byReason as the five reasons.
    const attention = (args: string) =>
      `query($n: Int) { schoolDashboard(schoolId: "s") { attention${args} { total rows { reasons } byReason { count } } } }`;
    expect(cost(attention('(limit: 10)'))).toBe(1 + 1 + 1 + 1 + 10 + 1 + 5);
    expect(cost(attention(''))).toBe(1 + 1 + 1 + 1 + 10 + 1 + 5);
    expect(cost(attention('(limit: $n)'))).toBe(1 + 1 + 1 + 1 + 100 + 1 + 5);
  });

  it('passes every operation the dashboard sends', () => {
    const operations = everyDashboardOperation();
    expect(operations.length).toBeGreaterThan(30);
    const over: string[] = [];
    for (const { name, document } of operations) {
      const errors = validate(schema, document, [listCostRule(DEFAULT_MAX)]);
      if (errors.length) over.push(`${name}: ${errors.map((e) => e.message).join('; ')}`);
    }
    expect(over).toEqual([]);
  });
});

describe('LIST_LIMITS', () => {
  it('gives every list of objects a root query or mutation returns a limit (argument cap or declared maximum)', () => {
    const missing: string[] = [];
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        const list = String(field.type).startsWith('[');
        const ofObjects = !/^\[(String|ID|Int|Boolean)!?\]/.test(String(field.type));
        if (list && ofObjects && LIST_LIMITS[`${type?.name}.${field.name}`] === undefined)
          missing.push(`${type?.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DefinitionNode, DocumentNode, FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';

const root = resolve(__dirname, '../../../..');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? graphqlFiles(join(dir, entry.name)) : entry.name.endsWith('.graphql') ? [join(dir, entry.name)] : [],
  );
}

let parsed: DocumentNode | undefined;

/** Every `.graphql` file of the dashboard (apps/dashboard/src), parsed as one document. */
function dashboardDocument(): DocumentNode {
  parsed ??= parse(
    graphqlFiles(join(root, 'apps/dashboard/src'))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n'),
  );
  return parsed;
}

/** Every operation the dashboard sends, each with every fragment (as codegen builds them). */
export function everyDashboardOperation(): Array<{ name: string; document: DocumentNode }> {
  const all = dashboardDocument();
  const fragments = all.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return all.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [
          {
            name: definition.name?.value ?? '(anonymous)',
            document: { kind: Kind.DOCUMENT, definitions: [definition, ...fragments] },
          },
        ]
      : [],
  );
}

/** One operation of the dashboard (apps/dashboard/src/**\/*.graphql) with the fragments it uses, printed as the dashboard sends it. */
export function dashboardOperation(name: string): string {
  const definitions = dashboardDocument().definitions;
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const chosen = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!chosen) throw new Error(`No operation ${name} in apps/dashboard/src`);
  const needed: DefinitionNode[] = [chosen];
  const seen = new Set<string>();
  for (let i = 0; i < needed.length; i++) {
    visit(needed[i], {
      FragmentSpread(node) {
        if (seen.has(node.name.value)) return;
        seen.add(node.name.value);
        const fragment = fragments.get(node.name.value);
        if (fragment) needed.push(fragment);
      },
    });
  }
  return print({ kind: Kind.DOCUMENT, definitions: needed } as DocumentNode);
}

// Fails when the top-level folders of apps/api/src import each other in a cycle. Each non-test
// .ts file belongs to its top-level folder; relative imports (static, `export ... from`, dynamic
// import()) between two folders are edges; every strongly connected group of more than one folder
// is printed with the imports that tie it. Files directly in src (app.module.ts, entities.ts,
// main.ts) are the composition root and are not a folder.
// Usage: node apps/api/tools/check-folder-cycles.mjs [apps/api/src]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = resolve(process.argv[2] || 'apps/api/src');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (!/^(__fixtures__|__corpus__|bench|migrations)$/.test(name)) walk(path);
    } else if (/\.ts$/.test(name) && !/\.(spec|integration-spec|e2e-spec|d)\.ts$/.test(name)) files.push(path);
  }
})(root);

const folderOf = (file) => {
  const parts = relative(root, file).split(sep);
  return parts.length > 1 ? parts[0] : null;
};
const edges = new Map(); // folder -> Map(folder -> [example import])
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = resolve(dirname(file), m[1]);
    if (!target.startsWith(root + sep)) continue;
    const a = folderOf(file);
    const b = folderOf(target);
    if (!a || !b || a === b) continue;
    if (!edges.has(a)) edges.set(a, new Map());
    const to = edges.get(a);
    if (!to.has(b)) to.set(b, []);
    to.get(b).push(`${relative(root, file)} -> ${m[1]}`);
  }
}

// Tarjan's strongly connected components.
let counter = 0;
const index = new Map();
const low = new Map();
const onStack = new Set();
const stack = [];
const groups = [];
function visit(v) {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const group = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) groups.push(group.sort());
  }
}
for (const folder of new Set(files.map(folderOf).filter(Boolean))) if (!index.has(folder)) visit(folder);

for (const group of groups) {
  console.log(`cycle of ${group.length} folders: ${group.join(', ')}`);
  for (const a of group)
    for (const [b, why] of edges.get(a) ?? [])
      if (group.includes(b)) console.log(`  ${a} -> ${b}: ${why[0]}${why.length > 1 ? ` (+${why.length - 1})` : ''}`);
}
console.log(`API folder cycles: ${groups.length}`);
process.exit(groups.length ? 1 : 0);

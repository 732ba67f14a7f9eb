// Reports the gzipped JavaScript each route needs before it can render: the entry chunk, the lazy
// chunks the route loads, and everything they import statically. Budget: 300 KB per route.
// Run after `nx run dashboard:build`; exits non-zero when a route is over budget.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const workspaceRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const distDir = path.join(workspaceRoot, 'dist/apps/dashboard');
const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
const BUDGET_BYTES = 300 * 1024;

// The lazy modules each route renders, in the order the router loads them.
const routes = {
  'sign-in': ['src/pages/sign-in-page.tsx'],
  'teacher home': ['src/app/app-layout.tsx', 'src/pages/home-page.tsx', 'src/pages/teacher-home-page.tsx'],
  'principal home': ['src/app/app-layout.tsx', 'src/pages/home-page.tsx', 'src/pages/staff-page.tsx'],
  'HR home': ['src/app/app-layout.tsx', 'src/pages/home-page.tsx', 'src/pages/district-overview-page.tsx'],
  'educator page': ['src/app/app-layout.tsx', 'src/pages/educator-page.tsx'],
  'set password': ['src/pages/set-password-page.tsx'],
  imports: ['src/app/app-layout.tsx', 'src/pages/imports-page.tsx'],
  review: ['src/app/app-layout.tsx', 'src/pages/review-page.tsx'],
  audit: ['src/app/app-layout.tsx', 'src/pages/audit-page.tsx'],
  badges: ['src/app/app-layout.tsx', 'src/pages/badges-page.tsx'],
  renewal: ['src/app/app-layout.tsx', 'src/pages/renewal-page.tsx'],
  'what-if plan': ['src/app/app-layout.tsx', 'src/pages/what-if-page.tsx'],
  rules: ['src/app/app-layout.tsx', 'src/pages/rules-page.tsx'],
  'rule preset': ['src/app/app-layout.tsx', 'src/pages/rule-preset-page.tsx'],
  portability: ['src/app/app-layout.tsx', 'src/pages/portability-page.tsx'],
  goals: ['src/app/app-layout.tsx', 'src/pages/goals-page.tsx'],
  goal: ['src/app/app-layout.tsx', 'src/pages/goal-page.tsx'],
};

function collect(key, seen) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return;
  seen.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported, seen);
}

const gzipSize = (file) => gzipSync(readFileSync(path.join(distDir, file))).length;
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
const css = manifest[entryKey].css ?? [];
const cssBytes = css.reduce((sum, file) => sum + gzipSize(file), 0);

let over = false;
console.log(`CSS (all routes, gzipped): ${(cssBytes / 1024).toFixed(1)} KB`);
for (const [route, modules] of Object.entries(routes)) {
  const files = new Set();
  collect(entryKey, files);
  for (const module of modules) {
    if (!manifest[module]) throw new Error(`No chunk for ${module} in the Vite manifest`);
    collect(module, files);
  }
  const bytes = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
  // What the page loads after its first render (the charts), for the complete picture.
  const later = new Set(files);
  const routeModules = new Set(Object.values(routes).flat());
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!files.has(chunk.file) || routeModules.has(key)) continue;
    for (const lazyModule of chunk.dynamicImports ?? []) if (!routeModules.has(lazyModule)) collect(lazyModule, later);
  }
  const laterBytes = [...later].filter((file) => !files.has(file)).reduce((sum, file) => sum + gzipSize(file), 0);
  over ||= bytes > BUDGET_BYTES;
  const kb = (value) => `${(value / 1024).toFixed(1).padStart(6)} KB`;
  console.log(
    `${route.padEnd(15)} initial ${kb(bytes)} gzipped JS (${files.size} files)` +
      (laterBytes > 10 * 1024 ? `, then ${kb(laterBytes)} loaded after first render (charts)` : '') +
      (bytes > BUDGET_BYTES ? '  OVER BUDGET' : ''),
  );
}
process.exit(over ? 1 : 0);

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { SESSION_QUERY_ELEMENT_ID, sessionQueryText } from './src/app/session-answer';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const apiOrigin = 'http://localhost:3000';

/** Writes the session check's query into index.html for the API to answer with the page (src/app/session-answer.ts). */
function sessionQueryBlock(): Plugin {
  return {
    name: 'pdledger-session-query',
    transformIndexHtml: () => [
      {
        tag: 'script',
        attrs: { type: 'application/json', id: SESSION_QUERY_ELEMENT_ID },
        // A JSON string; `<` escaped so nothing in it could end the element.
        children: JSON.stringify(sessionQueryText()).replace(/</g, '\\u003c'),
        injectTo: 'head',
      },
    ],
  };
}

// The API serves dist/apps/dashboard on its own port, so the app always calls a relative /graphql
// with same-origin cookies; in development the Vite server proxies those paths to the API.
export default defineConfig({
  root: projectRoot,
  cacheDir: fileURLToPath(new URL('../../node_modules/.vite/dashboard', import.meta.url)),
  plugins: [react(), sessionQueryBlock()],
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiOrigin, changeOrigin: false },
      '/health': { target: apiOrigin, changeOrigin: false },
      '/api': { target: apiOrigin, changeOrigin: false },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/dashboard', import.meta.url)),
    emptyOutDir: true,
    // No source maps in the served build (the API also refuses *.map): they would publish the
    // source. `vite build --sourcemap` makes them for local debugging.
    sourcemap: false,
    reportCompressedSize: true,
    // scripts/bundle-sizes.mjs reads the manifest to report each route's initial JavaScript.
    manifest: true,
  },
});

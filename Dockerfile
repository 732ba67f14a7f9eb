# PD Ledger: one image holds the API and the built dashboard it serves on the same port.
# Build:  docker build -t pd-ledger .      Run: see docker-compose.yml.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# Native addons (argon2) build from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
# npm ci refuses a lock file that omits other platforms' optional binaries; npm install with the
# committed lock file then installs the same versions.
RUN npm ci || npm install --no-audit --no-fund
COPY nx.json tsconfig.base.json jest.preset.cjs eslint.config.mjs ./
COPY apps ./apps
COPY libs ./libs
RUN npx nx run-many -t build -p api dashboard --outputStyle=static \
 && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    DASHBOARD_DIR=/app/dist/apps/dashboard
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same Node flags as `npm start` (a spec holds them equal): a bounded heap, so V8 collects a
# long export's garbage instead of growing (docs/benchmarks.md, "Reports").
CMD ["node", "--max-old-space-size=384", "dist/apps/api/apps/api/src/main.js"]

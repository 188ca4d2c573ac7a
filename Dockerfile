# The Accords API. Build: docker build -t accords .   Run: see docker-compose.yml.
# Three stages: `build` compiles (TypeScript, the Prisma client, better-sqlite3);
# `production-dependencies` installs what the server needs at run time and no
# more; the last stage runs that as a non-root user, with the SQLite file on a
# volume. `npm run check:image` replays this recipe without Docker.

FROM node:24-bookworm-slim AS build
# better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts tsconfig.json tsconfig.build.json bundle.mjs ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY src ./src
RUN npm run build

# Not `npm prune --omit=dev`, nor `npm ci --omit=dev` alone: both keep the Prisma CLI
# and TypeScript, which @prisma/client lists as optional peers (some 300 MB). No
# production dependency is optional, so --omit=optional drops only those. Install
# scripts are skipped; the one native module, better-sqlite3, comes compiled from
# the build stage.
FROM node:24-bookworm-slim AS production-dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --omit=optional --ignore-scripts --no-audit --no-fund
COPY --from=build /app/node_modules/better-sqlite3/build/Release/better_sqlite3.node ./node_modules/better-sqlite3/build/Release/

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    MALLOC_TRIM_THRESHOLD_=1048576 \
    MALLOC_TOP_PAD_=1048576 \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=file:/app/data/accords.db
WORKDIR /app
# The code belongs to root and is read-only to the server; only /app/data is writable.
COPY --from=build /app/package.json ./package.json
COPY --from=production-dependencies /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/prisma ./prisma
COPY seed ./seed
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/cli/healthcheck.js"]
# The server finishes in-flight requests on SIGTERM (SHUTDOWN_TIMEOUT_MS, default 10 s).
STOPSIGNAL SIGTERM
# The environment (ENV above) and Node flags of `npm start` (package.json), explained in the README ("Performance").
CMD ["node", "--liftoff-only", "--max-semi-space-size=2", "--heap-growing-percent=50", "dist/server.bundle.js"]

# breachclock worker and ops console for docker-compose.yml. Installs are pinned: npm ci from package-lock.json.
#
# build: every dependency (npm ci), then the release (`npm run build`): the sources compiled to dist/ by tsc
# and the prebuilt workflow bundle dist/workflow-bundle.js, so the worker does not run webpack at start.
# runtime: the runtime dependencies only (npm ci --omit=dev: no tsx, no TypeScript), dist/, the bin and the
# examples; runs compiled JavaScript as `node`.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY platform ./platform
COPY reports ./reports
COPY application ./application
COPY worker ./worker
COPY client ./client
COPY scripts/dev/build.ts scripts/dev/build-bundle.ts ./scripts/dev/
RUN npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY examples ./examples
# The code stays root's (read-only to the service); the records volume is created owned by `node` (uid 1000),
# which Docker copies onto a new named volume mounted there; docker-compose.yml's records-init sets it on any other.
RUN mkdir -p /records && chown 1000:1000 /records
# The image's `node` user, by number: docker-compose.yml's records-init gives the records volume to this uid.
USER 1000:1000
# `npm run worker` runs dist/worker/main.js (with its prebuilt bundle beside it) and carries the V8 heap flags
# (docs/performance.md: worker memory); npm passes SIGTERM on.
CMD ["npm", "run", "worker"]

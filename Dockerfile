# breachclock worker and ops console for docker-compose.yml. Installs are pinned: npm ci from package-lock.json.
#
# build: every dependency (npm ci), then the workflow bundle, so the worker does not run webpack at start.
# runtime: the runtime dependencies only (npm ci --omit=dev), the sources, the bundle; runs as `node`.
# There is no compile step: the worker, the console and the CLI run their TypeScript through tsx (a runtime
# dependency), as `npm run worker` and bin/breachclock.js do outside Docker.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY platform ./platform
COPY reports ./reports
COPY worker ./worker
COPY scripts/dev/build-bundle.ts ./scripts/dev/build-bundle.ts
RUN npx tsx scripts/dev/build-bundle.ts /app/dist/workflow-bundle.js

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --omit=dev && npm cache clean --force
COPY tsconfig.json ./
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY platform ./platform
COPY reports ./reports
COPY application ./application
COPY worker ./worker
COPY client ./client
COPY bin ./bin
COPY examples ./examples
COPY --from=build /app/dist/workflow-bundle.js ./dist/workflow-bundle.js
ENV BREACHCLOCK_WORKFLOW_BUNDLE=/app/dist/workflow-bundle.js
# The code stays root's (read-only to the service); the records volume is created owned by `node` (uid 1000),
# which Docker copies onto a new named volume mounted there; docker-compose.yml's records-init sets it on any other.
RUN mkdir -p /records && chown 1000:1000 /records
# The image's `node` user, by number: docker-compose.yml's records-init gives the records volume to this uid.
USER 1000:1000
# `npm run worker` carries the V8 heap flags (docs/performance.md: worker memory); npm passes SIGTERM on.
CMD ["npm", "run", "worker"]

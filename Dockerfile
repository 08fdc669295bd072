# breachclock worker (and, later, the ops console) for docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --omit=dev
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY worker ./worker
COPY client ./client
COPY bin ./bin
COPY examples ./examples
COPY tsconfig.json ./
USER node
# The same V8 heap flags as `npm run worker` (docs/performance.md: worker memory).
CMD ["node", "--max-semi-space-size=2", "--max-old-space-size=192", "--optimize-for-size", "-r", "tsx/cjs", "worker/main.ts"]

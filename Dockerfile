# breachclock worker (and, later, the ops console) for docker-compose.yml.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund --omit=dev
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
COPY tsconfig.json ./
USER node
# `npm run worker` carries the V8 heap flags (docs/performance.md: worker memory); npm passes SIGTERM on.
CMD ["npm", "run", "worker"]

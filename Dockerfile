# The API image: node 20, `npm ci`, build, run `directive-graph start`
# (ingests ./seeds when the store is empty, then serves on PORT).
# Used by docker-compose.yml with Neo4j as the store.

FROM node:20-bookworm AS build
WORKDIR /app
# Sources before `npm ci`: its `prepare` script builds, and better-sqlite3
# compiles (or fetches) its native binding here, where the toolchain is.
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY scripts ./scripts
COPY schema ./schema
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Runtime assets read from the repository layout: Neo4j schema files, the
# committed GraphQL schema and GraphiQL bundle under src/, and the seeds.
COPY --from=build /app/schema ./schema
COPY --from=build /app/src ./src
COPY seeds ./seeds
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 4000
CMD ["node", "dist/src/cli/main.js", "start"]

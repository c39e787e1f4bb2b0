# LL3M Studio, multi-stage: `docker build --target web -t ll3m-web .` and `docker build --target worker -t ll3m-worker .`
# (the worker image also runs migrations: `node --import tsx scripts/migrate.ts`). See docs/deploy.md.

# --- build: every dependency (tailwind and typescript are devDependencies), the Prisma client and `next build`.
FROM node:20-bookworm-slim AS build
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN PRISMA_SCHEMA_ENGINE_BINARY=/bin/true node node_modules/prisma/build/index.js generate
RUN node node_modules/next/dist/bin/next build
# What the worker and the migrations need at run time: production dependencies only.
RUN npm prune --omit=dev --no-audit --no-fund

# --- web: Next's standalone output (the server and only the node_modules it traced) behind scripts/serve-web.mjs.
FROM node:20-bookworm-slim AS web
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 LL3M_DATA_DIR=/data
WORKDIR /app
COPY --from=build /app/.next/standalone ./
# scripts/serve-web.mjs runs Next through its programmatic API, which loads the config with parts of the next
# package the trace leaves out: the whole package replaces the traced copy.
COPY --from=build /app/node_modules/next ./node_modules/next
COPY --from=build /app/.next/static ./.next/static
COPY --from=build /app/public ./public
COPY --from=build /app/next.config.mjs ./
COPY --from=build /app/scripts/serve-web.mjs ./scripts/serve-web.mjs
COPY --from=build /app/scripts/lib/client-address.mjs ./scripts/lib/client-address.mjs
USER node
EXPOSE 3000
# Alive when it answers at all: health is 503 while no worker beats, which is not this container's fault.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://localhost:'+(process.env.PORT||3000)+'/api/v1/health').then(()=>process.exit(0),()=>process.exit(1))"
CMD ["node", "scripts/serve-web.mjs"]

# --- worker: Blender (+ numpy for the glTF exporter) and bubblewrap, the sources it runs with tsx.
FROM node:20-bookworm-slim AS worker
ENV NODE_ENV=production LL3M_DATA_DIR=/data
RUN apt-get update \
 && apt-get install -y --no-install-recommends blender python3-numpy bubblewrap util-linux ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json /app/tsconfig.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/lib ./lib
COPY --from=build /app/worker ./worker
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts ./scripts
CMD ["node", "--import", "tsx", "worker/main.ts"]

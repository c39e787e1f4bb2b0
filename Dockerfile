# LL3M Studio: one image for the web server and the worker (choose with --role).
FROM node:20-bookworm-slim

ENV NEXT_TELEMETRY_DISABLED=1 \
    NODE_ENV=production \
    LL3M_DATA_DIR=/data \
    PORT=3000

# Blender + numpy for the glTF exporter; bubblewrap sandboxes the code Blender runs.
RUN apt-get update \
 && apt-get install -y --no-install-recommends blender python3-numpy bubblewrap util-linux ca-certificates \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN PRISMA_SCHEMA_ENGINE_BINARY=/bin/true node node_modules/prisma/build/index.js generate \
 && node node_modules/next/dist/bin/next build

VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD node -e "fetch('http://localhost:'+(process.env.PORT||3000)+'/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Without DATABASE_URL this runs an embedded PostgreSQL in /data; with it, web and worker alone.
CMD ["node", "scripts/run.mjs", "start", "--no-build"]

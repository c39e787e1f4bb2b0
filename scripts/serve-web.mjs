// The web server: Next's request handler behind a plain Node HTTP server (Next's documented custom-server API), so
// every request's client address is settled here, before any route sees it (scripts/lib/client-address.mjs).
// It stops when the launcher that spawned it goes away, even by SIGKILL: the IPC channel to the parent closes.
// Usage: node scripts/serve-web.mjs [-p PORT] [-H HOST]
import { createServer } from "node:http";
import next from "next";
import { resolveClientAddress, trustedProxyHops } from "./lib/client-address.mjs";

function option(flags, fallback) {
  const i = process.argv.findIndex((a) => flags.includes(a));
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? 3000));
const hostname = option(["-H", "--hostname"], undefined);
const hops = trustedProxyHops(process.env.LL3M_TRUSTED_PROXIES);

const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

// Next flushes a response's headers, then writes the body and the end, each a write of its own; held until the
// event loop's next turn they leave in one (a write to a socket is among the largest costs of a small answer).
function coalesceWrites(res) {
  const flushHeaders = res.flushHeaders.bind(res);
  res.flushHeaders = () => {
    const socket = res.socket;
    if (socket && !socket.destroyed) {
      socket.cork();
      setImmediate(() => socket.uncork());
    }
    flushHeaders();
  };
}

const server = createServer((req, res) => {
  resolveClientAddress(req, hops);
  coalesceWrites(res);
  void handle(req, res);
});
server.listen(port, hostname, () => console.log(`[web] ready on http://${hostname ?? "localhost"}:${port}`));

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  // Open event streams would hold close() forever: end them too, then leave.
  server.close(() => process.exit(0));
  server.closeAllConnections();
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
if (process.send) process.on("disconnect", stop);

// Runs `next start` in this process, and stops it when the launcher that spawned us goes away (even by SIGKILL):
// the IPC channel to the parent closes, which a plain `next start` would not notice.
if (process.send) process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));
process.argv = [process.argv[0], "next", "start", ...process.argv.slice(2)];
await import("../node_modules/next/dist/bin/next");

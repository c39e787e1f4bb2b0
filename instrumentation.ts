/** Runs once when the web server starts: a bad or missing env var stops it here, with the variable's name. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getEnv } = await import("@/lib/env");
  getEnv();
}

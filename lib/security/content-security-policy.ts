/**
 * The pages' Content Security Policy. Scripts run only with this request's nonce (Next puts it on its own scripts
 * when it finds it in the request's CSP, see proxy.ts) or when loaded by such a script ('strict-dynamic'); React's
 * development build needs eval, production never. Styles allow inline attributes: React and the charts set them.
 * The viewer loads GLB textures through blob: and data: URLs (images and fetch) and may decode in blob: workers.
 * With downloads redirected to presigned bucket URLs, the bucket's origin is allowed for images and fetches too.
 */
export function contentSecurityPolicy({ nonce, dev, bucketOrigins = [] }: { nonce: string; dev: boolean; bucketOrigins?: string[] }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "blob:", "data:", ...bucketOrigins],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", "blob:", "data:", ...bucketOrigins],
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(" ")}`).join("; ");
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function createNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

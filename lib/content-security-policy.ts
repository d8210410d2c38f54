/**
 * The Content-Security-Policy of every page: scripts only with this request's nonce (Next.js
 * reads it from the request's CSP header and puts it on its own scripts) and what they load
 * ('strict-dynamic'); no inline scripts otherwise. Styles keep 'unsafe-inline' for React's style
 * attributes. Development adds 'unsafe-eval', which React's dev tooling needs.
 */
export function pageContentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64) for one request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

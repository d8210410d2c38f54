import { parseTrustedProxies } from "@/lib/config";
import { deriveClientAddress, socketAddressHeader, type AddressRange } from "@/lib/domain/client-address";

let trusted: { source: string | undefined; ranges: AddressRange[] } | undefined;

function trustedProxies(): AddressRange[] {
  const source = process.env.STYRERUM_TRUSTED_PROXIES;
  if (!trusted || trusted.source !== source) trusted = { source, ranges: parseTrustedProxies(source) };
  return trusted.ranges;
}

/**
 * The client's address: the socket peer the server stamped, or — only when trusted proxies are
 * configured — the first untrusted hop of X-Forwarded-For read right to left. Never a client's say-so.
 */
export function clientIp(headers: Headers): string {
  return deriveClientAddress({
    socketAddress: headers.get(socketAddressHeader),
    forwardedFor: headers.get("x-forwarded-for"),
    trustedProxies: trustedProxies(),
  });
}

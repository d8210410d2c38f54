/**
 * The client's address: the socket's peer unless trusted proxies are configured; only then is
 * X-Forwarded-For read, right to left, past the trusted hops. Pure: no Node APIs.
 */

/** Set by the server (scripts/serve.mjs) from the socket; any copy sent by a client is removed first. */
export const socketAddressHeader = "x-styrerum-socket-address";

/** An address or CIDR range, held as 16 bytes (IPv4 as IPv4-mapped IPv6) and a prefix length. */
export type AddressRange = { bytes: number[]; prefix: number };

function parseIpv4(text: string): number[] | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : 256));
  return bytes.every((byte) => byte <= 255) ? bytes : null;
}

function parseIpv6(raw: string): number[] | null {
  let text = raw;
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    const ipv4 = parseIpv4(text.slice(lastColon + 1));
    if (!ipv4) return null;
    const word = (high: number, low: number) => ((high << 8) | low).toString(16);
    text = `${text.slice(0, lastColon + 1)}${word(ipv4[0], ipv4[1])}:${word(ipv4[2], ipv4[3])}`;
  }
  if (!/^[0-9a-f:]+$/i.test(text)) return null;
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const toWords = (part: string) => (part === "" ? [] : part.split(":"));
  const head = toWords(halves[0]);
  const tail = halves.length === 2 ? toWords(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const words = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (!words.every((word) => /^[0-9a-f]{1,4}$/i.test(word))) return null;
  return words.flatMap((word) => [parseInt(word, 16) >> 8, parseInt(word, 16) & 0xff]);
}

const mappedPrefix = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

/** 16 bytes for an IPv4 or IPv6 literal (brackets, a port and an IPv6 zone are tolerated), or null. */
export function parseAddress(raw: string): number[] | null {
  let text = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.replace(/%[\w.-]+$/, "");
  const ipv4 = parseIpv4(text);
  if (ipv4) return [...mappedPrefix, ...ipv4];
  return text.includes(":") ? parseIpv6(text) : null;
}

/** Canonical text: dotted IPv4 for IPv4 and IPv4-mapped addresses, RFC 5952 IPv6 otherwise. */
export function formatAddress(bytes: number[]): string {
  if (mappedPrefix.every((byte, index) => bytes[index] === byte)) return bytes.slice(12).join(".");
  const words = Array.from({ length: 8 }, (_, index) => (bytes[index * 2] << 8) | bytes[index * 2 + 1]);
  let bestStart = -1;
  let bestLength = 1;
  for (let index = 0; index < 8; ) {
    if (words[index] !== 0) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < 8 && words[end] === 0) end += 1;
    if (end - index > bestLength) [bestStart, bestLength] = [index, end - index];
    index = end;
  }
  const hex = words.map((word) => word.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

export function normalizeAddress(raw: string | null | undefined): string | null {
  const bytes = raw ? parseAddress(raw) : null;
  return bytes ? formatAddress(bytes) : null;
}

/** "10.0.0.0/8", "2001:db8::/32" or a single address; null when it is neither. */
export function parseAddressRange(raw: string): AddressRange | null {
  const [address, prefixText, ...extra] = raw.trim().split("/");
  if (extra.length > 0) return null;
  const bytes = parseAddress(address);
  if (!bytes || address.includes("[")) return null;
  const isIpv4 = parseIpv4(address.trim()) !== null;
  const maxPrefix = isIpv4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? maxPrefix : Number(prefixText);
  if (prefix > maxPrefix) return null;
  return { bytes, prefix: isIpv4 ? prefix + 96 : prefix };
}

export function inRange(bytes: number[], range: AddressRange): boolean {
  for (let bit = 0; bit < range.prefix; bit += 1) {
    const mask = 0x80 >> bit % 8;
    if ((bytes[bit >> 3] & mask) !== (range.bytes[bit >> 3] & mask)) return false;
  }
  return true;
}

export type AddressSources = {
  /** the peer address of the TCP connection, as the server stamped it */
  socketAddress: string | null | undefined;
  forwardedFor: string | null | undefined;
  trustedProxies: readonly AddressRange[];
};

/**
 * Without trusted proxies: the socket address, whatever X-Forwarded-For says. With them: walk
 * from the socket leftwards through X-Forwarded-For while the hop is trusted; the first untrusted
 * hop is the client. An unreadable entry stops the walk at the last trusted hop.
 */
export function deriveClientAddress({ socketAddress, forwardedFor, trustedProxies }: AddressSources): string {
  let current = socketAddress ? parseAddress(socketAddress) : null;
  if (!current) return "unknown";
  if (trustedProxies.length === 0) return formatAddress(current);
  const hops = (forwardedFor ?? "").split(",").map((hop) => hop.trim()).filter(Boolean);
  const trusted = (bytes: number[]) => trustedProxies.some((range) => inRange(bytes, range));
  while (trusted(current) && hops.length > 0) {
    const next = parseAddress(hops.pop()!);
    if (!next) break;
    current = next;
  }
  return formatAddress(current);
}

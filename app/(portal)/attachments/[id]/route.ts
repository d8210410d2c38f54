import type { NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { contentDisposition, mayShowInline } from "@/lib/domain/file-types";
import { readStoredBytes } from "@/lib/files/file-store";
import { paperForDownload } from "@/lib/queries/attachments";

export const dynamic = "force-dynamic";

/** Never scripts, never framed by another site; an inline PDF or image may be framed by this site's meeting mode. */
const downloadPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";
const inlinePolicy = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** The same answer for a paper that does not exist and one the user may not read: nothing reveals which. */
const notFound = () =>
  new Response("Bilaget findes ikke.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Content-Security-Policy": downloadPolicy },
  });

/**
 * GET /attachments/<id>: the paper's bytes as a download; a PDF or image inline with ?inline=1 (meeting mode's viewer).
 * The bytes of a paper never change (they are stored by their SHA-256), so their hash is the ETag: a browser, or
 * meeting mode's service worker, that holds the paper asks with If-None-Match and gets 304 instead of the bytes
 * again, once the user's right to read it has been checked.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return notFound();
  const paper = paperForDownload(user, (await params).id);
  if (!paper) return notFound();
  const inline = request.nextUrl.searchParams.get("inline") === "1" && mayShowInline(paper.mimeType);
  const etag = `"${paper.sha256}"`;
  const headers = {
    ETag: etag,
    "Cache-Control": "private, no-cache",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": inline ? "SAMEORIGIN" : "DENY",
    "Content-Security-Policy": inline ? inlinePolicy : downloadPolicy,
    "Cross-Origin-Resource-Policy": "same-origin",
  };
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  const bytes = readStoredBytes(paper.sha256);
  if (!bytes) return notFound();
  return new Response(new Uint8Array(bytes), {
    headers: {
      ...headers,
      "Content-Type": paper.mimeType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", paper.fileName),
    },
  });
}

/** Whether an If-None-Match header names this ETag (a list, weak or strong, or `*`). */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const trimmed = tag.trim();
    return trimmed === "*" || trimmed === etag || trimmed === `W/${etag}`;
  });
}

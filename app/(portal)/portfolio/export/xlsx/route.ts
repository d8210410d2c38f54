import type { NextRequest } from "next/server";
import { exportResponse } from "../export-response";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest): Promise<Response> {
  return exportResponse(request, "xlsx");
}

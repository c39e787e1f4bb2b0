import { NextResponse } from "next/server";
import { buildOpenApiDocument } from "@/lib/api/openapi/build-openapi-document";
import { withRequestLog } from "@/lib/api/with-request-log";

/** GET /api/v1/openapi.json (public): the OpenAPI 3.1 document, generated from the zod schemas. */
export const GET = withRequestLog(() => Promise.resolve(NextResponse.json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } })));

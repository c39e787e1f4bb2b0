import { handlers } from "@/lib/auth/auth";
import { withRequestLog } from "@/lib/api/with-request-log";

// Auth.js' own endpoints (sign-in, session, CSRF) get the request id, timing header and log line like the API.
export const GET = withRequestLog<{ nextauth: string[] }>((req) => handlers.GET(req));
export const POST = withRequestLog<{ nextauth: string[] }>((req) => handlers.POST(req));

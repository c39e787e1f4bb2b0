// What `npm audit --json` said, as one message and an exit code (scripts/audit.mjs).
const SEVERITIES = ["critical", "high", "moderate", "low", "info"];
// npm's error codes for a registry that cannot be reached at all.
const NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "ENETUNREACH", "EHOSTUNREACH"]);

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** @param {{ status: number | null, stdout: string, stderr: string, timedOut?: boolean }} run */
export function judgeAudit({ status, stdout, stderr, timedOut = false }) {
  if (timedOut) return { code: 0, message: "npm audit skipped: the registry did not answer the advisory check within 2 minutes." };
  const report = parse(stdout);
  const counts = report?.metadata?.vulnerabilities;
  if (counts) {
    const line = SEVERITIES.map((s) => `${counts[s] ?? 0} ${s}`).join(", ");
    const serious = (counts.critical ?? 0) + (counts.high ?? 0);
    const names = Object.values(report.vulnerabilities ?? {})
      .filter((v) => v.severity === "critical" || v.severity === "high")
      .map((v) => `  ${v.severity}: ${v.name}${v.fixAvailable ? " (fix available)" : ""}`);
    if (serious) return { code: 1, message: [`npm audit: ${line}. High or critical findings:`, ...names].join("\n") };
    return { code: 0, message: `npm audit: ${line}. No high or critical findings.` };
  }
  // An HTTP answer other than a report (405 Method Not Allowed from a mirror, 404, 501) or no answer at all.
  const httpStatus = report?.statusCode;
  const errorCode = report?.error?.code ?? report?.code;
  if (httpStatus || NETWORK.has(errorCode) || /audit endpoint returned an error/.test(stderr)) {
    const why = httpStatus ? `HTTP ${String(report.message ?? httpStatus).split(" - ")[0]}` : (errorCode ?? stderr.trim().split("\n").at(-1));
    return { code: 0, message: `npm audit skipped: the registry does not answer the advisory check here (${why}).` };
  }
  // Anything else (no lockfile, a broken install) is a real failure, not a skip.
  const detail = report?.error?.summary || report?.message || stderr.trim() || `exit ${status}`;
  return { code: status || 1, message: `npm audit failed: ${detail}` };
}

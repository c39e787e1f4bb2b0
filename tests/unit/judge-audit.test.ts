import { describe, expect, it } from "vitest";
import { judgeAudit } from "@/scripts/lib/judge-audit.mjs";

// The shape `npm audit --json` (report version 2) prints when the registry answers.
const report = (counts: Record<string, number>, vulns: Record<string, { name: string; severity: string; fixAvailable: boolean }> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities: vulns, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

describe("npm run audit", () => {
  it("fails on high or critical findings and names them with the counts", () => {
    const v = judgeAudit({ status: 1, stderr: "", stdout: report({ high: 1, moderate: 2 }, { tar: { name: "tar", severity: "high", fixAvailable: true }, ms: { name: "ms", severity: "moderate", fixAvailable: false } }) });
    expect(v.code).toBe(1);
    expect(v.message).toContain("0 critical, 1 high, 2 moderate, 0 low, 0 info");
    expect(v.message).toContain("high: tar (fix available)");
    expect(v.message).not.toContain("ms");
  });

  it("passes with the counts when nothing is high or critical", () => {
    const v = judgeAudit({ status: 1, stderr: "", stdout: report({ low: 3 }) });
    expect(v).toEqual({ code: 0, message: "npm audit: 0 critical, 0 high, 0 moderate, 3 low, 0 info. No high or critical findings." });
  });

  it("says plainly it was skipped when the registry refuses the advisory endpoint", () => {
    const stdout = JSON.stringify({ message: "405 Method Not Allowed - POST https://mirror.invalid/-/npm/v1/security/advisories/bulk", statusCode: 405, body: "", error: { summary: "", detail: "" } });
    const v = judgeAudit({ status: 1, stdout, stderr: "npm error audit endpoint returned an error\n" });
    expect(v).toEqual({ code: 0, message: "npm audit skipped: the registry does not answer the advisory check here (HTTP 405 Method Not Allowed)." });
  });

  it("skips when the registry cannot be reached or does not answer in time", () => {
    expect(judgeAudit({ status: 1, stdout: JSON.stringify({ error: { code: "ENOTFOUND", summary: "request failed" } }), stderr: "" }).code).toBe(0);
    expect(judgeAudit({ status: null, stdout: "", stderr: "", timedOut: true }).message).toMatch(/^npm audit skipped/);
  });

  it("fails on a local problem such as a missing lockfile", () => {
    const v = judgeAudit({ status: 1, stdout: JSON.stringify({ error: { code: "ENOLOCK", summary: "This command requires an existing lockfile." } }), stderr: "" });
    expect(v).toEqual({ code: 1, message: "npm audit failed: This command requires an existing lockfile." });
  });
});

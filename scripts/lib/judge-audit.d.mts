// Types of judge-audit.mjs (plain JS, so `npm run audit` runs before any dependency is installed).
export function judgeAudit(run: { status: number | null; stdout: string; stderr: string; timedOut?: boolean }): { code: number; message: string };

/** Exit codes of the CLI, documented in docs/cli.md. */
export const EXIT = {
  ok: 0,
  failed: 1,
  usage: 2,
  auth: 3,
  notFound: 4,
  unreachable: 5,
  interrupted: 130,
} as const;

/** An error the CLI reports as one line and an exit code; never a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    public exitCode: number = EXIT.failed,
    public code?: string,
  ) {
    super(message);
  }
}

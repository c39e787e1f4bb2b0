/**
 * Why an upload cannot be imported, with the code the API and the task report. Thrown by the checks that both the
 * web server (before queueing) and the worker (before extracting) run, so each side maps it to its own error.
 */
export class ImportRefusedError extends Error {
  constructor(
    public code: "unsupported_file" | "file_too_large" | "corrupt_file" | "unsafe_zip",
    message: string,
  ) {
    super(message);
  }
}

import { createInterface, type Interface } from "node:readline";
import { CliError, EXIT } from "@/lib/cli/errors";

// One reader for the whole run: a pipe may deliver several answers in one chunk, and a second reader would lose them.
let reader: Interface | undefined;
const lines: string[] = [];
const waiting: ((line: string | null) => void)[] = [];
let closed = false;
let muted = false;

function getReader(): Interface {
  if (reader) return reader;
  reader = createInterface({ input: process.stdin, output: process.stderr, terminal: Boolean(process.stdin.isTTY) });
  // Typed characters are echoed through _writeToOutput; muting it hides a password as it is typed.
  const r = reader as unknown as { _writeToOutput: (s: string) => void };
  const write = r._writeToOutput.bind(reader);
  r._writeToOutput = (s: string) => {
    if (!muted) write(s);
  };
  reader.on("line", (line) => (waiting.length ? waiting.shift()!(line) : lines.push(line)));
  reader.on("close", () => {
    closed = true;
    while (waiting.length) waiting.shift()!(null);
  });
  return reader;
}

/** Asks a question on stderr and reads one line; `hidden` does not echo what is typed (passwords). */
export async function ask(question: string, { hidden = false } = {}): Promise<string> {
  const rl = getReader();
  process.stderr.write(question);
  muted = hidden && Boolean(process.stdin.isTTY);
  const line = lines.length ? lines.shift()! : closed ? null : await new Promise<string | null>((r) => waiting.push(r));
  if (muted) process.stderr.write("\n");
  muted = false;
  if (line === null) throw new CliError("No input; aborted.", EXIT.usage);
  if (!lines.length && !waiting.length) rl.pause();
  return line.trim();
}

/** Lets the process exit once all questions are answered. */
export function closePrompt() {
  reader?.close();
}

import { createInterface } from "node:readline";
import { CliError, EXIT } from "@/lib/cli/errors";

/** Asks a question on the terminal; `hidden` does not echo what is typed (passwords). */
export function ask(question: string, { hidden = false } = {}): Promise<string> {
  // From a pipe (scripts, tests) the next line is the answer; nothing is echoed there anyway.
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: Boolean(process.stdin.isTTY) });
  return new Promise((resolve, reject) => {
    let answered = false;
    if (hidden && process.stdin.isTTY) {
      // Mute the echo: readline writes typed characters through _writeToOutput.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.includes(question)) process.stderr.write(s);
      };
    }
    rl.question(question, (answer) => {
      answered = true;
      rl.close();
      if (hidden && process.stdin.isTTY) process.stderr.write("\n");
      resolve(answer.trim());
    });
    rl.on("close", () => {
      if (!answered) reject(new CliError("No input; aborted.", EXIT.usage));
    });
  });
}

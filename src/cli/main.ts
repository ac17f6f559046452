#!/usr/bin/env node
import { bundledExampleVault, runCli } from "./cli";
import { COMMANDS } from "./commands";
import { isReaderThread, runReaderThread } from "./reader-thread";
import { describeSystemError } from "./read-regular-file";

if (isReaderThread()) runReaderThread();
else runCommandLine();

function runCommandLine(): void {
  // stdout's write errors arrive as an event, after the command has returned. A reader that
  // stopped reading (`scan --json | head -1`) is no failure: stop quietly, as a pipe's writer
  // should. Any other (a full disk, a closed terminal) is one line and exit status 2.
  let stdoutFailed = false;
  process.stdout.on("error", (error: Error & { code?: string }) => {
    if (stdoutFailed) return;
    stdoutFailed = true;
    if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
    process.stderr.write(`linked-devops-notes: could not write the output: ${describeSystemError(error)}\n`);
    process.exit(2);
  });
  // Nowhere left to report a failure to write a report.
  process.stderr.on("error", () => undefined);

  const io = {
    out: (text: string): void => {
      if (!stdoutFailed) process.stdout.write(text);
    },
    err: (text: string): void => {
      process.stderr.write(text);
    },
    errIsTerminal: process.stderr.isTTY === true,
  };
  // This bundle is also what the reader threads run (see `reader-thread.ts`).
  process.exitCode = runCli(process.argv.slice(2), io, bundledExampleVault(__dirname), COMMANDS, __filename);
}

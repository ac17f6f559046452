import { join } from "node:path";
import { version } from "../../package.json";
import { parseCommandLine, usageText } from "./cli-args";
import { CliError, UsageError, type CliCommand, type CliIo } from "./cli-command";
import { COMMANDS } from "./commands";

/**
 * The command-line shell: reads a vault folder, builds the same index the plugin builds, and
 * prints it. Returns the exit status instead of exiting, so tests can call it in-process.
 * Bad arguments and failures the user can act on (a missing folder, a file that cannot be
 * written) are one line on stderr and exit status 2, never a stack.
 */
export function runCli(argv: readonly string[], io: CliIo, exampleVault: string, commands: readonly CliCommand[] = COMMANDS, threadScript?: string): number {
  try {
    const line = parseCommandLine(argv, commands);
    if (line.kind === "help") {
      io.out(usageText(commands) + "\n");
      return 0;
    }
    if (line.kind === "version") {
      io.out(`linked-devops-notes ${version}\n`);
      return 0;
    }
    return line.command.run({ vault: line.vault, exampleVault, options: line.options, io, ...(threadScript !== undefined ? { threadScript } : {}) });
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`linked-devops-notes: ${error.message} (see linked-devops-notes --help)\n`);
      return 2;
    }
    if (error instanceof CliError) {
      io.err(`linked-devops-notes: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** Where the bundled example vault sits next to the built CLI (`dist/cli.cjs`). */
export function bundledExampleVault(cliDir: string): string {
  return join(cliDir, "..", "example-vault");
}

/** The command line: `<command> [VAULT] [options]`. */

export type Command = "scan" | "dashboard";

export interface CliArgs {
  command: Command | "help";
  vault?: string;
  json: boolean;
  out?: string;
  tag?: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage: linked-devops-notes <command> [VAULT] [options]

Reads a folder of Obsidian notes (the bundled example vault when VAULT is left out) and links
the DevOps concepts they mention, in Korean and English, with the questions left open.

Commands:
  scan [VAULT]              print a summary of the vault
  scan [VAULT] --json       print the whole index as JSON (format version 1)
  dashboard [VAULT]         print the review dashboard as a markdown note
  dashboard [VAULT] --out FILE
                            write the dashboard to FILE instead

Options:
  --tag TAG                 only notes carrying TAG (dashboard)
  -h, --help                show this help

Exit status: 0 on success, 2 on a missing folder or bad arguments.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help", json: false };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError("no command given");
  if (command !== "scan" && command !== "dashboard") throw new UsageError(`unknown command "${command}"`);
  const args: CliArgs = { command, json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--json") args.json = true;
    else if (arg === "--out" || arg === "--tag") {
      const value = rest[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      if (arg === "--out") args.out = value;
      else args.tag = value;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option "${arg}"`);
    else if (args.vault === undefined) args.vault = arg;
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  if (args.out !== undefined && command !== "dashboard") throw new UsageError("--out is for the dashboard command");
  if (args.json && command !== "scan") throw new UsageError("--json is for the scan command");
  return args;
}

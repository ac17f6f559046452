/** The command line: `<command> [VAULT] [options]`. */

export type Command = "scan" | "dashboard" | "review" | "link";

export interface CliArgs {
  command: Command | "help";
  vault?: string;
  json: boolean;
  out?: string;
  tag?: string;
  /** review: the plugin's `data.json` (or a bare review state) to read the schedule from. */
  state?: string;
  /** review: list the cards due today rather than the summary. */
  due?: boolean;
  /** review: the day taken as today, `YYYY-MM-DD` (the machine's date when left out). */
  today?: string;
  /** link: every unlinked mention, not only the first of each concept. */
  every?: boolean;
  /** link: print the changes, write nothing. */
  dryRun?: boolean;
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
  review [VAULT] --state FILE
                            print the review cards' numbers and 30-day forecast
  review [VAULT] --state FILE --due [--json]
                            list the cards due today, as text or JSON
  link [VAULT] [--every] [--dry-run] [--json]
                            link concept mentions to the concepts' notes, the first
                            of each concept in a note (--every: every mention);
                            --dry-run prints a unified diff (or JSON) and writes nothing

Options:
  --tag TAG                 only notes carrying TAG (dashboard, review)
  --state FILE              the plugin's data.json, where the review schedule is kept;
                            without it, or when FILE does not exist, every card is new
  --today YYYY-MM-DD        the day to count as today (review)
  -h, --help                show this help

Exit status: 0 on success, 2 on a missing folder or bad arguments; link: 1 when a note
changed while it was being linked (it is left alone).`;

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help", json: false };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError("no command given");
  if (command !== "scan" && command !== "dashboard" && command !== "review" && command !== "link") throw new UsageError(`unknown command "${command}"`);
  const args: CliArgs = { command, json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--json") args.json = true;
    else if (arg === "--due") args.due = true;
    else if (arg === "--every") args.every = true;
    else if (arg === "--dry-run") args.dryRun = true;
    else if (arg === "--out" || arg === "--tag" || arg === "--state" || arg === "--today") {
      const value = rest[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      if (arg === "--out") args.out = value;
      else if (arg === "--tag") args.tag = value;
      else if (arg === "--state") args.state = value;
      else args.today = value;
    } else if (arg.startsWith("-")) throw new UsageError(`unknown option "${arg}"`);
    else if (args.vault === undefined) args.vault = arg;
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  if (args.out !== undefined && command !== "dashboard") throw new UsageError("--out is for the dashboard command");
  if (args.json && command === "dashboard") throw new UsageError("--json is for the scan, review and link commands");
  if ((args.every || args.dryRun) && command !== "link") throw new UsageError("--every and --dry-run are for the link command");
  if ((args.state !== undefined || args.due || args.today !== undefined) && command !== "review") throw new UsageError("--state, --due and --today are for the review command");
  if (args.today !== undefined && !isCalendarDate(args.today)) throw new UsageError(`--today needs a date as YYYY-MM-DD, not "${args.today}"`);
  return args;
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** The command line: `<command> [VAULT] [options]`. */

export type Command = "scan" | "dashboard" | "review" | "answers";

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
  /** answers: the line taken as a question, `PATH:LINE`. */
  at?: string;
  /** answers: how many notes to list (5 when left out). */
  top?: number;
  /** List items that ask are questions (`--list-item-questions`). */
  listItemQuestions?: boolean;
  /** Headings that ask are questions their section answers (`--heading-questions`). */
  headingQuestions?: boolean;
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
  answers [VAULT] --at PATH:LINE [--json] [--top N]
                            the notes most likely to answer the line at PATH:LINE
                            taken as a question (PATH relative to the vault)

Options:
  --tag TAG                 only notes carrying TAG (dashboard, review)
  --state FILE              the plugin's data.json, where the review schedule is kept;
                            without it, or when FILE does not exist, every card is new
  --today YYYY-MM-DD        the day to count as today (review)
  --list-item-questions     list items that ask are questions (as the plugin's setting)
  --heading-questions       headings that ask are questions their section answers
  -h, --help                show this help

Exit status: 0 on success, 2 on a missing folder or bad arguments.`;

export function parseArgs(argv: readonly string[]): CliArgs {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { command: "help", json: false };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError("no command given");
  if (command !== "scan" && command !== "dashboard" && command !== "review" && command !== "answers") throw new UsageError(`unknown command "${command}"`);
  const args: CliArgs = { command, json: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === "--json") args.json = true;
    else if (arg === "--due") args.due = true;
    else if (arg === "--list-item-questions") args.listItemQuestions = true;
    else if (arg === "--heading-questions") args.headingQuestions = true;
    else if (arg === "--at" || arg === "--top") {
      const value = rest[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      if (arg === "--at") args.at = value;
      else if (/^[1-9]\d*$/.test(value)) args.top = Number(value);
      else throw new UsageError(`--top needs a number of notes, not "${value}"`);
    } else if (arg === "--out" || arg === "--tag" || arg === "--state" || arg === "--today") {
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
  if (args.json && command === "dashboard") throw new UsageError("--json is for the scan, review and answers commands");
  if (command === "answers" && args.at === undefined) throw new UsageError("answers needs --at PATH:LINE");
  if (command !== "answers" && (args.at !== undefined || args.top !== undefined)) throw new UsageError("--at and --top are for the answers command");
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

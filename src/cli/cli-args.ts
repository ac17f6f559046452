import { parseArgs } from "node:util";
import { UsageError, type CliCommand, type OptionSpecs, type OptionValues } from "./cli-command";
import { GLOBAL_OPTIONS } from "./common-options";

/**
 * The command line: `<command> [VAULT] [options]`, parsed by Node's own `util.parseArgs` from
 * the commands' declarations. Options may come before or after VAULT, as `--out FILE` or
 * `--out=FILE`; `--` ends the options, so a VAULT starting with `-` can still be named.
 */

export type CommandLine =
  | { kind: "help"; command?: CliCommand }
  | { kind: "version" }
  | { kind: "run"; command: CliCommand; vault: string | undefined; options: OptionValues };

export function parseCommandLine(argv: readonly string[], commands: readonly CliCommand[]): CommandLine {
  const dashes = argv.indexOf("--");
  const optionPart = dashes === -1 ? argv : argv.slice(0, dashes);
  const [name, ...rest] = argv;
  if (name === "help") return { kind: "help", ...commandNamed(commands, rest[0]) };
  if (optionPart.includes("--help") || optionPart.includes("-h")) return { kind: "help", ...commandNamed(commands, name) };
  if (name === "--version") return { kind: "version" };
  if (name === undefined || name === "--") throw new UsageError("no command given");
  const command = commands.find((c) => c.name === name);
  if (!command) throw new UsageError(name.startsWith("-") ? `a command comes first, not "${name}"` : `unknown command "${name}"`);

  const specs: OptionSpecs = { ...GLOBAL_OPTIONS, ...command.options };
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...rest], options: parseArgsOptions(specs), allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(argumentProblem(error, command));
  }
  if (parsed.values.version === true) return { kind: "version" };
  if (parsed.positionals.length > 1) throw new UsageError(`unexpected argument "${parsed.positionals[1]}" (one VAULT at most)`);
  command.check?.(parsed.values);
  return { kind: "run", command, vault: parsed.positionals[0], options: parsed.values };
}

function commandNamed(commands: readonly CliCommand[], name: string | undefined): { command?: CliCommand } {
  const command = commands.find((c) => c.name === name);
  return command ? { command } : {};
}

function parseArgsOptions(specs: OptionSpecs): Record<string, { type: "string" | "boolean"; short?: string }> {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const [name, spec] of Object.entries(specs)) options[name] = spec.short ? { type: spec.type, short: spec.short } : { type: spec.type };
  return options;
}

/** `util.parseArgs`'s errors in one short line each. */
function argumentProblem(error: unknown, command: CliCommand): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `${command.name} takes no option "${option}"`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(message)) return `${option} takes no value`;
    return `${option} needs a value (write ${option}=-x for a value that starts with -)`;
  }
  return message.split("\n")[0] ?? message;
}

/** The usage text, written from the commands' declarations. */
export function usageText(commands: readonly CliCommand[]): string {
  const lines = [
    "Usage: linked-devops-notes <command> [VAULT] [options]",
    "",
    "Reads a folder of Obsidian notes (the bundled example vault when VAULT is left out) and links",
    "the DevOps concepts they mention, in Korean and English, with the questions left open.",
    "",
    "Commands:",
  ];
  for (const command of commands) for (const [form, does] of command.forms) lines.push(...row(form, does));
  lines.push("", "Options:");
  const takenBy = new Map<string, { spec: OptionSpecs[string]; commands: string[] }>();
  for (const command of commands) {
    for (const [name, spec] of Object.entries(command.options)) {
      const entry = takenBy.get(name) ?? { spec, commands: [] };
      entry.commands.push(command.name);
      takenBy.set(name, entry);
    }
  }
  for (const [name, { spec, commands: names }] of takenBy) {
    const forSome = names.length < commands.length ? `${names.join(", ")}: ` : "";
    lines.push(...row(optionForm(name, spec), forSome + spec.help));
  }
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) lines.push(...row(optionForm(name, spec), spec.help));
  lines.push(...row("--", "ends the options: what follows is VAULT, even if it starts with -"));
  lines.push("", "Exit status: 0 on success; 2 on bad arguments, a missing folder, or a file that cannot be", "read or written as asked (with one line on stderr saying why).");
  return lines.join("\n");
}

function optionForm(name: string, spec: OptionSpecs[string]): string {
  return `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
}

const COLUMN = 28;
const WIDTH = 100;

/** `  left      right`, the right column wrapped at word boundaries to fit WIDTH. */
function row(left: string, right: string): string[] {
  const head = `  ${left}`;
  const lines: string[] = [];
  let line = head.length < COLUMN - 1 ? head.padEnd(COLUMN) : (lines.push(head), " ".repeat(COLUMN));
  let empty = true;
  for (const word of right.split(" ")) {
    if (!empty && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = " ".repeat(COLUMN);
      empty = true;
    }
    line += (empty ? "" : " ") + word;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/**
 * What a command of the CLI is: its name, the forms shown in the usage, the options it takes,
 * and what it does. The command line is parsed from these declarations (`cli-args.ts`), and the
 * usage text is written from them, so a command or an option is added in one place.
 */

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder in the usage (`FILE`, `TAG`); string options only. */
  value?: string;
  help: string;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** Parsed options by name (`"follow-symlinks"`, not `followSymlinks`); absent when not given. */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** stderr is a terminal: a progress line may be drawn there. */
  errIsTerminal: boolean;
}

export interface CommandInput {
  /** VAULT as given on the command line, if it was. */
  vault: string | undefined;
  /** The bundled example vault, read when no VAULT is given. */
  exampleVault: string;
  options: OptionValues;
  io: CliIo;
  /** The script reader threads run (the CLI's bundle); without one, a vault is read in this thread. */
  threadScript?: string;
}

export interface CliCommand {
  name: string;
  /** Usage lines: each form of the command, and what it does. */
  forms: ReadonlyArray<readonly [form: string, does: string]>;
  options: OptionSpecs;
  /** Checks what the options cannot say alone (a date's format, options that go together). */
  check?(options: OptionValues): void;
  /** The exit status: 0 on success. */
  run(input: CommandInput): number;
}

/** Bad arguments: the message, then the usage, and exit status 2. */
export class UsageError extends Error {}

/** A failure the user can act on (a missing folder, a file that cannot be written): one line, exit 2. */
export class CliError extends Error {}

export function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}

export function flag(options: OptionValues, name: string): boolean {
  return options[name] === true;
}

import { chmodSync, closeSync, fstatSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { VaultIndex } from "../engine/index/vault-index";
import { renderLinkDiff } from "../engine/linking/link-diff";
import { shortestLinkText } from "../engine/linking/link-text";
import { planConceptLinks, type LinkPlan } from "../engine/linking/plan-concept-links";
import { flag, type CliCommand } from "./cli-command";
import { JSON_OPTION, VAULT_OPTIONS } from "./common-options";
import { loadVault } from "./load-vault";
import type { VaultFile } from "./read-vault";
import { terminalSafe } from "./terminal-text";

/**
 * `link`: links the concept mentions of every note of a vault, by the same planner as the
 * plugin's command. `--dry-run` prints the changes (a unified diff, or JSON) and writes nothing.
 * Otherwise each changed note is replaced atomically: the new text goes to a temporary file in
 * the note's folder, which is renamed over the note only if the note is still byte for byte what
 * was planned on (size, modification time and content are checked just before the rename). A
 * note changed meanwhile, or whose bytes are not valid UTF-8, is left alone and reported.
 */

export interface LinkCommandOptions {
  every: boolean;
  dryRun: boolean;
  json: boolean;
}

/** For tests: called with a note's real path just before it is checked and replaced. */
export interface LinkCommandHooks {
  beforeReplace?(realPath: string): void;
}

interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const linkCommand: CliCommand = {
  name: "link",
  forms: [
    ["link [VAULT] [--every]", "link the concept mentions of every note to the concepts' notes (each note replaced atomically)"],
    ["link [VAULT] --dry-run [--json]", "print the changes as a unified diff, or JSON, and write nothing"],
  ],
  options: {
    every: { type: "boolean", help: "link every unlinked mention, not only the first of each concept a note does not link yet" },
    "dry-run": { type: "boolean", help: "print the changes and write nothing" },
    ...JSON_OPTION,
    ...VAULT_OPTIONS,
  },
  run(input) {
    const vault = loadVault(input, { texts: true });
    const options = { every: flag(input.options, "every"), dryRun: flag(input.options, "dry-run"), json: flag(input.options, "json") };
    return runLinkCommand(vault.root, vault.files, vault.index, options, input.io);
  },
};

interface Change {
  path: string;
  /** 1-based line and column (in UTF-16 code units) of the mention in the note as stored. */
  line: number;
  column: number;
  before: string;
  after: string;
}

export function runLinkCommand(vault: string, files: readonly VaultFile[], index: VaultIndex, options: LinkCommandOptions, io: Io, hooks: LinkCommandHooks = {}): number {
  const linkText = shortestLinkText(index);
  const planned: Array<{ path: string; stored: string; plan: LinkPlan }> = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const plan = planConceptLinks(index, file.path, file.text, { everyMention: options.every, linkText });
    if (plan.links.length > 0) planned.push({ path: file.path, stored: file.text, plan });
  }
  const changes: Change[] = planned.flatMap(({ path, plan }) => plan.links.map((link) => ({ path, line: link.line, column: link.column + 1, before: link.surface, after: link.replacement })));
  const links = changes.length;

  if (options.dryRun) {
    if (options.json) io.out(JSON.stringify({ version: 1, changes }, null, 2) + "\n");
    else io.out(planned.map(({ path, stored, plan }) => renderLinkDiff(path, stored, plan)).join(""));
    io.err(`linked-devops-notes: ${links} ${links === 1 ? "link" : "links"} in ${planned.length} ${planned.length === 1 ? "note" : "notes"} (dry run: nothing written)\n`);
    return 0;
  }

  const written: string[] = [];
  const leftAlone: Array<{ path: string; reason: string }> = [];
  for (const { path, stored, plan } of planned) {
    const reason = replaceNote(join(vault, path), stored, plan.text, hooks);
    if (reason === null) written.push(path);
    else leftAlone.push({ path, reason });
  }
  const writtenPaths = new Set(written);
  const writtenChanges = changes.filter((change) => writtenPaths.has(change.path));
  if (options.json) {
    io.out(JSON.stringify({ version: 1, changes: writtenChanges, written, leftAlone }, null, 2) + "\n");
  } else {
    const perNote = new Map<string, number>();
    for (const change of writtenChanges) perNote.set(change.path, (perNote.get(change.path) ?? 0) + 1);
    const lines = written.map((path) => `${terminalSafe(path)}: ${plural(perNote.get(path) ?? 0, "link")}`);
    lines.push(`Linked ${plural(writtenChanges.length, "mention")} in ${plural(written.length, "note")}.`);
    io.out(lines.join("\n") + "\n");
  }
  for (const { path, reason } of leftAlone) io.err(`linked-devops-notes: "${terminalSafe(path)}" left alone: ${terminalSafe(reason)}\n`);
  return leftAlone.length > 0 ? 1 : 0;
}

/** Replaces the note at `path` with `next` if it still holds `stored`; returns why not, or null once replaced. */
function replaceNote(path: string, stored: string, next: string, hooks: LinkCommandHooks): string | null {
  let real: string;
  let read: { bytes: Buffer; stats: Stats };
  try {
    real = realpathSync(path); // through a symbolic link: the note itself is replaced, not the link
    read = readWithStats(real);
  } catch (error) {
    return `could not be read (${messageOf(error)})`;
  }
  const expected = Buffer.from(stored, "utf8");
  if (!read.bytes.equals(expected)) {
    return read.bytes.toString("utf8") === stored ? "its bytes are not valid UTF-8, and writing it would change them" : "it changed since it was read";
  }
  const temporary = join(dirname(real), `.${basename(real)}.${process.pid}.${Date.now().toString(36)}.linking`);
  try {
    writeNew(temporary, Buffer.from(next, "utf8"), read.stats.mode & 0o7777);
  } catch (error) {
    removeQuietly(temporary);
    return `could not be written (${messageOf(error)})`;
  }
  try {
    hooks.beforeReplace?.(real);
    const now = statSync(real);
    if (now.size !== read.stats.size || now.mtimeMs !== read.stats.mtimeMs || !readFileSync(real).equals(read.bytes)) {
      removeQuietly(temporary);
      return "it changed while it was being linked";
    }
    renameSync(temporary, real);
    return null;
  } catch (error) {
    removeQuietly(temporary);
    return `could not be replaced (${messageOf(error)})`;
  }
}

function readWithStats(path: string): { bytes: Buffer; stats: Stats } {
  const fd = openSync(path, "r");
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error("not a regular file");
    return { bytes: readFileSync(fd), stats };
  } finally {
    closeSync(fd);
  }
}

/** Writes a file that must not exist yet, with the note's permissions, flushed to disk before it replaces the note. */
function writeNew(path: string, bytes: Buffer, mode: number): void {
  const fd = openSync(path, "wx", mode);
  try {
    let at = 0;
    while (at < bytes.length) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  chmodSync(path, mode); // `openSync`'s mode is narrowed by the umask
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

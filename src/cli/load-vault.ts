import { statSync } from "node:fs";
import { resolve } from "node:path";
import { VaultIndex } from "../engine/index/vault-index";
import { CliError, flag, type CommandInput } from "./cli-command";
import { ProgressLine } from "./progress-line";
import { readVault, type VaultFile } from "./read-vault";
import { terminalSafe } from "./terminal-text";
import type { VaultWarning } from "./walk-vault";

/** A vault read and indexed, as every command that reads one needs it. */
export interface LoadedVault {
  /** The vault's absolute path. */
  root: string;
  index: VaultIndex;
  /** The notes as read, for a command that works on their text (`link`). */
  files: VaultFile[];
  /** Files that could not be read (the notes' own warnings are in the index). */
  warnings: VaultWarning[];
  indexMs: number;
}

/** Reads VAULT (or the example vault) with a progress line on a terminal; a missing folder is a `CliError`. */
export function loadVault(input: CommandInput): LoadedVault {
  const root = resolve(input.vault ?? input.exampleVault);
  if (!isFolder(root)) throw new CliError(`"${terminalSafe(input.vault ?? root)}" is not a folder`);
  const progress = new ProgressLine(input.io, input.io.errIsTerminal && !flag(input.options, "quiet"));
  try {
    const reading = readVault(root, { followSymlinks: flag(input.options, "follow-symlinks"), onProgress: (done, total) => progress.notesRead(done, total) });
    progress.status(`indexing ${reading.files.length.toLocaleString("en-US")} notes…`);
    const started = performance.now();
    const questions = { listItemQuestions: flag(input.options, "list-item-questions"), headingQuestions: flag(input.options, "heading-questions") };
    const index = VaultIndex.build(reading.files.map((file) => [file.path, file.text] as const), { questions });
    // Every file, not only the notes: links to images, PDFs, canvases and bases resolve.
    index.addFiles(reading.otherFiles);
    return { root, index, files: reading.files, warnings: reading.warnings, indexMs: Math.round(performance.now() - started) };
  } finally {
    progress.done();
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

import { availableParallelism } from "node:os";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { VaultIndex } from "../engine/index/vault-index";
import { CliError, flag, stringOption, UsageError, type CommandInput } from "./cli-command";
import { ProgressLine } from "./progress-line";
import { indexInThreads } from "./read-in-threads";
import { readVault, type VaultFile } from "./read-vault";
import { terminalSafe } from "./terminal-text";
import { listVault, type VaultWarning } from "./walk-vault";

/** A vault read and indexed, as every command that reads one needs it. */
export interface LoadedVault {
  /** The vault's absolute path. */
  root: string;
  index: VaultIndex;
  /** The notes as read, for a command that works on their text (`link`, `scan --json`); empty unless asked for. */
  files: VaultFile[];
  /** Files that could not be read (the notes' own warnings are in the index). */
  warnings: VaultWarning[];
  indexMs: number;
  /** Threads that parsed the notes (1: this one alone). */
  threads: number;
}

export interface LoadOptions {
  /** Keep the notes' texts (`files`). */
  texts?: boolean;
  /** Keep the words answer suggestions score notes by (`answers`); other commands suggest none. */
  answerTerms?: boolean;
}

/**
 * Below this many characters of notes one thread reads the vault: a reader thread costs about
 * a second of CPU to start and compile its code (measured on 2 cores: the bench's vault of
 * 4,000 notes, 19 M characters, was as fast either way; 10,000 notes, 47 M, faster in threads;
 * 1,000 and 2,000, slower). `--threads` given on the command line is followed whatever the size.
 */
const THREADED_FROM_CHARACTERS = 20_000_000;
/** Threads at most (this one included), however many cores: the main thread's part (the index) does not divide. */
const MAX_THREADS = 8;

/** The threads a large vault is read in when `--threads` is not given: one a core, at most {@link MAX_THREADS}. */
export function defaultThreads(): number {
  return Math.min(MAX_THREADS, availableParallelism());
}

/**
 * Reads VAULT (or the example vault) with a progress line on a terminal; a missing folder is a
 * `CliError`.
 */
export function loadVault(input: CommandInput, load: LoadOptions = {}): LoadedVault {
  const root = resolve(input.vault ?? input.exampleVault);
  if (!isFolder(root)) throw new CliError(`"${terminalSafe(input.vault ?? root)}" is not a folder`);
  const threads = threadsOption(input);
  const progress = new ProgressLine(input.io, input.io.errIsTerminal && !flag(input.options, "quiet"));
  try {
    return indexVault(root, {
      ...(threads !== undefined ? { threads } : {}),
      ...(input.threadScript !== undefined ? { threadScript: input.threadScript } : {}),
      followSymlinks: flag(input.options, "follow-symlinks"),
      questions: { listItemQuestions: flag(input.options, "list-item-questions"), headingQuestions: flag(input.options, "heading-questions") },
      answerTerms: load.answerTerms === true,
      texts: load.texts === true,
      progress,
    });
  } finally {
    progress.done();
  }
}

export interface IndexVaultOptions {
  /** Threads that parse the notes, this one included; by default one a core for a vault of {@link THREADED_FROM_CHARACTERS} characters or more, else this one alone. */
  threads?: number;
  /** The script reader threads run (the CLI's bundle); without one, the vault is read in this thread. */
  threadScript?: string;
  followSymlinks?: boolean;
  questions?: { listItemQuestions: boolean; headingQuestions: boolean };
  /** Keep the words answer suggestions score notes by (by default, as the engine does). */
  answerTerms?: boolean;
  texts?: boolean;
  progress?: ProgressLine;
}

/**
 * Lists, reads and indexes a vault folder: one of {@link THREADED_FROM_CHARACTERS} characters
 * or more in this thread and a reader thread for every other core (`read-in-threads.ts`), which
 * gives the index one thread builds, record for record.
 */
export function indexVault(root: string, options: IndexVaultOptions = {}): LoadedVault {
  const started = performance.now();
  const listing = listVault(root, { followSymlinks: options.followSymlinks === true });
  const threads = options.threads ?? defaultThreads();
  const keepTexts = options.texts === true;
  const indexOptions = { ...(options.questions ? { questions: options.questions } : {}), ...(options.answerTerms === false ? { answerTerms: false } : {}) };
  const onProgress = (done: number, total: number): void => options.progress?.notesRead(done, total);
  const onParsing = (notes: number): void => options.progress?.status(`indexing ${notes.toLocaleString("en-US")} notes…`);
  const threaded =
    threads > 1 && options.threadScript !== undefined && listing.notes.length > 0
      ? indexInThreads(listing, {
          threads,
          script: options.threadScript,
          index: indexOptions,
          keepTexts,
          onProgress,
          onParsing,
          ...(options.threads === undefined ? { fromCharacters: THREADED_FROM_CHARACTERS } : {}),
        })
      : undefined;
  if (threaded) {
    // Every file, not only the notes: links to images, PDFs, canvases and bases resolve.
    threaded.index.addFiles(listing.otherFiles);
    return { root, index: threaded.index, files: threaded.files, warnings: [...listing.warnings, ...threaded.warnings], indexMs: Math.round(performance.now() - started), threads: threaded.threads };
  }
  const reading = readVault(root, { listing, onProgress });
  onParsing(reading.files.length);
  const indexed = performance.now();
  const index = VaultIndex.build(reading.files.map((file) => [file.path, file.text] as const), indexOptions);
  index.addFiles(reading.otherFiles);
  return { root, index, files: keepTexts ? reading.files : [], warnings: reading.warnings, indexMs: Math.round(performance.now() - indexed), threads: 1 };
}

/** `--threads N`: how many threads read the notes (1: this one). */
function threadsOption(input: CommandInput): number | undefined {
  const given = stringOption(input.options, "threads");
  if (given === undefined) return undefined;
  const threads = Number(given);
  if (!/^\d+$/.test(given) || threads < 1 || threads > 64) throw new UsageError(`--threads takes a number of threads from 1 to 64, not "${given}"`);
  return threads;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

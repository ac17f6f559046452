import { RefusedFile, describeSystemError, megabytes, readRegularFile } from "./read-regular-file";
import { listVault, type NoteLocation, type VaultListing, type VaultWarning } from "./walk-vault";

/**
 * Reads every markdown note of a vault folder (listed by `listVault`: dot-folders skipped, each
 * real folder and file once, links out of the vault left alone unless asked), and names its
 * other files, which links may lead to. A note that cannot be read is a warning for that note,
 * never a failure of the vault.
 */

export interface VaultFile {
  /** Path relative to the vault, with `/` separators. */
  path: string;
  text: string;
}

export interface VaultReading {
  files: VaultFile[];
  /** Vault paths of the files that are not notes (images, PDFs, canvases, bases …): named, never read. */
  otherFiles: string[];
  warnings: VaultWarning[];
  /** Folders read, each real folder once. */
  folders: number;
}

export interface ReadVaultOptions {
  /** Follow symbolic links that lead out of the vault (`--follow-symlinks`). */
  followSymlinks?: boolean;
  /** The vault's listing, when it was made already. */
  listing?: VaultListing;
  /** Called after each note, with how many have been read of how many there are. */
  onProgress?: (read: number, total: number) => void;
}

/** Files above this size are not read at all: no note is this large. */
export const MAX_NOTE_BYTES = 64 * 1024 * 1024;

export function readVault(root: string, options: ReadVaultOptions = {}): VaultReading {
  const listing = options.listing ?? listVault(root, options);
  const reading: VaultReading = { files: [], otherFiles: listing.otherFiles, warnings: listing.warnings, folders: listing.folders };
  const total = listing.notes.length;
  listing.notes.forEach((note, i) => {
    try {
      reading.files.push({ path: note.path, text: readNoteText(note) });
    } catch (error) {
      reading.warnings.push({ path: note.path, message: whyNotRead(error) });
    }
    options.onProgress?.(i + 1, total);
  });
  return reading;
}

/** A note's text; throws when it cannot be read (`whyNotRead` says why, in words). */
export function readNoteText(note: NoteLocation): string {
  // Bad bytes become U+FFFD, as Obsidian shows them; the engine warns about binary files.
  return readRegularFile(note.real, { maxBytes: MAX_NOTE_BYTES, noFollow: true }).toString("utf8");
}

export function whyNotRead(error: unknown): string {
  if (error instanceof RefusedFile) {
    return error.reason.kind === "too-large"
      ? `file of ${megabytes(error.reason.bytes)} is too large to be a note; skipped`
      : `is ${error.reason.what}, not a regular file; skipped`;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "was removed while the vault was read; skipped";
  if (code === "ELOOP") return "was replaced by a symbolic link while the vault was read; skipped";
  return `could not be read: ${describeSystemError(error)}`;
}

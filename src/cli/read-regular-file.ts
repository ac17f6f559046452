import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/**
 * Reads a file only if it is a regular file, decided on the opened handle (so a note swapped for
 * a FIFO or a device between the folder listing and the read is refused, not waited on) and with
 * a size cap checked before and during the read (`/dev/zero` or a file that keeps growing is cut
 * off, not read until memory runs out).
 *
 * `O_NONBLOCK` is what keeps the open itself from waiting: opening a FIFO for reading blocks
 * until a writer comes, unless it is non-blocking. It changes nothing for a regular file.
 */

export type RefusalReason = { kind: "not-regular"; what: string } | { kind: "too-large"; bytes: number; maxBytes: number };

/** The file is there but is not one we read; `reason` says why, in words for the user. */
export class RefusedFile extends Error {
  constructor(readonly reason: RefusalReason) {
    super(reason.kind === "not-regular" ? `is ${reason.what}, not a regular file` : `is larger than ${megabytes(reason.maxBytes)}`);
  }
}

export interface ReadOptions {
  maxBytes: number;
  /** Refuse a symbolic link in the last part of the path (the walk opens real paths only). */
  noFollow?: boolean;
}

const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** The file's bytes. Throws `RefusedFile`, or the system's error (ENOENT, EACCES, ELOOP …). */
export function readRegularFile(path: string, options: ReadOptions): Buffer {
  const fd = openSync(path, constants.O_RDONLY | O_NONBLOCK | (options.noFollow ? O_NOFOLLOW : 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new RefusedFile({ kind: "not-regular", what: kindOf(stats) });
    if (stats.size > options.maxBytes) throw new RefusedFile({ kind: "too-large", bytes: stats.size, maxBytes: options.maxBytes });
    return readUpTo(fd, stats.size, options.maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end, in case the file grew since `fstat`, but never past the cap. */
function readUpTo(fd: number, expected: number, maxBytes: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.max(expected, 4096));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw new RefusedFile({ kind: "too-large", bytes: length, maxBytes });
      const grown = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
      buffer.copy(grown, 0, 0, length);
      buffer = grown;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (length > maxBytes) throw new RefusedFile({ kind: "too-large", bytes: length, maxBytes });
  return buffer.subarray(0, length);
}

/** What a file that is not a regular file is, in words: "a FIFO", "a folder" … */
export function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSymbolicLink()) return "a symbolic link";
  return stats.isFile() ? "a regular file" : "a special file";
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1048576)} MB`;
}

/** A system error in a few words: "no such file or folder" rather than a stack. */
export function describeSystemError(error: unknown): string {
  if (error instanceof RefusedFile) return error.message;
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "is a symbolic link (or a loop of them)";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "ENAMETOOLONG":
      return "the path is too long";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "the file system is read-only";
    default:
      return typeof code === "string" ? code : error instanceof Error ? error.message : String(error);
  }
}

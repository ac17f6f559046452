import { closeSync, constants, fsyncSync, lstatSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { CliError } from "./cli-command";
import { describeSystemError, kindOf, readRegularFile } from "./read-regular-file";
import { terminalSafe } from "./terminal-text";

/**
 * Writes a file the CLI owns (the dashboard export): a new file, or one that `isOurs` recognises
 * as written by us. Anything else at that path is refused with one line (a `CliError`):
 *
 * - a symbolic link, dangling or not: writing through it would write wherever it points;
 * - a folder, a FIFO (opening one for writing waits for a reader), a device, a socket;
 * - a regular file we did not write.
 *
 * The text goes to a temporary file beside the target, then takes its place by a rename: the
 * target is never half-written, and a link that appears there meanwhile is replaced, not followed.
 */
export function writeOwnFile(path: string, text: string, isOurs: (existing: string) => boolean): void {
  const shown = terminalSafe(path);
  let existing: Stats | undefined;
  try {
    existing = lstatSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "ENOENT") throw new CliError(`cannot write "${shown}": ${describeSystemError(error)}`);
  }
  if (existing) {
    if (existing.isSymbolicLink()) throw new CliError(`"${shown}" is a symbolic link; not writing through it (name the file itself)`);
    if (existing.isDirectory()) throw new CliError(`"${shown}" is a folder; --out needs a file name`);
    if (!existing.isFile()) throw new CliError(`"${shown}" is ${kindOf(existing)}, not a regular file; not writing to it`);
    let current: string;
    try {
      current = readRegularFile(path, { maxBytes: 64 * 1024 * 1024, noFollow: true }).toString("utf8");
    } catch (error) {
      throw new CliError(`"${shown}" could not be read to check it: ${describeSystemError(error)}`);
    }
    if (!isOurs(current)) throw new CliError(`"${shown}" exists and was not written by us; not overwriting it`);
  }
  replaceByRename(path, text, existing?.mode ?? 0o666, shown);
}

function replaceByRename(path: string, text: string, mode: number, shown: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), mode & 0o777);
    const bytes = Buffer.from(text, "utf8");
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or already renamed
    }
    const code = (error as { code?: unknown }).code;
    throw new CliError(`cannot write "${shown}": ${code === "ENOENT" ? "its folder does not exist" : describeSystemError(error)}`);
  }
}

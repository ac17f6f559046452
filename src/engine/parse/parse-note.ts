import type { ParsedNote } from "./note-types";
import { readNote, type ReadNoteOptions } from "./read-note";
import { readYamlFrontmatter } from "./yaml-frontmatter";

export type ParseOptions = ReadNoteOptions;

/**
 * Reads one note as a host with no metadata of its own does (the CLI, the tests): everything from
 * the text, the frontmatter with gray-matter's YAML. `readNote` is the same without a YAML parser.
 */
export function parseNote(path: string, rawText: string, options: ParseOptions = {}): ParsedNote {
  return readNote(path, rawText, { readFrontmatter: readYamlFrontmatter, ...options });
}

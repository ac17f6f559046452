import { parseNote } from "../../../../src/engine/parse/parse-note";
import { builtinMatcher } from "../../../../src/engine/concepts/builtin-concepts";

/**
 * One row of a recognition table: a line of a note, the note around it (as much as the row
 * needs: its folder and title, the heading it sits under, lines before and after it), and the
 * concepts a learner reading it would say the line mentions.
 *
 * The lines are written by us in the style of public Korean and English DevOps study vaults
 * (their subjects, their mix of languages, their markup); no sentence is copied from one.
 */
export interface RecognitionRow {
  /** The line whose mentions are checked. */
  line: string;
  /** Names of the concepts the line mentions, in text order; a brand comes before its compound (`Docker`, `Container image`). */
  expect: readonly string[];
  /**
   * For a trap: the word in the line that looks like a mention and is not one here. The test
   * checks that the line holds it, so a trap cannot lose its bait.
   */
  lure?: string;
  /** Path of the note (folder and title are context); `note.md` when not given. */
  path?: string;
  /** Frontmatter tags of the note. */
  tags?: readonly string[];
  /** The heading the line sits under. */
  heading?: string;
  /** Lines of the same section before and after the line. */
  before?: readonly string[];
  after?: readonly string[];
}

/** The note a row stands for, and the 1-based number of its line. */
export function noteOf(row: RecognitionRow): { text: string; line: number } {
  const lines: string[] = [];
  if (row.tags) lines.push("---", `tags: [${row.tags.join(", ")}]`, "---");
  if (row.heading) lines.push(`## ${row.heading}`);
  lines.push(...(row.before ?? []));
  const line = lines.length + 1;
  lines.push(row.line, ...(row.after ?? []));
  return { text: lines.join("\n") + "\n", line };
}

const matcher = builtinMatcher();
const nameOf = (id: string): string => matcher.concepts.get(id)?.name ?? id;

/** What the engine says the row's line mentions: names in text order, a brand before its compound. */
export function mentionedOn(row: RecognitionRow): string[] {
  const { text, line } = noteOf(row);
  return parseNote(row.path ?? "note.md", text)
    .mentions.filter((m) => m.line === line)
    .flatMap((m) => (m.brand ? [nameOf(m.brand.conceptId), nameOf(m.conceptId)] : [nameOf(m.conceptId)]));
}

export interface Tally {
  found: number;
  wrong: number;
  missed: number;
}

/** True positives, false positives and misses of one row, each name counted as often as expected. */
export function tally(expected: readonly string[], actual: readonly string[]): Tally {
  const remaining = [...expected];
  let found = 0;
  let wrong = 0;
  for (const name of actual) {
    const at = remaining.indexOf(name);
    if (at === -1) wrong++;
    else {
      found++;
      remaining.splice(at, 1);
    }
  }
  return { found, wrong, missed: remaining.length };
}

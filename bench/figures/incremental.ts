import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ConceptMatcher } from "../../src/engine/concepts/concept-matcher";
import { parseNote } from "../../src/engine/parse/parse-note";
import { ratioOf, type FigureContext, type FigureRow } from "../figure";
import { Prng } from "../prng";
import { median, percentile, timed } from "../stats";

/**
 * One-note incremental update: a note is edited (a line typed into its middle) and upserted, as
 * the plugin does on every `modify` event. Measured on 200 notes picked at random, so the size
 * spread of the vault is in the figure. The reference is parsing the same edited text alone
 * (with the index's concepts): the part of an upsert that no index design can avoid.
 *
 * Also measured, without a target: editing the aliases of a concept note, which rebuilds the
 * matcher and leaves every other note stale.
 */

const EDITS = 200;
const TYPED_LINE = "- 오늘 추가: 도커 컴포즈로 다시 띄워 봄, [[HOME 🌎]] 참고 #til\n";

export function measureIncremental(context: FigureContext): FigureRow[] {
  const { index, vault } = context;
  const rng = new Prng(7);
  const paths = index.paths().filter((path) => !index.note(path)?.declaredConcept);
  const matcher = new ConceptMatcher(index.concepts);
  const upserts: number[] = [];
  const parses: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const path = rng.pick(paths);
    const original = readFileSync(join(vault.dir, path), "utf8");
    const edited = insertLine(original, TYPED_LINE, rng);
    parses.push(timed(() => parseNote(path, edited, { matcher })).ms);
    upserts.push(timed(() => index.upsert(path, edited)).ms);
    index.upsert(path, original); // leave the index as the vault on disk
  }
  const notes = vault.notes;
  const judged = notes === context.targetSize;
  const med = median(upserts);
  const rows: FigureRow[] = [
    {
      notes,
      figure: "incremental upsert (median)",
      value: med,
      unit: "ms",
      reference: { label: "parseNote alone", value: median(parses), unit: "ms" },
      detail: `${EDITS} edited notes picked at random`,
      ...(judged ? { target: { text: "≤ 2 ms", pass: med <= 2 } } : {}),
    },
    {
      notes,
      figure: "incremental upsert (p95)",
      value: percentile(upserts, 95),
      unit: "ms",
      reference: { label: "parseNote alone", value: percentile(parses, 95), unit: "ms" },
    },
  ];
  rows.push(conceptNoteEdit(context));
  for (const row of rows) {
    const ratio = ratioOf(row.value, row.reference?.value);
    if (ratio !== undefined) row.ratio = ratio;
  }
  return rows;
}

/** Adds an alias to a concept note, upserts it, and puts it back: the matcher is rebuilt twice. */
function conceptNoteEdit(context: FigureContext): FigureRow {
  const { index, vault } = context;
  const path = index.paths().find((p) => index.note(p)?.declaredConcept);
  const notes = vault.notes;
  if (!path) return { notes, figure: "concept note alias edit", value: Number.NaN, unit: "ms", detail: "no concept note in the vault" };
  const original = readFileSync(join(vault.dir, path), "utf8");
  const edited = original.replace(/^aliases: \[/m, "aliases: [벤치 별칭, ");
  const matcherBuild = median([0, 1, 2].map(() => timed(() => new ConceptMatcher(index.concepts)).ms));
  const upsert = timed(() => index.upsert(path, edited)).ms;
  const stale = index.staleNotes().length;
  index.upsert(path, original);
  return {
    notes,
    figure: "concept note alias edit",
    value: upsert,
    unit: "ms",
    reference: { label: "ConceptMatcher build", value: matcherBuild, unit: "ms" },
    detail: `upsert only; leaves ${stale} notes stale to re-read`,
  };
}

/** The text with `line` typed in at the start of a line near its middle. */
function insertLine(text: string, line: string, rng: Prng): string {
  const around = Math.floor(text.length * (0.3 + 0.4 * rng.next()));
  const at = text.indexOf("\n", around);
  return at === -1 ? text + "\n" + line : text.slice(0, at + 1) + line + text.slice(at + 1);
}

import { join } from "node:path";
import { suggestAnswers } from "../../src/engine/answers/suggest-answers";
import { lookUpUnit } from "../../src/engine/terms/note-terms";
import { hashOf } from "../../src/engine/terms/words";
import { hitRates, rankAllCases } from "../../test/engine/answers/answer-evaluation";
import { ratioOf, type FigureContext, type FigureRow } from "../figure";
import { median, percentile, timed } from "../stats";

/**
 * Answer suggestions. Per vault size: the time to suggest answers for one question, over up to
 * 200 questions of the vault (open and unsure ones first, as the dashboard asks for them), beside
 * the least any scoring of every note costs: looking one word up in every record. And the memory
 * the index holds for them.
 *
 * Once per run, on the answers test vault (`test/vaults/answers/`): how often the answering note
 * is first and in the top 3, beside a BM25 baseline over the same vault computed in the same run.
 */

const QUESTIONS = 200;

export function measureAnswers(context: FigureContext): FigureRow[] {
  const { index, vault } = context;
  const all = index.questions();
  const asked = [...all.filter((q) => q.status !== "answered"), ...all.filter((q) => q.status === "answered")].slice(0, QUESTIONS);
  const ask = (q: (typeof asked)[number]): number => suggestAnswers(index, { path: q.path, text: q.text, line: q.line, ...(q.heading !== undefined ? { heading: q.heading } : {}) }).length;
  for (const q of asked.slice(0, 20)) ask(q); // warm-up
  const times = asked.map((q) => timed(() => ask(q)).ms);
  const records = [...index.notes()];
  const word = hashOf("container");
  const scans = Array.from({ length: 20 }, () =>
    timed(() => {
      let found = 0;
      for (const record of records) if (record.terms !== undefined && lookUpUnit(record.terms, word) !== -1) found++;
      return found;
    }).ms,
  );
  const notes = vault.notes;
  const judged = notes === context.targetSize;
  const p95 = percentile(times, 95);
  const scan = median(scans);
  let termBytes = 0;
  for (const record of records) termBytes += record.terms === undefined ? 0 : 2 * record.terms.length + 16;
  const rows: FigureRow[] = [
    {
      notes,
      figure: "answer suggestions per question (median)",
      value: median(times),
      unit: "ms",
      reference: { label: "one word looked up in every note", value: scan, unit: "ms" },
      detail: `${times.length} questions of the vault, 5 suggestions each`,
    },
    {
      notes,
      figure: "answer suggestions per question (p95)",
      value: p95,
      unit: "ms",
      reference: { label: "one word looked up in every note", value: scan, unit: "ms" },
      ...(judged ? { target: { text: "≤ 20 ms", pass: p95 <= 20 } } : {}),
    },
    {
      notes,
      figure: "answer words held by the index",
      value: (termBytes + index.answers.heldBytes) / 1048576,
      unit: "MB",
      detail: `records' packed words ${(termBytes / 1048576).toFixed(2)} MB + notes-per-word table ${(index.answers.heldBytes / 1048576).toFixed(2)} MB (part of the heap of the index)`,
    },
  ];
  for (const row of rows) {
    const ratio = ratioOf(row.value, row.reference?.value);
    if (ratio !== undefined) row.ratio = ratio;
  }
  return rows;
}

/** Hit rates on the answers test vault, with BM25's from the same run as their reference. */
export function measureAnswerHitRates(repoRoot: string): FigureRow[] {
  const { index, ranked } = rankAllCases(join(repoRoot, "test", "vaults", "answers"));
  const rates = hitRates(ranked);
  const row = (which: "top3" | "top1", label: string): FigureRow => {
    const value = 100 * rates.ours[which];
    const bm25 = 100 * rates.bm25[which];
    return {
      notes: index.size,
      figure: `answers test vault: ${label} hit rate`,
      value,
      unit: "%",
      reference: { label: `BM25 ${label}, same vault`, value: bm25, unit: "%" },
      target: { text: "≥ BM25 + 15 points", pass: value >= bm25 + 15 },
      detail: `${rates.cases} questions (lexical, cross-language, other words, context) in test/vaults/answers`,
    };
  };
  return [row("top3", "top-3"), row("top1", "top-1")];
}

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readVault } from "../../../src/cli/read-vault";
import { questionAtLine } from "../../../src/engine/answers/question-at-line";
import { suggestAnswers } from "../../../src/engine/answers/suggest-answers";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { ANSWER_CASES, type AnswerCase } from "./answers.cases";
import { Bm25Baseline } from "./bm25-baseline";

/** The answers test vault, its index, and every case ranked by answer suggestions and by BM25 in the same run. */
export const ANSWERS_VAULT = join(__dirname, "..", "..", "vaults", "answers");

export interface RankedCase {
  case: AnswerCase;
  line: number;
  ours: string[];
  bm25: string[];
}

export interface HitRates {
  cases: number;
  ours: { top1: number; top3: number };
  bm25: { top1: number; top3: number };
}

export function rankAllCases(vault = ANSWERS_VAULT): { index: VaultIndex; ranked: RankedCase[] } {
  const files = readVault(vault).files;
  const index = VaultIndex.build(files.map((f) => [f.path, f.text] as const));
  const baseline = new Bm25Baseline(files);
  const ranked = ANSWER_CASES.map((c) => {
    const text = readFileSync(join(vault, c.at), "utf8");
    const line = text.split(/\r?\n/).findIndex((l) => l.includes(c.question)) + 1;
    if (line === 0) throw new Error(`"${c.question}" is not in ${c.at}`);
    const question = questionAtLine(index, c.at, text, line);
    if (!question) throw new Error(`no question at ${c.at}:${line}`);
    return { case: c, line, ours: suggestAnswers(index, question, { limit: 3 }).map((s) => s.path), bm25: baseline.rank(question.text, 3, c.at) };
  });
  return { index, ranked };
}

export function hitRates(ranked: readonly RankedCase[]): HitRates {
  const rate = (pick: (r: RankedCase) => string[], top: number): number =>
    ranked.filter((r) => pick(r).slice(0, top).some((path) => r.case.answers.includes(path))).length / ranked.length;
  return {
    cases: ranked.length,
    ours: { top1: rate((r) => r.ours, 1), top3: rate((r) => r.ours, 3) },
    bm25: { top1: rate((r) => r.bm25, 1), top3: rate((r) => r.bm25, 3) },
  };
}

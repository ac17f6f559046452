import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative, sep } from "node:path";
import { questionAtLine } from "../engine/answers/question-at-line";
import { suggestAnswers, type AnswerCandidate } from "../engine/answers/suggest-answers";
import type { VaultIndex } from "../engine/index/vault-index";

/**
 * `answers [VAULT] --at PATH:LINE [--json] [--top N]`: the notes most likely to answer the line
 * at PATH:LINE taken as a question, whether or not it is written as one. PATH is relative to the
 * vault (a path inside it is accepted too). The JSON is `schemas/answers.schema.json`.
 */

export interface AnswersCommandOptions {
  /** `PATH:LINE`. */
  at: string;
  json: boolean;
  top: number;
}

export interface AnswersReport {
  version: 1;
  question: { path: string; line: number; text: string; heading?: string };
  candidates: Array<Pick<AnswerCandidate, "path" | "score" | "line" | "reasons"> & { title: string; heading?: string }>;
}

export function runAnswersCommand(index: VaultIndex, vault: string, options: AnswersCommandOptions, io: { out: (text: string) => void; err: (text: string) => void }): number {
  const at = /^(.+):(\d+)$/.exec(options.at);
  if (!at) {
    io.err(`linked-devops-notes: --at needs PATH:LINE, not "${options.at}"\n`);
    return 2;
  }
  const path = notePath(vault, at[1] as string);
  const line = Number(at[2]);
  const file = join(vault, path);
  if (!existsSync(file) || index.note(path) === undefined) {
    io.err(`linked-devops-notes: "${path}" is not a note of the vault\n`);
    return 2;
  }
  const question = questionAtLine(index, path, readFileSync(file, "utf8"), line);
  if (!question) {
    io.err(`linked-devops-notes: line ${line} of "${path}" holds no words to ask about\n`);
    return 2;
  }
  const candidates = suggestAnswers(index, question, { limit: options.top });
  const report: AnswersReport = {
    version: 1,
    question: { path: question.path, line, text: question.text, ...(question.heading !== undefined ? { heading: question.heading } : {}) },
    candidates: candidates.map(({ path: candidatePath, title, score, line: candidateLine, heading, reasons }) => ({
      path: candidatePath,
      title,
      score,
      line: candidateLine,
      ...(heading !== undefined ? { heading } : {}),
      reasons,
    })),
  };
  io.out(options.json ? JSON.stringify(report, null, 2) + "\n" : formatAnswers(report));
  return 0;
}

/** The note's path as the index keys it: relative to the vault, `/` separators, NFC. */
function notePath(vault: string, given: string): string {
  const inside = isAbsolute(given) ? relative(vault, given) : given;
  return inside.split(sep).join("/").replace(/^\.\//, "").normalize("NFC");
}

function formatAnswers(report: AnswersReport): string {
  const q = report.question;
  const lines = [`Question (${q.path}:${q.line}${q.heading !== undefined ? `, under "${q.heading}"` : ""}): ${q.text}`, ""];
  if (report.candidates.length === 0) lines.push("No note of the vault seems to answer it yet.");
  report.candidates.forEach((c, i) => {
    lines.push(`${i + 1}. ${c.path}:${c.line}${c.heading !== undefined ? `  # ${c.heading}` : ""}  (score ${c.score})`);
    lines.push(`   why: ${c.reasons.map((r) => `${r.kind} ${r.text}`).join("; ")}`);
  });
  return lines.join("\n") + "\n";
}

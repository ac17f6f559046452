import { isAbsolute, join, relative, sep } from "node:path";
import { questionAtLine } from "../engine/answers/question-at-line";
import { suggestAnswers, type AnswerCandidate } from "../engine/answers/suggest-answers";
import { CliError, flag, stringOption, UsageError, type CliCommand } from "./cli-command";
import { JSON_OPTION, VAULT_OPTIONS } from "./common-options";
import { loadVault } from "./load-vault";
import { MAX_NOTE_BYTES } from "./read-vault";
import { describeSystemError, readRegularFile } from "./read-regular-file";
import { terminalSafe } from "./terminal-text";

/**
 * `answers [VAULT] --at PATH:LINE [--json] [--top N]`: the notes most likely to answer the line
 * at PATH:LINE taken as a question, whether or not it is written as one. PATH is relative to the
 * vault (a path inside it is accepted too). The JSON is `schemas/answers.schema.json`.
 */

export interface AnswersReport {
  version: 1;
  question: { path: string; line: number; text: string; heading?: string };
  candidates: Array<Pick<AnswerCandidate, "path" | "score" | "line" | "reasons"> & { title: string; heading?: string }>;
}

export const answersCommand: CliCommand = {
  name: "answers",
  forms: [["answers [VAULT] --at PATH:LINE [--json] [--top N]", "the notes most likely to answer the line at PATH:LINE"]],
  options: {
    at: { type: "string", value: "PATH:LINE", help: "the line taken as a question (PATH relative to the vault)" },
    top: { type: "string", value: "N", help: "how many notes to list (5 when left out)" },
    ...JSON_OPTION,
    ...VAULT_OPTIONS,
  },
  check(options) {
    const at = stringOption(options, "at");
    if (at === undefined) throw new UsageError("answers needs --at PATH:LINE");
    if (!/^(.+):(\d+)$/.test(at)) throw new UsageError(`--at needs PATH:LINE, not "${at}"`);
    const top = stringOption(options, "top");
    if (top !== undefined && !/^[1-9]\d{0,3}$/.test(top)) throw new UsageError(`--top needs a number from 1 to 9999, not "${top}"`);
  },
  run(input) {
    const [, given, lineText] = /^(.+):(\d+)$/.exec(stringOption(input.options, "at") as string) as RegExpExecArray;
    const vault = loadVault(input, { answerTerms: true });
    const path = notePath(vault.root, given as string);
    const line = Number(lineText);
    if (vault.index.note(path) === undefined) throw new CliError(`"${terminalSafe(path)}" is not a note of the vault`);
    let text: string;
    try {
      text = readRegularFile(join(vault.root, path), { maxBytes: MAX_NOTE_BYTES }).toString("utf8");
    } catch (error) {
      throw new CliError(`"${terminalSafe(path)}" could not be read: ${describeSystemError(error)}`);
    }
    const question = questionAtLine(vault.index, path, text, line);
    if (!question) throw new CliError(`line ${line} of "${terminalSafe(path)}" holds no words to ask about`);
    const candidates = suggestAnswers(vault.index, question, { limit: Number(stringOption(input.options, "top") ?? 5) });
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
    input.io.out(flag(input.options, "json") ? JSON.stringify(report, null, 2) + "\n" : formatAnswers(report));
    return 0;
  },
};

/** The note's path as the index keys it: relative to the vault, `/` separators, NFC. */
function notePath(vault: string, given: string): string {
  const inside = isAbsolute(given) ? relative(vault, given) : given;
  return inside.split(sep).join("/").replace(/^\.\//, "").normalize("NFC");
}

function formatAnswers(report: AnswersReport): string {
  const q = report.question;
  const lines = [terminalSafe(`Question (${q.path}:${q.line}${q.heading !== undefined ? `, under "${q.heading}"` : ""}): ${q.text}`), ""];
  if (report.candidates.length === 0) lines.push("No note of the vault seems to answer it yet.");
  report.candidates.forEach((c, i) => {
    lines.push(terminalSafe(`${i + 1}. ${c.path}:${c.line}${c.heading !== undefined ? `  # ${c.heading}` : ""}  (score ${c.score})`));
    lines.push(terminalSafe(`   why: ${c.reasons.map((r) => `${r.kind} ${r.text}`).join("; ")}`));
  });
  return lines.join("\n") + "\n";
}

// @vitest-environment happy-dom
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { PluginData } from "../../../src/engine/plugin-data/plugin-data";
import { TFile } from "../../fakes/obsidian";
import { loadPlugin, type Harness } from "../plugin-harness";

/**
 * Random sequences of what a learner and their devices do to a vault, run against the plugin in
 * the fake Obsidian over real files, interleaved without waiting for each other: edits to
 * questions that keep them the same question (a link added, the marker retyped, the question
 * mark, a typo fixed, prose elsewhere), a marker broken and typed again, settings typed (excluded
 * folders, markers), syncs of data.json (current or stale), rebuilds, renames, grades, redraws.
 * After it, with the settings back to their defaults: every card whose question is still there
 * has its schedule, and the last grade given to it counts.
 */

const DATA = ".obsidian/plugins/linked-devops-notes/data.json";
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A question with one word that a typo can change, and a mention a link can be put on. */
const QUESTIONS: Array<[string, string, string]> = [
  ["도커 이미지는 {}로 이루어지나", "레이어", "레이여"],
  ["도커 컨테이너와 {}의 차이는", "가상머신", "가상머싄"],
  ["쿠버네티스 파드에 {}는 몇 개 들어가나", "컨테이너", "컨테이나"],
  ["도커 볼륨은 {} 쓰나", "언제", "언재"],
  ["What does a Docker {} hold", "layer", "layr"],
  ["Why run Docker {}", "rootless", "rootles"],
];
const FOLDERS = ["Study", "Study/Archive", "", "Notes"];

interface QuestionModel {
  index: number;
  link: boolean;
  marker: "Q." | "Q:";
  mark: boolean;
  typo: boolean;
  broken: boolean;
  /** Reps of the card's record after the last grade given to it. */
  reps: number;
}

interface NoteModel {
  folder: string;
  name: string;
  questions: QuestionModel[];
  prose: number;
}

const pathOf = (note: NoteModel): string => (note.folder === "" ? `${note.name}.md` : `${note.folder}/${note.name}.md`);

function questionText(q: QuestionModel): string {
  const [template, right, wrong] = QUESTIONS[q.index] as [string, string, string];
  let text = template.replace("{}", q.typo ? wrong : right);
  if (q.link) text = text.replace("도커", "[[Docker|도커]]").replace("Docker ", "[[Docker]] ");
  return `${text}${q.mark ? "?" : ""}`;
}

function noteText(note: NoteModel): string {
  const blocks = note.questions.map((q, i) => `${q.broken ? "Q" : q.marker} ${questionText(q)}\n-> 답 ${i}: 컨테이너를 돌린다`);
  return ["# 공부", "", ...blocks.flatMap((b) => [b, ""]), ...Array.from({ length: note.prose }, (_, i) => `덧붙인 줄 ${i}`), ""].join("\n");
}

type Action =
  | { kind: "edit"; q: number; what: "link" | "marker" | "mark" | "typo" | "prose" }
  | { kind: "break" | "restore"; q: number }
  | { kind: "exclude"; typed: number }
  | { kind: "markers"; onlyDot: boolean }
  | { kind: "sync"; stale: boolean }
  | { kind: "rebuild" | "redraw" }
  | { kind: "grade"; q: number; grade: 1 | 2 | 3 | 4 }
  | { kind: "rename"; note: number; folder: number }
  | { kind: "wait"; ms: number };

const q = fc.integer({ min: 0, max: QUESTIONS.length - 1 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("edit" as const), q, what: fc.constantFrom("link" as const, "marker" as const, "mark" as const, "typo" as const, "prose" as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom("break" as const, "restore" as const), q }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("exclude" as const), typed: fc.integer({ min: 0, max: "Study/Archive".length }) }) },
  fc.record({ kind: fc.constant("markers" as const), onlyDot: fc.boolean() }),
  fc.record({ kind: fc.constant("sync" as const), stale: fc.boolean() }),
  fc.record({ kind: fc.constantFrom("rebuild" as const, "redraw" as const) }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("grade" as const), q, grade: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4) }) },
  fc.record({ kind: fc.constant("rename" as const), note: fc.integer({ min: 0, max: 2 }), folder: fc.integer({ min: 0, max: FOLDERS.length - 1 }) }),
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("wait" as const), ms: fc.constantFrom(0, 200, 500) }) },
);

function file(h: Harness, path: string): TFile {
  const found = h.app.vault.getAbstractFileByPath(path);
  if (!(found instanceof TFile)) throw new Error(`no file ${path}`);
  return found;
}

/** The card of a modelled question in the plugin's current cards, by its note and its place among the note's questions. */
function cardOf(h: Harness, notes: NoteModel[], question: QuestionModel) {
  const note = notes.find((n) => n.questions.includes(question)) as NoteModel;
  const live = note.questions.filter((x) => !x.broken);
  const cards = h.plugin.reviewCards.store.cards().filter((c) => c.path === pathOf(note)).sort((a, b) => a.line - b.line);
  return cards.length === live.length ? cards[live.indexOf(question)] : undefined;
}

async function run(actions: Action[]): Promise<void> {
  const notes: NoteModel[] = [0, 1, 2].map((n) => ({
    folder: FOLDERS[n] as string,
    name: ["a", "b", "c"][n] as string,
    questions: [2 * n, 2 * n + 1].map((index) => ({ index, link: false, marker: index % 3 === 0 ? ("Q:" as const) : ("Q." as const), mark: true, typo: index % 2 === 0, broken: false, reps: 0 })),
    prose: 0,
  }));
  const h = await loadPlugin({ exampleVault: false, files: Object.fromEntries(notes.map((n) => [pathOf(n), noteText(n)])) });
  try {
    // The dashboard open, as a learner has it: it redraws after every change the index takes.
    await h.app.runCommand("linked-devops-notes:open-dashboard");
    const store = h.plugin.reviewCards.store;
    const all = notes.flatMap((n) => n.questions);
    for (const question of all) {
      store.grade(cardOf(h, notes, question) as never, 3);
      question.reps = 1;
    }
    await h.plugin.dataFile.flush();
    const stale = readFileSync(join(h.root, DATA), "utf8");
    const write = async (note: NoteModel): Promise<void> => h.app.vault.modify(file(h, pathOf(note)), noteText(note));

    for (const step of actions) {
      const question = "q" in step ? (all[step.q] as QuestionModel) : undefined;
      const note = question ? (notes.find((n) => n.questions.includes(question)) as NoteModel) : undefined;
      if (step.kind === "edit" && question && note) {
        if (step.what === "link") question.link = !question.link;
        if (step.what === "marker") question.marker = question.marker === "Q." ? "Q:" : "Q.";
        if (step.what === "mark") question.mark = !question.mark;
        if (step.what === "typo") question.typo = !question.typo;
        if (step.what === "prose") note.prose++;
        await write(note);
      } else if ((step.kind === "break" || step.kind === "restore") && question && note) {
        question.broken = step.kind === "break";
        await write(note);
      } else if (step.kind === "exclude") {
        h.plugin.data.settings.excludedFolders = step.typed === 0 ? [] : ["Study/Archive".slice(0, step.typed)];
        await h.plugin.saveSettings(true);
      } else if (step.kind === "markers") {
        h.plugin.data.settings.questionMarkers = step.onlyDot ? ["Q."] : ["Q.", "Q:"];
        await h.plugin.saveSettings(true);
      } else if (step.kind === "sync") {
        const theirs = step.stale ? (JSON.parse(stale) as PluginData) : (JSON.parse(readFileSync(join(h.root, DATA), "utf8")) as PluginData);
        theirs.settings.newCardsPerDay = 5;
        writeFileSync(join(h.root, DATA), JSON.stringify(theirs));
        await h.plugin.onExternalSettingsChange();
      } else if (step.kind === "rebuild") {
        void h.app.runCommand("linked-devops-notes:rebuild-index");
      } else if (step.kind === "redraw") {
        store.summary();
      } else if (step.kind === "grade" && question && !question.broken) {
        const card = cardOf(h, notes, question);
        // Only a card the plugin shows can be graded: one whose note is read, with its question as it is now.
        if (card && card.question === (questionText(question).trim())) {
          store.grade(card, step.grade);
          question.reps++;
        }
      } else if (step.kind === "rename") {
        const renamed = notes[step.note] as NoteModel;
        const folder = FOLDERS[step.folder] as string;
        if (folder === renamed.folder || notes.some((n) => n !== renamed && n.folder === folder && n.name === renamed.name)) continue;
        const from = pathOf(renamed);
        renamed.folder = folder;
        await h.app.vault.rename(file(h, from), pathOf(renamed));
      } else if (step.kind === "wait") {
        await wait(step.ms);
      }
    }

    h.plugin.data.settings.excludedFolders = [];
    h.plugin.data.settings.questionMarkers = ["Q.", "Q:"];
    await h.plugin.saveSettings(true);
    await wait(1200);
    await h.settle();
    store.cards();
    for (const question of all) {
      if (question.broken) continue;
      const card = cardOf(h, notes, question);
      expect(card?.question, `the card of "${questionText(question)}"`).toBe(questionText(question));
      expect(store.state.cards[card?.id ?? ""]?.reps, `the schedule of "${questionText(question)}" after ${JSON.stringify(actions)}`).toBe(question.reps);
    }
  } finally {
    h.dispose();
  }
}

describe("review cards under random edits, settings, syncs and rebuilds", () => {
  it("never lose a card that still has its question", async () => {
    await fc.assert(fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 12 }), run), { numRuns: 12 });
  }, 120_000);
});

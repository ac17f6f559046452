import { EditorState, type Transaction } from "@codemirror/state";
import { questionDecorations, rederive, type DecorationState } from "../../src/plugin/editor/question-decorations";
import { ratioOf, type FigureContext, type FigureRow } from "../figure";
import { NoteWriter } from "../note-writer";
import { Prng } from "../prng";
import { collectGarbage, median, percentile, timed } from "../stats";

/**
 * The editor's decorations after one keystroke, in a 5,000-line note written like the vault's
 * notes: the keystroke's transaction (badges and hints mapped through the change, the sections
 * it touched noted) plus the re-derivation the scheduler sends once typing stops (a parse of the
 * touched section, with the index's concepts, and its decorations replaced). Each keystroke is
 * measured as if the user paused after it: the worst case, one re-derivation per key.
 *
 * The reference is a bare CodeMirror transaction (the same change, on a state without the
 * plugin), measured in the same run. Keys are typed at the ends of lines picked at random, from
 * sentences of Korean and English with code spans, arrows and line breaks.
 */

const LINES = 5000;
const KEYSTROKES = 600;
const TYPED = [
  "-> 컨테이너를 격리하는 건 cgroups와 namespace다",
  " `docker ps -a`로 확인",
  "\nQ. 쿠버네티스는 왜 etcd가 필요하지?",
  "\n- Podman은 데몬 없이 rootless로 돈다",
  " then the pod restarts",
  "\n-> 모르겠다",
];

export function measureEditorKeystroke(context: FigureContext): FigureRow[] {
  const rng = new Prng(11);
  const path = "Bench/editor-5000.md";
  const planned = { path, title: "editor-5000", targetBytes: 900_000, concept: null };
  const text = new NoteWriter(rng, [planned], []).write(planned).split("\n").slice(0, LINES).join("\n");

  const decorations = questionDecorations({ badges: true, hints: true, parse: (piece) => context.index.parse(path, piece) });
  const whole = timed(() => EditorState.create({ doc: text, extensions: decorations.extension }));
  let state = whole.result;
  let bare = EditorState.create({ doc: text });
  const field = (s: EditorState): DecorationState => s.field(decorations.field);
  const sections = field(state).layout?.starts.length ?? 1;

  const total: number[] = [];
  const keystroke: number[] = [];
  const rederived: number[] = [];
  const bareTimes: number[] = [];
  let wholeParses = 0;
  let typed = 0;
  let sentence = "";
  let at = 0;
  collectGarbage();
  while (typed < KEYSTROKES) {
    if (sentence === "") {
      sentence = rng.pick(TYPED);
      at = state.doc.line(rng.int(2, state.doc.lines)).to; // line 1 is never typed on here: see note-sections.ts
    }
    const key = sentence[0] as string;
    sentence = sentence.slice(1);
    const changes = { from: at, insert: key };
    at += key.length;

    bareTimes.push(timed(() => (bare = bare.update({ changes }).state)).ms);
    let afterKey: Transaction | undefined;
    const keyMs = timed(() => (afterKey = state.update({ changes }))).ms;
    const next = (afterKey as Transaction).state;
    const rederiveMs = timed(() => (state = next.update({ effects: rederive.of({ all: false }) }).state)).ms;
    // Whole: the key dropped the layout, or its section's own parse showed it runs on (a new layout).
    if (field(next).layout === null || field(state).layout !== field(next).layout) wholeParses++;
    keystroke.push(keyMs);
    rederived.push(rederiveMs);
    total.push(keyMs + rederiveMs);
    typed++;
  }

  const notes = context.vault.notes;
  const judged = notes === context.targetSize;
  const p95 = percentile(total, 95);
  const detail =
    `${LINES}-line note (${text.length} chars, ${sections} sections); keystroke transaction median ${fmt(median(keystroke))} ms, ` +
    `re-derivation median ${fmt(median(rederived))} / p95 ${fmt(percentile(rederived, 95))} ms; ${wholeParses} of ${KEYSTROKES} keys re-parsed the whole note; ` +
    `whole-note derivation (opening the note) ${fmt(whole.ms)} ms`;
  const rows: FigureRow[] = [
    {
      notes,
      figure: "editor keystroke → decorations (median)",
      value: median(total),
      unit: "ms",
      reference: { label: "bare CodeMirror transaction", value: median(bareTimes), unit: "ms" },
      detail,
    },
    {
      notes,
      figure: "editor keystroke → decorations (p95)",
      value: p95,
      unit: "ms",
      reference: { label: "bare CodeMirror transaction", value: percentile(bareTimes, 95), unit: "ms" },
      ...(judged ? { target: { text: "≤ 8 ms", pass: p95 <= 8 } } : {}),
    },
  ];
  for (const row of rows) {
    const ratio = ratioOf(row.value, row.reference?.value);
    if (ratio !== undefined) row.ratio = ratio;
  }
  return rows;
}

function fmt(ms: number): string {
  return ms >= 10 ? ms.toFixed(1) : ms.toFixed(3);
}

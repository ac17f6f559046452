import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Window } from "happy-dom";
import { answersFor, buildConceptPage } from "../../src/engine/concept-page/build-concept-page";
import { newConceptPageUi, NOTES_STEP, renderConceptPage, type ConceptPageActions } from "../../src/plugin/dashboard/concept-page/render-concept-page";
import { installDomHelpers } from "../../test/fakes/obsidian/dom";
import { ratioOf, type FigureContext, type FigureRow } from "../figure";
import { collectGarbage, median, timed } from "../stats";

/**
 * The concept page of a concept with about 1,000 mentions (the vault's concept with the fewest
 * mentions at or above 1,000), drawn as the dashboard draws it: the engine's page from the index
 * and the texts of the notes it lists (read beforehand: reading is the shell's I/O), then the DOM
 * the plugin draws, in happy-dom. Measured as a user first opens it (the first notes of each
 * section listed) and with every note listed (as after "Show more" to the end).
 *
 * The reference, in the same run: parsing every note that mentions the concept, which a page that
 * re-read its notes for their mentions would have to do first. The notes that may answer the
 * concept's open questions are looked for once the page is on screen, and measured apart.
 */

const MENTIONS = 1000;

const NO_ACTIONS: ConceptPageActions = {
  openNote: () => undefined,
  pickConcept: () => undefined,
  createConceptNote: () => undefined,
  close: () => undefined,
  linkRow: () => undefined,
  linkAll: () => undefined,
  useAsNote: () => undefined,
  setMuted: () => undefined,
  showMore: () => undefined,
  groupToggled: () => undefined,
  setGroupsOpen: () => undefined,
  findAnswers: () => undefined,
  moreQuestions: () => undefined,
};

export function measureConceptPage(context: FigureContext): FigureRow[] {
  const { index, vault } = context;
  const totals = index.mentionedConcepts().map((id) => ({ id, mentions: [...index.notesMentioning(id).values()].reduce((a, b) => a + b, 0) }));
  const chosen = totals.filter((c) => c.mentions >= MENTIONS).sort((a, b) => a.mentions - b.mentions)[0];
  if (!chosen) return [{ notes: vault.notes, figure: "concept page, 1,000 mentions (model + DOM)", value: Number.NaN, unit: "ms", detail: `no concept has ${MENTIONS} mentions in this vault` }];
  const paths = [...index.notesMentioning(chosen.id).keys()];
  const texts = new Map(paths.map((path) => [path, readFileSync(join(vault.dir, path), "utf8")]));

  const window = new Window();
  installDomHelpers(window as unknown as { Node: typeof Node; Element: typeof Element; document: Document });
  const body = window.document.body as unknown as HTMLElement;
  const draw = (notes: number): { rows: number; elements: number } => {
    body.empty();
    // As the plugin draws it: the mentions first, the notes that may answer its questions after.
    const page = buildConceptPage(index, chosen.id, { texts, notes, answered: 0 });
    if (!page) throw new Error(`no page for ${chosen.id}`);
    renderConceptPage(body, page, newConceptPageUi(), NO_ACTIONS);
    const rows = [...page.linked.groups, ...page.unlinked.groups].reduce((sum, g) => sum + g.rows.length, 0);
    return { rows, elements: body.getElementsByTagName("*").length };
  };
  const runs = 7;
  const measure = (notes: number): { ms: number; rows: number; elements: number } => {
    collectGarbage(); // what the figures before this one left behind is not this one's cost
    draw(notes); // warm-up
    const times: number[] = [];
    let last = { rows: 0, elements: 0 };
    for (let i = 0; i < runs; i++) {
      const { ms, result } = timed(() => draw(notes));
      times.push(ms);
      last = result;
    }
    return { ms: median(times), ...last };
  };
  const first = measure(NOTES_STEP);
  const all = measure(Number.MAX_SAFE_INTEGER);
  const openQuestions = (buildConceptPage(index, chosen.id, { answered: 0 })?.questions ?? []).filter((q) => q.status !== "answered").slice(0, 5);
  const answers = median(Array.from({ length: runs }, () => timed(() => openQuestions.forEach((q) => answersFor(index, q))).ms));
  const parse = median(Array.from({ length: 3 }, () => timed(() => paths.forEach((path) => index.parse(path, texts.get(path) as string))).ms));

  const name = index.concepts.get(chosen.id)?.name ?? chosen.id;
  const reference = { label: "parsing the concept's notes", value: parse, unit: "ms" as const };
  const rows: FigureRow[] = [
    {
      notes: vault.notes,
      figure: "concept page, 1,000 mentions (model + DOM)",
      value: first.ms,
      unit: "ms",
      reference,
      target: { text: "< 100 ms", pass: first.ms < 100 },
      detail: `${name}: ${chosen.mentions} mentions in ${paths.length} notes; first view lists ${NOTES_STEP} notes a section (${first.rows} rows in the model, ${first.elements} elements drawn), median of ${runs}`,
    },
    {
      notes: vault.notes,
      figure: "concept page: answers to its first open questions",
      value: answers,
      unit: "ms",
      detail: `the notes that may answer its first ${openQuestions.length} open or unsure questions, looked for once the page is drawn (3 each), median of ${runs}`,
    },
    {
      notes: vault.notes,
      figure: "concept page, 1,000 mentions, every note listed",
      value: all.ms,
      unit: "ms",
      reference,
      detail: `every mention a row in the model (${all.rows}), groups beyond the first rows folded (${all.elements} elements drawn), median of ${runs}`,
    },
  ];
  for (const row of rows) {
    const ratio = ratioOf(row.value, row.reference?.value);
    if (ratio !== undefined) row.ratio = ratio;
  }
  window.close();
  return rows;
}

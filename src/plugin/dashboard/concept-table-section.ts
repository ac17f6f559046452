import type { ConceptRow, DashboardModel } from "../../engine/dashboard/dashboard-model";
import { conceptTablePage, type ConceptColumn, type ConceptTableQuery } from "../../engine/dashboard/concept-table";
import { t, type StringKey } from "../i18n/strings";
import { conceptLabel } from "../ui/concept-label";

/**
 * Every concept the notes mention, in a table the learner narrows: typed words filter by any
 * name (Korean or English), a box keeps only concepts without a note, a column header sorts, and
 * a pager walks through all of them (nothing is cut). Typing redraws the table only, so the
 * filter keeps its focus. A vault whose most mentioned concepts have no notes yet is offered to
 * create the notes of the first five.
 */

export interface ConceptTableActions {
  pickConcept: (conceptId: string) => void;
  /** Keeps the narrowed table in the view's state (no redraw: the section redraws itself). */
  setQuery: (query: ConceptTableQuery) => void;
  createConceptNotes: (conceptIds: readonly string[]) => void;
}

const COLUMNS: ReadonlyArray<[ConceptColumn | "related", StringKey]> = [["name", "concept"], ["mentions", "mentions"], ["notes", "notes"], ["linked", "linked"], ["unlinked", "unlinked"], ["related", "related"]];
/** Concepts whose notes the empty state offers to create, when none of the most mentioned has one. */
const TOP_CONCEPTS = 5;
const NOTELESS_LEADERS = 10;

export function renderConceptTable(body: HTMLElement, model: DashboardModel, initial: ConceptTableQuery, actions: ConceptTableActions): void {
  if (model.concepts.length === 0) {
    body.createEl("p", { cls: "ldn-empty", text: t("emptyNoConcepts") });
    return;
  }
  // The vault's main concepts have no notes (a note merely named like one may stand for another).
  if (!model.concepts.slice(0, NOTELESS_LEADERS).some((row) => row.conceptNote !== undefined)) renderNoConceptNotes(body, model.concepts, actions);
  let query: ConceptTableQuery = { ...initial };
  const controls = body.createDiv({ cls: "ldn-table-controls" });
  const filter = controls.createEl("input", { cls: "ldn-concept-filter", type: "search", placeholder: t("conceptFilterPlaceholder"), attr: { "aria-label": t("conceptFilterPlaceholder"), "data-ldn-focus": "concept-filter" } });
  filter.value = query.filter ?? "";
  const withoutNote = controls.createEl("label", { cls: "ldn-checkbox" });
  const box = withoutNote.createEl("input", { type: "checkbox", attr: { "data-ldn-focus": "concept-without-note" } });
  box.checked = query.withoutNote === true;
  withoutNote.createSpan({ text: t("conceptsWithoutNoteOnly") });
  const table = body.createDiv({ cls: "ldn-concept-table-area" });

  const update = (patch: ConceptTableQuery): void => {
    query = { ...query, ...patch };
    actions.setQuery(query);
    draw();
  };
  const draw = (): void => {
    table.empty();
    const page = conceptTablePage(model.concepts, query);
    if (page.total === 0) {
      table.createEl("p", { cls: "ldn-empty", text: t("conceptsNoneMatch") });
      return;
    }
    const wrapper = table.createDiv({ cls: "ldn-table-scroll" });
    const element = wrapper.createEl("table", { cls: "ldn-concept-table" });
    const head = element.createEl("thead").createEl("tr");
    const sort = query.sort ?? "mentions";
    const descending = query.descending ?? sort !== "name";
    for (const [column, key] of COLUMNS) {
      const th = head.createEl("th", { cls: column === "name" || column === "related" ? "" : "ldn-num" });
      if (column === "related") {
        th.setText(t(key));
        continue;
      }
      th.setAttr("aria-sort", column === sort ? (descending ? "descending" : "ascending") : "none");
      const button = th.createEl("button", { cls: "ldn-sort", text: t(key), attr: { "aria-label": t("sortBy", { column: t(key) }), "data-column": column } });
      if (column === sort) button.addClass(descending ? "is-descending" : "is-ascending");
      button.addEventListener("click", () => update({ sort: column, descending: column === sort ? !descending : column !== "name", page: 0 }));
    }
    const tbody = element.createEl("tbody");
    for (const concept of page.rows) renderRow(tbody, concept, actions);
    const pager = table.createDiv({ cls: "ldn-pager" });
    const previous = pager.createEl("button", { cls: "ldn-page-previous", text: t("pagePrevious") });
    previous.disabled = page.page === 0;
    previous.addEventListener("click", () => update({ page: page.page - 1 }));
    pager.createSpan({ cls: "ldn-page-status", text: t("conceptsShown", { from: page.from, to: page.to, total: page.total }) });
    const next = pager.createEl("button", { cls: "ldn-page-next", text: t("pageNext") });
    next.disabled = page.page >= page.pages - 1;
    next.addEventListener("click", () => update({ page: page.page + 1 }));
  };
  filter.addEventListener("input", () => update({ filter: filter.value, page: 0 }));
  box.addEventListener("change", () => update({ withoutNote: box.checked, page: 0 }));
  draw();
}

function renderRow(tbody: HTMLElement, concept: ConceptRow, actions: ConceptTableActions): void {
  const row = tbody.createEl("tr", { cls: "ldn-concept-row", attr: { "data-concept": concept.id } });
  const nameCell = row.createEl("td");
  const button = nameCell.createEl("button", { cls: "ldn-concept-name", text: conceptLabel(concept.name, concept.koName) });
  if (concept.conceptNote !== undefined) button.addClass("has-note");
  button.addEventListener("click", () => actions.pickConcept(concept.id));
  row.createEl("td", { cls: "ldn-num", text: String(concept.mentions) });
  row.createEl("td", { cls: "ldn-num", text: String(concept.notes) });
  row.createEl("td", { cls: "ldn-num", text: String(concept.linkedNotes) });
  row.createEl("td", { cls: "ldn-num", text: String(concept.unlinkedNotes) });
  row.createEl("td", { cls: "ldn-related", text: concept.related.slice(0, 3).map((r) => conceptLabel(r.name, r.koName)).join(", ") });
}

/** No concept has a note yet: the most mentioned ones, and a button that creates their notes. */
function renderNoConceptNotes(body: HTMLElement, rows: readonly ConceptRow[], actions: ConceptTableActions): void {
  const top = rows.filter((row) => row.conceptNote === undefined).slice(0, TOP_CONCEPTS);
  const empty = body.createDiv({ cls: "ldn-empty ldn-no-concept-notes" });
  empty.createEl("p", { text: t("emptyNoConceptNotes") });
  empty.createDiv({ cls: "ldn-no-concept-notes-list", text: top.map((row) => conceptLabel(row.name, row.koName)).join(" · ") });
  const create = empty.createEl("button", { cls: "mod-cta ldn-create-top-notes", text: t("createTopConceptNotes", { count: top.length }) });
  create.addEventListener("click", () => {
    create.disabled = true;
    actions.createConceptNotes(top.map((row) => row.id));
  });
}

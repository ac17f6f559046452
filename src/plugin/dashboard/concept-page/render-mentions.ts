import type { ConceptPage, MentionRow, MentionSection, NoteGroup } from "../../../engine/concept-page/concept-page-model";
import { t } from "../../i18n/strings";
import { conceptLabel } from "../../ui/concept-label";
import type { ConceptPageActions, ConceptPageUi } from "./render-concept-page";

/**
 * The linked and unlinked mentions of a concept page, as Obsidian's backlinks pane shows them: a
 * group per note (its title, its folder, how many mentions), each mention's line under it with the
 * concept marked, a Link button on the unlinked ones that may be linked. Groups open while the
 * page has room (`ROW_BUDGET` rows drawn); the rest open on a click, and draw their rows then.
 */

/** Rows drawn at once before later groups start folded: a page stays quick with thousands of mentions. */
export const ROW_BUDGET = 80;
/** Notes each section lists at first, and how many more each "Show more" adds. */
export const NOTES_STEP = 25;

export function renderMentionSection(parent: HTMLElement, page: ConceptPage, kind: "linked" | "unlinked", ui: ConceptPageUi, actions: ConceptPageActions): void {
  const section: MentionSection = page[kind];
  const box = parent.createDiv({ cls: `ldn-cp-section ldn-cp-${kind}`, attr: { "data-section": kind } });
  const head = box.createDiv({ cls: "ldn-cp-section-head" });
  head.createEl("h4", { text: t(kind === "linked" ? "cpLinkedMentions" : "cpUnlinkedMentions") });
  head.createSpan({ cls: "ldn-cp-section-count", text: t("cpSectionCount", { mentions: section.mentions, notes: section.notes }) });
  const tools = head.createDiv({ cls: "ldn-cp-tools" });
  // Which groups open: those the user opened, else while the page has room for their rows.
  let drawn = ui.rowsDrawn;
  const open = section.groups.map((group) => {
    const opened = ui.toggled.get(`${kind}:${group.path}`) ?? drawn + group.rows.length <= ROW_BUDGET;
    if (opened) drawn += group.rows.length;
    return opened;
  });
  ui.rowsDrawn = drawn;
  if (section.groups.length > 1) {
    const allOpen = open.every(Boolean);
    const toggle = tools.createEl("button", { cls: "ldn-cp-toggle-all", text: t(allOpen ? "cpCollapseAll" : "cpExpandAll") });
    toggle.addEventListener("click", () => actions.setGroupsOpen(kind, section.groups.map((g) => g.path), !allOpen));
  }
  if (kind === "unlinked" && page.counts.linkableMentions > 0) {
    const all = tools.createEl("button", { cls: "mod-cta ldn-cp-link-all", text: t("cpLinkAll"), attr: { "aria-label": t("cpLinkAllDesc", { name: conceptLabel(page.concept.name, page.concept.korean) }) } });
    all.addEventListener("click", () => actions.linkAll());
  }
  if (section.groups.length === 0) {
    box.createEl("p", { cls: "ldn-empty", text: t(kind === "linked" ? "cpNoLinked" : "cpNoUnlinked") });
    return;
  }
  if (kind === "unlinked" && page.concept.conceptNote === undefined && !page.muted) box.createEl("p", { cls: "ldn-cp-hint", text: t("cpNoLinkNoNote") });
  section.groups.forEach((group, k) => renderGroup(box, page, kind, group, open[k] === true, actions));
  if (section.more > 0) {
    const more = box.createEl("button", { cls: "ldn-cp-more", text: t("cpShowMore", { count: Math.min(section.more, NOTES_STEP) }) });
    more.addEventListener("click", () => actions.showMore(kind));
  }
}

function renderGroup(parent: HTMLElement, page: ConceptPage, kind: "linked" | "unlinked", group: NoteGroup, open: boolean, actions: ConceptPageActions): void {
  const el = parent.createDiv({ cls: "ldn-cp-group", attr: { "data-path": group.path } });
  el.toggleClass("is-collapsed", !open);
  const head = el.createDiv({ cls: "ldn-cp-group-head" });
  const fold = head.createEl("button", { cls: "ldn-cp-fold", attr: { "aria-expanded": String(open), "aria-label": t("cpToggleGroup", { title: group.title }) } });
  const title = head.createEl("a", { cls: "ldn-cp-note-title", text: group.title, href: "#" });
  title.addEventListener("click", (event) => {
    event.preventDefault();
    actions.openNote(group.path);
  });
  if (group.conceptNote) head.createSpan({ cls: "ldn-cp-own", text: t("cpOwnNote") });
  head.createSpan({ cls: "ldn-cp-folder", text: group.folder === "" ? t("cpRootFolder") : group.folder });
  head.createSpan({ cls: "ldn-cp-count", text: String(group.count) });
  const body = el.createDiv({ cls: "ldn-cp-rows" });
  let drawn = false;
  const draw = (): void => {
    if (drawn) return;
    drawn = true;
    if (!group.read) body.createDiv({ cls: "ldn-cp-reading", text: t("cpReading") });
    for (const row of group.rows) renderRow(body, page, kind, group, row, actions);
  };
  if (open) draw();
  fold.addEventListener("click", () => {
    const opening = el.hasClass("is-collapsed");
    if (opening) draw();
    el.toggleClass("is-collapsed", !opening);
    fold.setAttr("aria-expanded", String(opening));
    actions.groupToggled(kind, group.path, opening);
  });
}

function renderRow(parent: HTMLElement, page: ConceptPage, kind: "linked" | "unlinked", group: NoteGroup, row: MentionRow, actions: ConceptPageActions): void {
  const el = parent.createDiv({ cls: "ldn-cp-row", attr: { "data-line": row.line, ...(row.column !== undefined ? { "data-column": row.column } : {}) } });
  const snippet = el.createEl("a", { cls: "ldn-cp-snippet", href: "#", attr: { title: t("line", { line: row.line }) } });
  snippet.addEventListener("click", (event) => {
    event.preventDefault();
    actions.openNote(group.path, row.line);
  });
  if (row.cutLead) snippet.appendText("…");
  if (row.mark) {
    const [from, to] = row.mark;
    snippet.appendText(row.text.slice(0, from));
    snippet.createEl("mark", { cls: "ldn-cp-mark", text: row.text.slice(from, to) });
    snippet.appendText(row.text.slice(to));
  } else snippet.appendText(row.text);
  if (row.cutTrail) snippet.appendText("…");
  if (kind === "unlinked" && row.linkable) {
    const link = el.createEl("button", { cls: "ldn-cp-link", text: t("cpLink"), attr: { "aria-label": t("cpLinkRow", { name: conceptLabel(page.concept.name, page.concept.korean), line: row.line }) } });
    link.addEventListener("click", () => {
      link.disabled = true;
      actions.linkRow(group, row);
    });
  }
}

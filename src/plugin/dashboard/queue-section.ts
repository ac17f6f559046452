import type { DashboardModel, QueueEntry } from "../../engine/dashboard/dashboard-model";
import { QUEUE_REASONS, queueWith, type QueueReason } from "../../engine/dashboard/queue-reasons";
import { t, type StringKey } from "../i18n/strings";

/**
 * The review queue (notes with open questions, unsure answers, empty fields or missing links),
 * with a toggle per reason: each says how many notes wait for it, and the list shows the notes
 * with any of the reasons switched on (all of them while none is). Twenty at first, more on ask.
 */

const REASON_KEYS: Record<QueueReason, StringKey> = { open: "reasonOpen", unsure: "reasonUnsure", "empty-fields": "reasonEmptyFields", "missing-links": "reasonMissingLinks" };
const ENTRIES_SHOWN = 20;

export interface QueueActions {
  openNote: (path: string) => void;
  setAside: (path: string) => void;
  setReasons: (reasons: QueueReason[]) => void;
}

export function renderQueue(body: HTMLElement, model: DashboardModel, reasons: readonly QueueReason[], actions: QueueActions, shown: { entries: number; more(): void }): void {
  const all = model.setAsideQueue;
  if (all.length === 0) {
    body.createEl("p", { cls: "ldn-empty", text: t("queueEmpty") });
    return;
  }
  const chosen = new Set(reasons);
  const filter = body.createDiv({ cls: "ldn-reason-filter", attr: { role: "group", "aria-label": t("queueFilterLabel") } });
  filter.createSpan({ cls: "ldn-reason-filter-label", text: t("queueFilterLabel") });
  for (const reason of QUEUE_REASONS) {
    const count = all.filter((entry) => entry.reasons.includes(reason)).length;
    const on = chosen.has(reason);
    const chip = filter.createEl("button", { cls: `ldn-reason-chip is-${reason}`, attr: { "aria-pressed": String(on), "data-reason": reason } });
    chip.createSpan({ text: t(REASON_KEYS[reason]) });
    chip.createSpan({ cls: "ldn-reason-count", text: String(count) });
    if (on) chip.addClass("is-active");
    chip.addEventListener("click", () => actions.setReasons(QUEUE_REASONS.filter((r) => (r === reason ? !on : chosen.has(r)))));
  }
  const entries = chosen.size === 0 ? all : queueWith(all, chosen);
  if (entries.length === 0) {
    body.createEl("p", { cls: "ldn-empty", text: t("queueFilteredEmpty") });
    return;
  }
  const list = body.createEl("ul", { cls: "ldn-queue-list" });
  const limit = Math.max(shown.entries, ENTRIES_SHOWN);
  for (const entry of entries.slice(0, limit)) renderQueueEntry(list, entry, actions);
  if (entries.length > limit) {
    const more = body.createEl("button", { cls: "ldn-show-more", text: t("showMore", { count: Math.min(entries.length - limit, ENTRIES_SHOWN) }) });
    more.addEventListener("click", () => shown.more());
  }
}

function renderQueueEntry(list: HTMLElement, entry: QueueEntry, actions: QueueActions): void {
  const item = list.createEl("li", { cls: "ldn-queue-entry", attr: { "data-path": entry.path } });
  const main = item.createDiv({ cls: "ldn-queue-main" });
  const link = main.createEl("a", { cls: "ldn-note-link", text: entry.title, href: "#" });
  link.addEventListener("click", (event) => {
    event.preventDefault();
    actions.openNote(entry.path);
  });
  const folder = entry.path.includes("/") ? entry.path.slice(0, entry.path.lastIndexOf("/")) : "";
  if (folder !== "") main.createSpan({ cls: "ldn-note-folder", text: folder });
  const facts = main.createDiv({ cls: "ldn-queue-facts" });
  if (entry.open > 0) facts.createSpan({ cls: "ldn-badge is-open", text: `${entry.open} ${t("statusOpen")}` });
  if (entry.unsure > 0) facts.createSpan({ cls: "ldn-badge is-unsure", text: `${entry.unsure} ${t("statusUnsure")}` });
  if (entry.emptyFields.length > 0) facts.createSpan({ cls: "ldn-fact", text: `${t("emptyFields")}: ${entry.emptyFields.join(", ")}` });
  if (entry.unresolvedLinks.length > 0) facts.createSpan({ cls: "ldn-fact", text: `${t("unresolvedLinks")}: ${entry.unresolvedLinks.join(", ")}` });
  const button = item.createEl("button", { cls: "ldn-mark-reviewed", text: t("setAside") });
  button.addEventListener("click", () => actions.setAside(entry.path));
}

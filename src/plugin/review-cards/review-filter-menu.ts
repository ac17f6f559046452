import type { ReviewCard } from "../../engine/review-cards/cards";
import { t } from "../i18n/strings";
import { compareText } from "../../engine/text/compare-text";

/**
 * The review view's filter: every question, or those about one concept, or those in notes with
 * one tag, each with its number of cards, most first. Values are `concept:<id>` and `tag:<tag>`.
 */
export function renderFilterMenu(parent: HTMLElement, cards: readonly ReviewCard[], conceptName: (id: string) => string, current: string, onChange: (value: string) => void): void {
  const label = parent.createEl("label", { cls: "ldn-review-filter" });
  label.createSpan({ text: t("reviewFilter") });
  const select = label.createEl("select", { cls: "dropdown" });
  select.createEl("option", { text: t("reviewAllQuestions"), value: "" });
  const concepts = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const card of cards) {
    for (const id of card.concepts) concepts.set(id, (concepts.get(id) ?? 0) + 1);
    for (const tag of card.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const byCount = (a: [string, number], b: [string, number]): number => b[1] - a[1] || compareText(a[0], b[0]);
  const options: Array<[string, string]> = [
    ...[...concepts].sort(byCount).map(([id, n]): [string, string] => [`concept:${id}`, `${conceptName(id)} (${n})`]),
    ...[...tags].sort(byCount).map(([tag, n]): [string, string] => [`tag:${tag}`, `#${tag} (${n})`]),
  ];
  // A saved filter whose cards are gone (or not indexed yet) stays selectable rather than vanish.
  if (current && !options.some(([value]) => value === current)) options.push([current, current.replace(/^tag:/, "#").replace(/^concept:/, "")]);
  for (const [value, text] of options) {
    const option = select.createEl("option", { text, value });
    if (value === current) option.selected = true;
  }
  select.addEventListener("change", () => onChange(select.value));
}

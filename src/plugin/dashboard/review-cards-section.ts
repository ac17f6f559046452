import type { ReviewSummary } from "../../engine/review-cards/forecast";
import { t, type StringKey } from "../i18n/strings";
import { renderForecastChart } from "../ui/forecast-chart";

/**
 * The dashboard's review cards section: today's numbers, the way into a session, the month ahead.
 * The numbers add up (the engine's `ReviewSummary`): the breakdown under them says of what.
 */
export function renderReviewCardsSection(parent: HTMLElement, summary: ReviewSummary, startReview: () => void): void {
  const header = parent.createDiv({ cls: "ldn-review-summary-header" });
  const button = header.createEl("button", { cls: "mod-cta ldn-review-start", text: t("reviewQuestions") });
  button.addEventListener("click", () => startReview());
  const stats = parent.createDiv({ cls: "ldn-review-stats" });
  const cells: Array<[StringKey, number, string]> = [
    ["reviewDueToday", summary.dueToday, "is-due"],
    ["reviewNew", summary.newCards, "is-new"],
    ["reviewLearning", summary.learning, "is-learning"],
    ["reviewsToday", summary.cardsReviewedToday, "is-reviewed"],
  ];
  for (const [key, value, cls] of cells) {
    const cell = stats.createDiv({ cls: `ldn-review-stat ${cls}` });
    cell.createDiv({ cls: "ldn-review-stat-value", text: String(value) });
    cell.createDiv({ cls: "ldn-review-stat-label", text: t(key) });
  }
  const breakdown = parent.createDiv({ cls: "ldn-review-breakdown" });
  breakdown.createDiv({ text: t("reviewBreakdown", { cards: summary.cards, new: summary.newCards, learning: summary.learning, review: summary.inReview }) });
  breakdown.createDiv({ text: t("reviewDueBreakdown", { new: summary.dueNew, learning: summary.dueLearning, review: summary.dueReview }) });
  if (summary.reviewsToday > 0) breakdown.createDiv({ text: t("reviewGradesToday", { reviews: summary.reviewsToday, lapses: summary.lapsesToday }) });
  parent.createDiv({ cls: "ldn-review-forecast-title", text: t("reviewForecast") });
  // All zero (no card at all, or none due for a month) would draw an empty frame.
  if (summary.dueByDay.some((count) => count > 0)) renderForecastChart(parent, summary.dueByDay);
  else parent.createDiv({ cls: "ldn-empty", text: t("reviewForecastEmpty") });
}

import type { ReviewSummary } from "../../engine/review-cards/forecast";
import { t, type StringKey } from "../i18n/strings";
import { renderForecastChart } from "../ui/forecast-chart";

/** The dashboard's review cards section: today's numbers, the way into a session, the month ahead. */
export function renderReviewCardsSection(parent: HTMLElement, summary: ReviewSummary, startReview: () => void): void {
  const section = parent.createDiv({ cls: "ldn-section ldn-review-summary" });
  const header = section.createDiv({ cls: "ldn-review-summary-header" });
  header.createEl("h3", { text: t("reviewCards") });
  const button = header.createEl("button", { cls: "mod-cta ldn-review-start", text: t("reviewQuestions") });
  button.addEventListener("click", () => startReview());
  const stats = section.createDiv({ cls: "ldn-review-stats" });
  const cells: Array<[StringKey, number, string]> = [
    ["reviewDueToday", summary.dueToday, "is-due"],
    ["reviewNew", summary.newCards, "is-new"],
    ["reviewsToday", summary.reviewsToday, "is-reviewed"],
    ["reviewLapsesToday", summary.lapsesToday, "is-lapsed"],
  ];
  for (const [key, value, cls] of cells) {
    const cell = stats.createDiv({ cls: `ldn-review-stat ${cls}` });
    cell.createDiv({ cls: "ldn-review-stat-value", text: String(value) });
    cell.createDiv({ cls: "ldn-review-stat-label", text: t(key) });
  }
  section.createDiv({ cls: "ldn-review-forecast-title", text: t("reviewForecast") });
  // All zero (nothing reviewed yet: new cards are not scheduled) would draw an empty frame.
  if (summary.forecast.some((count) => count > 0)) renderForecastChart(section, summary.forecast);
  else section.createDiv({ cls: "ldn-empty", text: t("reviewForecastEmpty") });
}

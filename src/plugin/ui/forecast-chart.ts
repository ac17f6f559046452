import { t } from "../i18n/strings";

const WIDTH = 300;
const HEIGHT = 72;
const LABEL = 14;

/**
 * The cards falling due on each of the next days, as a small SVG bar chart: one bar a day,
 * today first, scaled to the busiest day, each with a tooltip giving its count.
 */
export function renderForecastChart(parent: HTMLElement, forecast: readonly number[]): SVGSVGElement {
  const max = Math.max(1, ...forecast);
  const slot = WIDTH / Math.max(forecast.length, 1);
  const svg = parent.createSvg("svg", {
    cls: "ldn-forecast",
    attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT + LABEL}`, role: "img", "aria-label": t("reviewForecast") },
  });
  forecast.forEach((count, day) => {
    const height = count === 0 ? 0 : Math.max(2, (count / max) * HEIGHT);
    const bar = svg.createSvg("rect", {
      cls: day === 0 ? "ldn-forecast-bar is-today" : "ldn-forecast-bar",
      attr: { x: round(day * slot + 1), y: round(HEIGHT - height), width: round(slot - 2), height: round(height), "data-day": day, "data-count": count },
    });
    bar.createSvg("title").textContent = day === 0 ? t("reviewForecastToday", { count }) : t("reviewForecastDay", { days: day, count });
  });
  svg.createSvg("line", { cls: "ldn-forecast-axis", attr: { x1: 0, y1: HEIGHT, x2: WIDTH, y2: HEIGHT } });
  svg.createSvg("text", { cls: "ldn-forecast-label", attr: { x: 0, y: HEIGHT + LABEL - 2 } }).textContent = t("reviewToday");
  svg.createSvg("text", { cls: "ldn-forecast-label", attr: { x: WIDTH, y: HEIGHT + LABEL - 2, "text-anchor": "end" } }).textContent = `+${t("intervalDays", { n: forecast.length - 1 })}`;
  return svg;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

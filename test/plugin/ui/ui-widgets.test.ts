// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import "../../fakes/obsidian";
import { setLanguage } from "../../../src/plugin/i18n/strings";
import { renderForecastChart } from "../../../src/plugin/ui/forecast-chart";
import { statusLabel, statusWord } from "../../../src/plugin/ui/status-words";

afterEach(() => setLanguage("en"));

describe("the forecast chart", () => {
  it("draws one bar a day, today marked, scaled to the busiest day, each telling its count", () => {
    const svg = renderForecastChart(document.createElement("div"), [2, 0, 4, 1]);
    const bars = [...svg.querySelectorAll(".ldn-forecast-bar")];
    expect(bars.map((bar) => [bar.getAttribute("data-day"), bar.getAttribute("data-count"), bar.classList.contains("is-today")])).toEqual([
      ["0", "2", true],
      ["1", "0", false],
      ["2", "4", false],
      ["3", "1", false],
    ]);
    const heights = bars.map((bar) => Number(bar.getAttribute("height")));
    expect(heights[2]).toBe(Math.max(...heights));
    expect(heights[1]).toBe(0);
    expect(heights[0]).toBeCloseTo((heights[2] as number) / 2, 0);
    expect(bars.map((bar) => bar.querySelector("title")?.textContent)).toEqual(["Today: 2", "In 1 day: 0", "In 2 days: 4", "In 3 days: 1"]);
  });
});

describe("status words", () => {
  it("are the same words everywhere a status shows, in the UI's language", () => {
    expect((["open", "unsure", "answered"] as const).map(statusWord)).toEqual(["open", "unsure", "answered"]);
    setLanguage("ko");
    expect((["open", "unsure", "answered"] as const).map(statusWord)).not.toEqual(["open", "unsure", "answered"]);
    expect(statusLabel("open")).not.toBe(statusWord("open"));
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../../src/plugin/i18n/strings";
import { formatInterval } from "../../../src/plugin/review-cards/format-interval";

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

afterEach(() => setLanguage("en"));

describe("intervals on the grade buttons", () => {
  it.each([
    [0, "1m", "1분"],
    [10 * MIN, "10m", "10분"],
    [59 * MIN, "59m", "59분"],
    [5 * 60 * MIN, "5h", "5시간"],
    [8 * DAY, "8d", "8일"],
    [29.4 * DAY, "29d", "29일"],
    [45 * DAY, "1.5mo", "1.5개월"],
    [400 * DAY, "1.1y", "1.1년"],
  ])("%d ms reads %s (%s in Korean)", (ms, en, ko) => {
    setLanguage("en");
    expect(formatInterval(ms)).toBe(en);
    setLanguage("ko");
    expect(formatInterval(ms)).toBe(ko);
  });
});

import { describe, expect, it } from "vitest";
import { isSetAside, notesSetAside, setAside, setAsideDays } from "../../../src/engine/set-aside/set-aside-schedule";

const DAY = 24 * 60 * 60 * 1000;

describe("notes set aside from the dashboard's queue (Mark reviewed)", () => {
  it("sets a note aside 1, 3, 7, 14, then 30 days", () => {
    expect([1, 2, 3, 4, 5, 6, 9].map(setAsideDays)).toEqual([1, 3, 7, 14, 30, 30, 30]);
  });

  it("keeps a note set aside out of the queue until its time is over", () => {
    const mark = setAside(undefined, 0, 10 * DAY);
    expect(isSetAside(mark, 0, 10 * DAY + 1)).toBe(true);
    expect(isSetAside(mark, 0, 11 * DAY)).toBe(false);
  });

  it("brings a note back as soon as it changes", () => {
    const mark = setAside(undefined, 0, 10 * DAY);
    expect(isSetAside(mark, 10 * DAY + 5, 10 * DAY + 10)).toBe(false);
  });

  it("grows the streak while the note is unchanged, and restarts it after an edit", () => {
    const first = setAside(undefined, 0, 1 * DAY);
    const second = setAside(first, 0, 3 * DAY);
    expect(second.count).toBe(2);
    expect(isSetAside(second, 0, 3 * DAY + 2 * DAY)).toBe(true);
    expect(setAside(second, 4 * DAY, 5 * DAY).count).toBe(1);
  });

  it("lists the notes set aside in a vault, forgetting notes that are gone", () => {
    const marks = new Map([
      ["a.md", { setAsideAt: 10 * DAY, count: 1 }],
      ["gone.md", { setAsideAt: 10 * DAY, count: 1 }],
    ]);
    expect([...notesSetAside(marks, (path) => (path === "a.md" ? 0 : undefined), 10 * DAY + 1)]).toEqual(["a.md"]);
  });
});

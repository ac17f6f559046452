import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergeSetAside, pruneSetAside, renameSetAside, type SetAsideMarks } from "../../../src/engine/set-aside/set-aside-marks";

const DAY = 24 * 60 * 60 * 1000;
const mark = (days: number, count = 1) => ({ setAsideAt: days * DAY, count });

describe("set-aside marks kept in line with the vault", () => {
  it("follow a renamed note, and the notes of a renamed folder, and nothing else", () => {
    const marks: SetAsideMarks = { "a.md": mark(1), "dir/b.md": mark(2), "dir2/c.md": mark(3), "ab.md": mark(4) };
    const renamed = renameSetAside(renameSetAside(marks, "a.md", "x/a.md"), "dir", "moved/dir");
    expect(renamed).toEqual({ "x/a.md": mark(1), "moved/dir/b.md": mark(2), "dir2/c.md": mark(3), "ab.md": mark(4) });
    expect(renameSetAside(marks, "nothing.md", "else.md")).toBe(marks);
  });

  it("keep the later mark when a note is renamed onto one that had its own", () => {
    expect(renameSetAside({ "a.md": mark(5, 2), "b.md": mark(3) }, "a.md", "b.md")).toEqual({ "b.md": mark(5, 2) });
  });

  it("merge two devices' marks note by note, the later one winning, whichever side is first", () => {
    const side = fc.dictionary(fc.constantFrom("a.md", "b.md", "노트.md"), fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 })).map(([d, c]) => mark(d, c)));
    fc.assert(
      fc.property(side, side, (ours, theirs) => {
        const merged = mergeSetAside(ours, theirs);
        expect(merged).toEqual(mergeSetAside(theirs, ours));
        expect(Object.keys(merged).sort()).toEqual([...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort());
        for (const [path, m] of Object.entries(merged)) {
          for (const other of [ours[path], theirs[path]]) if (other) expect(m.setAsideAt).toBeGreaterThanOrEqual(other.setAsideAt);
        }
        expect(mergeSetAside(ours, ours)).toEqual(ours);
      }),
    );
  });

  it("forget the notes that are gone", () => {
    const marks: SetAsideMarks = { "a.md": mark(1), "gone.md": mark(2) };
    expect(pruneSetAside(marks, (path) => path === "a.md")).toEqual({ "a.md": mark(1) });
    expect(pruneSetAside(marks, () => true)).toBe(marks);
  });
});

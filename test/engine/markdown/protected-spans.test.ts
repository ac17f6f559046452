import { describe, expect, it } from "vitest";
import { readMarkdown } from "../../../src/engine/markdown/read-markdown";
import { SPAN_RULES } from "../../../src/engine/markdown/protected-spans";
import { SPAN_CASES } from "./protected-spans.cases";

function kindsOver(note: string, at: string, nth: number): string[] {
  let from = -1;
  for (let n = 0; n < nth; n++) from = note.indexOf(at, from + 1);
  if (from === -1) throw new Error(`"${at}" is not in the note`);
  const spans = readMarkdown(note).inline.spans;
  const kinds = new Set<string>();
  for (let i = from; i < from + at.length; i++) kinds.add(spans.kindAt(i));
  return [...kinds];
}

describe("protected spans: what each construct is", () => {
  it.each(SPAN_CASES)("$name", ({ note, at, nth, kind }) => {
    expect(kindsOver(note, at, nth ?? 1)).toEqual([kind]);
  });
});

describe("the protected spans of a note", () => {
  it("are sorted and disjoint, each within the note", () => {
    for (const { note } of SPAN_CASES) {
      const list = readMarkdown(note).inline.spans.list();
      list.forEach((span, k) => {
        expect(span.from).toBeLessThan(span.to);
        expect(span.to).toBeLessThanOrEqual(note.length);
        if (k > 0) expect(span.from).toBeGreaterThanOrEqual((list[k - 1] as { to: number }).to);
      });
    }
  });

  it("blank in the prose exactly the spans that are not read", () => {
    for (const { note } of SPAN_CASES) {
      const { inline } = readMarkdown(note);
      for (let i = 0; i < note.length; i++) {
        const kind = inline.spans.kindAt(i);
        const read = kind === "prose" || SPAN_RULES[kind].read;
        if (note[i] === "\n") expect(inline.prose[i]).toBe("\n");
        else expect(inline.prose[i], `${JSON.stringify(note)} at ${i} (${kind})`).toBe(read ? note[i] : " ");
      }
    }
  });
});

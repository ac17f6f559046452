import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { parseNote } from "../../../src/engine/parse/parse-note";

const sentinel = globalThis as { __linkedDevopsRan?: boolean };

describe("frontmatter is read, never run", () => {
  it.each(["js", "javascript", "coffee"])("---%s frontmatter is not evaluated, and says so", (language) => {
    delete sentinel.__linkedDevopsRan;
    const note = `---${language}\n{ tags: (globalThis.__linkedDevopsRan = true) && ["x"] }\n---\n도커는 좋다\n`;
    const parsed = parseNote("evil.md", note);
    expect(sentinel.__linkedDevopsRan).toBeUndefined();
    expect(parsed.tags).toEqual([]);
    expect(parsed.warnings.join(" ")).toMatch(/not read/);
    expect(parsed.mentions.map((m) => m.conceptId)).toEqual(["docker"]);
  });

  it("gray-matter's own JavaScript engine would have run it (so the test above can fail)", () => {
    delete sentinel.__linkedDevopsRan;
    matter("---js\n{ a: (globalThis.__linkedDevopsRan = true) }\n---\n", { language: "js" } as never);
    expect(sentinel.__linkedDevopsRan).toBe(true);
    delete sentinel.__linkedDevopsRan;
  });

  it("does not grow gray-matter's input cache", () => {
    const before = Object.keys((matter as unknown as { cache: object }).cache).length;
    for (let i = 0; i < 200; i++) parseNote(`n${i}.md`, `---\ntags: [t${i}]\n---\nbody ${i}\n`);
    expect(Object.keys((matter as unknown as { cache: object }).cache).length).toBe(before);
  });

  it("broken YAML gives a warning and the rest of the note is still read", () => {
    const parsed = parseNote("broken.md", "---\ntags: [unclosed\n  : : :\n---\n# 도커\nQ. 쿠버네티스란?\n-> 오케스트레이터\n");
    expect(parsed.warnings.join(" ")).toMatch(/not valid YAML/);
    expect(parsed.headings.map((h) => h.text)).toEqual(["도커"]);
    expect(parsed.questions.map((q) => q.status)).toEqual(["answered"]);
  });

  it.each([
    ["a list", "---\n- a\n- b\n---\nbody\n"],
    ["a scalar", "---\njust text\n---\nbody\n"],
  ])("frontmatter that is %s is ignored with a warning", (_kind, note) => {
    const parsed = parseNote("odd.md", note);
    expect(parsed.frontmatter).toBeNull();
    expect(parsed.warnings.join(" ")).toMatch(/not a list of properties/);
  });

  it("unclosed frontmatter is read as text, with a warning", () => {
    const parsed = parseNote("open.md", "---\ntags: [a]\n도커\n");
    expect(parsed.tags).toEqual([]);
    expect(parsed.warnings.join(" ")).toMatch(/never closed/);
    expect(parsed.mentions.map((m) => m.conceptId)).toEqual(["docker"]);
  });

  it("a __proto__ key does not replace the properties' prototype", () => {
    const parsed = parseNote("proto.md", "---\n__proto__: { polluted: true }\ntags: [a]\n---\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.frontmatter)).toBe(Object.prototype);
    expect(parsed.tags).toEqual(["a"]);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FileLinkResolver } from "../../../src/engine/index/link-resolution";
import { joinPath, linkKey } from "../../../src/engine/text/link-names";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { parseNote } from "../../../src/engine/parse/parse-note";
import { RESOLUTION_CASES, type ResolutionCase } from "./link-resolution.cases";

/** Folders a note may link from, for the claims that hold from every folder. */
const FOLDERS = ["", "a/", "a/b/", "b/", "B/", "c/d/", "c/d/b/", "e/"];

function resolverOf(files: readonly string[]): FileLinkResolver {
  const resolver = new FileLinkResolver();
  for (const file of files) resolver.add(file);
  return resolver;
}

/**
 * The rules of `link-resolution.ts` read literally over a list of files, with no shortcut and
 * nothing remembered: what the resolver must agree with however it gets there.
 */
function byTheRules(files: readonly string[], linkpath: string, from: string): string | undefined {
  const link = linkpath.trim().normalize("NFC");
  if (link === "") return from;
  const folder = from.includes("/") ? from.slice(0, from.lastIndexOf("/")) : "";
  const fileAt = (path: string): string | undefined => {
    for (const wanted of [path, `${path}.md`]) {
      const same = files.filter((file) => file.toLowerCase() === wanted.toLowerCase());
      if (same.length > 0) return same.find((file) => file === wanted) ?? [...same].sort()[0];
    }
    return undefined;
  };
  if (link.startsWith("/")) return fileAt(link.replace(/^\/+/, ""));
  if (link === "." || link === ".." || link.startsWith("./") || link.startsWith("../")) {
    const joined = joinPath(folder, link);
    return joined === undefined ? undefined : fileAt(joined);
  }
  const found = (folder !== "" ? fileAt(`${folder}/${link}`) : undefined) ?? fileAt(link);
  if (found !== undefined) return found;
  const lower = link.toLowerCase();
  const ending = files.filter((file) => [lower, `${lower}.md`].some((tail) => file.toLowerCase() === tail || file.toLowerCase().endsWith(`/${tail}`)));
  const folderOfFile = (file: string): string => (file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "");
  const near = ending.filter((file) => folderOfFile(file) === folder);
  const pool = near.length > 0 ? near : ending;
  return [...pool].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/** The vault of a case as the index sees it: its notes (the linking one holding the link), then its other files. */
function indexOf(c: ResolutionCase): VaultIndex {
  const notes = c.files.filter((f) => f.endsWith(".md") && f !== c.from).map((f) => [f, ""] as const);
  const index = VaultIndex.build([...notes, [c.from, `${c.written}\n`]]);
  index.addFiles(c.files.filter((f) => !f.endsWith(".md")));
  return index;
}

describe("link resolution, case by case", () => {
  it.each(RESOLUTION_CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(resolverOf(c.files).resolve(c.link, c.from) ?? null).toBe(c.expected);
  });

  it.each(RESOLUTION_CASES.map((c) => [c.name, c] as const))("the rules read literally agree: %s", (_name, c) => {
    expect(byTheRules(c.files, c.link, c.from) ?? null).toBe(c.expected);
  });

  it.each(RESOLUTION_CASES.filter((c) => c.link.trim() !== "").map((c) => [c.written, c] as const))("the note's reading hands %s over as the table's link", (_written, c) => {
    const note = parseNote(c.from, `${c.written}\n`);
    expect([...note.links, ...note.embeds].map((l) => l.target)).toEqual([c.link.trim().normalize("NFC")]);
  });

  it.each(RESOLUTION_CASES.filter((c) => c.link.trim() !== "").map((c) => [c.name, c] as const))("the index agrees: %s", (_name, c) => {
    const index = indexOf(c);
    const missing = index.missingLinksOf(c.from).map((m) => m.target);
    if (c.expected === null) {
      expect(missing).toEqual([c.link.trim().normalize("NFC")]);
      expect(index.unresolvedLinks().flatMap((u) => u.locations)).toEqual([{ path: c.from, line: 1 }]);
    } else {
      expect(missing).toEqual([]);
      if (c.expected !== c.from) expect(index.backlinks(c.expected)).toEqual(new Map([[c.from, 1]]));
    }
  });
});

describe("the resolver follows the vault as it changes", () => {
  it("answers for a file added, then no more once it is removed", () => {
    const resolver = resolverOf(["a.md"]);
    expect(resolver.resolve("Pic.heic", "a.md")).toBeUndefined();
    resolver.add("img/Pic.heic");
    expect(resolver.resolve("pic.HEIC", "a.md")).toBe("img/Pic.heic");
    resolver.remove("img/Pic.heic");
    expect(resolver.resolve("Pic.heic", "a.md")).toBeUndefined();
  });

  it("answers a link asked again, after a file came or went and from another folder, as a new resolver would", () => {
    const resolver = resolverOf(["notes/a.md", "notes/b.md", "other/c.md"]);
    expect(resolver.resolve("Guide", "notes/a.md")).toBeUndefined();
    resolver.add("other/Guide.md");
    expect(resolver.resolve("Guide", "notes/b.md")).toBe("other/Guide.md");
    resolver.add("notes/Guide.md");
    expect(resolver.resolve("Guide", "notes/a.md")).toBe("notes/Guide.md");
    expect(resolver.resolve("Guide", "other/c.md")).toBe("other/Guide.md");
    expect(resolver.resolve("Guide", "notes/b.md")).toBe("notes/Guide.md");
    resolver.remove("notes/Guide.md");
    expect(resolver.resolve("Guide", "notes/a.md")).toBe("other/Guide.md");
  });

  it("takes a partial path's file in the linking note's folder over a shorter one, whatever order they came in", () => {
    const files = ["a/b/Guide.md", "c/d/b/Guide.md", "Guide.md"];
    for (const order of [files, [...files].reverse()]) expect(resolverOf(order).resolve("b/Guide", "c/d/b/x.md")).toBe("c/d/b/Guide.md");
  });

  it("answers as the rules read literally would, over any run of files added, removed and links asked", () => {
    const file = fc.constantFrom("Guide.md", "guide.md", "Guide", "a/Guide.md", "a/b/Guide.md", "b/guide.md", "B/Guide.md", "c/d/b/Guide.md", "a/Pic.png", "Pic.png", "a/b/Notes.md", "c/Notes.md.md");
    const from = fc.constantFrom("x.md", "a/x.md", "a/b/x.md", "b/x.md", "B/x.md", "c/d/x.md", "c/d/b/x.md");
    const link = fc.constantFrom("Guide", "guide", "Guide.md", "b/Guide", "Pic.png", "../Guide", "./Guide", "/a/Guide", "Notes", "Notes.md", "a/b/Notes", "");
    const step = fc.oneof(fc.record({ add: file }), fc.record({ remove: file }), fc.record({ link, from }));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const resolver = new FileLinkResolver();
        const files = new Set<string>();
        for (const s of steps) {
          if ("add" in s) {
            resolver.add(s.add);
            files.add(s.add);
          } else if ("remove" in s) {
            resolver.remove(s.remove);
            files.delete(s.remove);
          } else {
            expect(resolver.resolve(s.link, s.from)).toBe(byTheRules([...files], s.link, s.from));
            // Missing from every folder alike, or found from every folder, when it says so.
            const everywhere = resolver.missingAnywhere(s.link);
            if (everywhere !== undefined) for (const folder of FOLDERS) expect(byTheRules([...files], s.link, `${folder}x.md`) === undefined).toBe(everywhere);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("says a link's answer depends on the folder only for a relative link", () => {
    const resolver = resolverOf(["a/Guide.md", "b/Guide.md", "c/d/b/Guide.md"]);
    expect(resolver.missingAnywhere("Guide")).toBe(false);
    expect(resolver.missingAnywhere("d/b/Guide")).toBe(false);
    expect(resolver.missingAnywhere("e/Guide")).toBe(true);
    expect(resolver.missingAnywhere("/Guide")).toBe(true);
    expect(resolver.missingAnywhere("./Guide")).toBeUndefined();
    expect(resolver.missingAnywhere("../Guide")).toBeUndefined();
  });

  it("gives the same answer whatever order the files were listed in", () => {
    const files = ["b/Note.md", "a/Note.md", "c/d/Note.md", "Note.canvas"];
    const answers = new Set([files, [...files].reverse(), [...files].sort()].map((order) => resolverOf(order).resolve("Note", "z.md")));
    expect([...answers]).toEqual(["a/Note.md"]);
  });

  it.each([
    ["a/b", "../c", "a/c"],
    ["a/b", "./c/./d", "a/b/c/d"],
    ["", "../c", undefined],
    ["a", "../../c", undefined],
    ["a/b", "..", "a"],
  ])("joins %j and %j into %j", (folder, relative, joined) => {
    expect(joinPath(folder, relative)).toBe(joined);
  });
});

describe("every note's missing links in one pass", () => {
  it("are each note's missing links, whatever the vault holds and whether its other files are known", () => {
    const folder = fc.constantFrom("", "a/", "a/b/", "B/", "c/d/");
    const name = fc.constantFrom("Guide", "guide", "README", "Notes", "노트", "Pic.png", "Guide.md");
    const target = fc.constantFrom("Guide", "guide", "README", "Notes", "노트", "Pic.png", "b/Guide", "../README", "./Notes", "/a/Guide", "Missing", "Gone.png", "#Heading", "Guide.md");
    const note = fc.record({ folder, name, links: fc.array(target, { maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 12 }), fc.boolean(), (notes, listFiles) => {
        const files = new Map<string, string>();
        notes.forEach(({ folder, name, links }, i) => files.set(`${folder}${name.endsWith(".png") ? `n${i}` : name}.md`, links.map((link, k) => (k % 2 === 0 ? `[[${link}]]` : `text [[${link}|shown]]`)).join("\n")));
        const index = VaultIndex.build([...files]);
        if (listFiles) index.addFiles(["a/Pic.png", "c/d/Pic.png"]);
        const noteByNote = new Map(index.paths().map((path) => [path, index.missingLinksOf(path)] as const).filter(([, links]) => links.length > 0));
        expect(new Map([...index.missingLinksByNote()].sort(([a], [b]) => (a < b ? -1 : 1)))).toEqual(noteByNote);
        // The vault's missing-links report names the same links in the same notes.
        const reported = new Set(index.unresolvedLinks().flatMap((u) => u.locations.map((at) => `${at.path}\n${linkKey(u.target)}`)));
        expect(reported).toEqual(new Set([...noteByNote].flatMap(([path, links]) => links.map((link) => `${path}\n${linkKey(link.target)}`))));
      }),
      { numRuns: 200 },
    );
  });
});

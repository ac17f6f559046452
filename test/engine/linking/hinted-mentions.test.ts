import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { hintedMentions } from "../../../src/engine/linking/hinted-mentions";
import { HINT_CASES } from "./hinted-mentions.cases";

const index = VaultIndex.build([["Concepts/Docker.md", "---\ntags: [concept]\naliases: [도커]\n---\n"]]);

describe("the mentions the editor underlines", () => {
  it.each(HINT_CASES)("$name", ({ note, hinted, every, muted }) => {
    const parsed = index.parse("note.md", note);
    const mentions = hintedMentions(parsed, { every: every ?? false, wanted: (id) => !(muted ?? []).includes(id) });
    let out = note;
    for (const m of [...mentions].reverse()) out = `${out.slice(0, m.start)}[${out.slice(m.start, m.end)}]${out.slice(m.end)}`;
    expect(out).toBe(hinted);
  });
});

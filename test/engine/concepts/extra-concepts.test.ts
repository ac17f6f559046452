import { describe, expect, it } from "vitest";
import { parseExtraConcepts } from "../../../src/engine/concepts/extra-concepts";
import { VaultIndex } from "../../../src/engine/index/vault-index";

describe("concepts from settings", () => {
  it("reads one concept a line, Name: alias, alias", () => {
    expect(parseExtraConcepts("Argo CD: 아르고, argocd\n\n# comment\nKarpenter\n// also a comment\n")).toEqual([
      { name: "Argo CD", aliases: ["아르고", "argocd"] },
      { name: "Karpenter", aliases: [] },
    ]);
  });

  it("are recognised in notes, Korean particles included", () => {
    const index = VaultIndex.build([["a.md", "크로스플레인으로 리소스를 만든다"]], { extraConcepts: parseExtraConcepts("Crossplane: 크로스플레인") });
    expect(index.note("a.md")?.concepts.map((c) => index.concepts.get(c.conceptId)?.name)).toEqual(["Crossplane"]);
  });
});

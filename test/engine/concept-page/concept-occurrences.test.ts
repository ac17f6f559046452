import { describe, expect, it } from "vitest";
import { ConceptOccurrences } from "../../../src/engine/concept-page/concept-occurrences";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { OCCURRENCE_CASES } from "./concept-occurrences.cases";

const index = VaultIndex.build([]);

describe("a concept's occurrences in a line", () => {
  it.each(OCCURRENCE_CASES)("$name", ({ concept, line, marked }) => {
    const found = new ConceptOccurrences(
      index.concepts.get(concept)!,
      (target) => index.conceptLinkedBy(target)?.id === concept,
      (word) => index.conceptsReadFrom(word).includes(concept),
    ).find(line);
    let out = line;
    for (const o of [...found].reverse()) out = `${out.slice(0, o.from)}${o.inLink ? "{" : "["}${out.slice(o.from, o.to)}${o.inLink ? "}" : "]"}${out.slice(o.to)}`;
    expect(out).toBe(marked);
  });
});

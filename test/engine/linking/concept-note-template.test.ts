import { describe, expect, it } from "vitest";
import { parseExtraConcepts } from "../../../src/engine/concepts/extra-concepts";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { renderConceptNote } from "../../../src/engine/linking/concept-note-template";

/**
 * The note "Create the note of a concept" writes, approved as a file: a built-in concept whose
 * relations have notes and whose do not, one with no relation, a concept from settings whose
 * aliases YAML would misread unquoted, and a concept tag of the user's own.
 */

const VAULT: Record<string, string> = {
  "Concepts/Docker.md": "---\ntags: [concept]\naliases: [도커]\n---\n# Docker\n",
  "Concepts/Kubernetes.md": "---\ntags: [concept]\n---\n",
  "공부/컨테이너 비교.md": "도커, 포드맨, LXC를 비교했다. 쿠버네티스는 나중에.\n",
};

describe("the concept note template", () => {
  it("renders the notes of these concepts as approved", async () => {
    const index = VaultIndex.build(Object.entries(VAULT), { extraConcepts: parseExtraConcepts("Authentik: 어센틱, yes, C#, \"따옴표\"") });
    const notes = [
      ["podman", "concept"],
      ["docker", "concept"],
      ["lxc", "concept"],
      ["user:authentik", "개념/데브옵스"],
    ].map(([id, tag]) => `<!-- ${id}, tag ${tag} -->\n${renderConceptNote(index, id as string, tag)}`);
    await expect(notes.join("\n")).toMatchFileSnapshot("__snapshots__/concept-notes.md");
  });
});

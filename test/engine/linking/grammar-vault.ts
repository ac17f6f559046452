import { parseAssignedConceptNotes } from "../../../src/engine/index/concept-note-rules";
import { VaultIndex } from "../../../src/engine/index/vault-index";

/**
 * The concept notes the linker's tests link to: two tagged concept notes, and four untagged ones
 * that are concept notes because settings name them so (a name alone never makes one). The
 * grammar's random notes (`markdown-grammar.ts`) are linked in this vault; the examples of
 * `plan-concept-links.test.ts` in it with one note more.
 */
export const CONCEPT_NOTES_VAULT: Readonly<Record<string, string>> = {
  "Concepts/Docker.md": "---\ntags: [concept]\naliases: [도커]\n---\n",
  "Concepts/Kubernetes.md": "---\ntags: [concept]\naliases: [쿠버네티스]\n---\n",
  "Podman.md": "",
  "nginx.md": "",
  "Ingress.md": "",
  "Git.md": "",
};
const conceptNotes = parseAssignedConceptNotes(["Podman: Podman.md", "nginx: nginx.md", "Ingress: Ingress.md", "Git: Git.md"]);

/** The random note of the grammar's tests. */
export const GRAMMAR_NOTE = "note.md";
export const grammarIndex = VaultIndex.build(Object.entries({ ...CONCEPT_NOTES_VAULT, [GRAMMAR_NOTE]: "" }), { conceptNotes });
/** Links written by the note's name alone. */
export const grammarLinkText = (path: string): string => path.slice(path.lastIndexOf("/") + 1, -3);

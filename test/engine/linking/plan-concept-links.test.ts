import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAssignedConceptNotes } from "../../../src/engine/index/concept-note-rules";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { planConceptLinks } from "../../../src/engine/linking/plan-concept-links";
import { LINK_CASES } from "./plan-concept-links.cases";
import { CONCEPT_NOTES_VAULT, grammarLinkText } from "./grammar-vault";

/** The linker's concept notes, and a note that is no concept's (`HOME.md`). */
const CONCEPT_NOTES = { ...CONCEPT_NOTES_VAULT, "HOME.md": "" };
/**
 * The untagged concept notes are named so in settings; a note named like a concept never is by
 * its name alone. Ingress's rule names its note without `.md`, as a user may write it.
 */
const conceptNotes = parseAssignedConceptNotes(["Podman: Podman.md", "nginx: nginx.md", "Ingress: Ingress", "Git: Git.md"]);

function planFor(text: string, everyMention = false) {
  const index = VaultIndex.build(Object.entries({ ...CONCEPT_NOTES, "note.md": text }), { conceptNotes });
  return planConceptLinks(index, "note.md", text, { everyMention, linkText: grammarLinkText });
}

describe("planConceptLinks examples", () => {
  it.each(LINK_CASES)("$name", ({ before, after, every }) => {
    expect(planFor(before, every).text).toBe(after);
  });

  it("names the concepts that have no note", () => {
    expect(planFor("테라폼과 도커").conceptsWithoutNote).toEqual(["Terraform"]);
  });
});

const fragments = fc.constantFrom("도커는 ", "쿠버네티스란 ", "Docker를 ", "포드맨, ", "`도커` ", "[[Docker]] ", "https://x.io/도커 ", "%%도커%% ", "\n", "\r\n", "```\n도커\n```\n", "---\n", "| 도커 |\n", "테라폼 ", "plain text ", "**도커** ");

describe("planConceptLinks properties", () => {
  it("changes only the spans it reports, and a second run changes nothing", () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 20 }), fc.boolean(), (parts, every) => {
        const text = parts.join("");
        const plan = planFor(text, every);
        // Undo each reported replacement, last first: what is left must be the original text.
        let undone = plan.text;
        let shift = 0;
        const positions = plan.links.map((link) => {
          const at = link.start + shift;
          shift += link.replacement.length - (link.end - link.start);
          return { at, link };
        });
        for (const { at, link } of positions.reverse()) {
          expect(undone.slice(at, at + link.replacement.length)).toBe(link.replacement);
          undone = undone.slice(0, at) + link.surface + undone.slice(at + link.replacement.length);
        }
        expect(undone).toBe(text);
        expect(planFor(plan.text, every).text).toBe(plan.text);
      }),
      { numRuns: 200 },
    );
  });
});

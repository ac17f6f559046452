import { describe, expect, it } from "vitest";
import { isAttachmentName } from "../../../src/engine/text/link-names";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { renderLinkDiff } from "../../../src/engine/linking/link-diff";
import { linkOneMention } from "../../../src/engine/linking/link-one-mention";
import { shortestLinkText } from "../../../src/engine/linking/link-text";
import { planConceptLinks, type LinkPlan } from "../../../src/engine/linking/plan-concept-links";
import { asCrlf, trapNotes, withNfdLines } from "../../vaults/trap-vault";
import { expectOnlyReportedSpansChanged, expectProtectedSpansKept } from "./link-invariants";

/**
 * The trap vault, note by note, through the engine: linked (first mention of each concept, and
 * every mention), then linked again; in LF, CRLF, with a BOM and with NFD lines. What every
 * mention linking changes across the vault is the approved diff beside this test.
 */

const notes = trapNotes();
const index = VaultIndex.build(notes);
const linkText = shortestLinkText(index);
const plan = (path: string, text: string, everyMention: boolean): LinkPlan => planConceptLinks(index, path, text, { everyMention, linkText });
const paths = [...notes.keys()];

/** Note links that resolve to no note, in a text of the note at `path`. */
function unresolved(path: string, text: string): Set<string> {
  return new Set(index.parse(path, text).links.filter((l) => !isAttachmentName(l.target) && index.resolve(l.target, path) === undefined).map((l) => l.target));
}

describe("the linker on the trap vault", () => {
  it("holds at least 80 notes", () => {
    expect(paths.length).toBeGreaterThanOrEqual(80);
  });

  it.each(paths)("%s", (path) => {
    const before = notes.get(path) as string;
    for (const every of [false, true]) {
      const first = plan(path, before, every);
      expectOnlyReportedSpansChanged(before, first);
      expectProtectedSpansKept(before, first);
      expect(plan(path, first.text, every).links).toEqual([]);
      const added = [...unresolved(path, first.text)].filter((target) => !unresolved(path, before).has(target));
      expect(added).toEqual([]);

      expect(plan(path, asCrlf(before), every).text).toBe(asCrlf(first.text));
      expect(plan(path, "\uFEFF" + before, every).text).toBe("\uFEFF" + first.text);
    }
    // NFD lines are left as stored; the others link as in NFC (every mention, so no line waits on another).
    const everyLines = plan(path, before, true).text.split("\n");
    const odd = withNfdLines(before, (line) => line % 2 === 1);
    const nfd = plan(path, odd, true);
    expectOnlyReportedSpansChanged(odd, nfd);
    nfd.text.split("\n").forEach((line, i) => {
      const stored = odd.split("\n")[i] as string;
      expect(line).toBe(stored !== (before.split("\n")[i] as string) ? stored : everyLines[i]);
    });
  });

  it.each(paths)("%s: Link this mention links exactly what linking every mention links there", (path) => {
    const text = notes.get(path) as string;
    const every = new Map(plan(path, text, true).links.map((link) => [link.start, link]));
    for (const mention of index.parse(path, text).mentions) {
      const one = linkOneMention(index, path, text, { start: mention.start, end: mention.end }, linkText);
      expect(one).toEqual(every.get(mention.start));
    }
  });

  it("changes the vault as the approved diff says (every mention linked)", async () => {
    const diff = paths.map((path) => renderLinkDiff(path, notes.get(path) as string, plan(path, notes.get(path) as string, true))).join("");
    await expect(diff).toMatchFileSnapshot("__approved__/linker-traps.every.diff");
  });
});

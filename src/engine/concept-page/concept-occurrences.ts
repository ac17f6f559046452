import type { Concept } from "../concepts/concept-set";
import { shownName } from "../parse/link-target-words";

/**
 * Where a concept stands in one line of a note, found again from its names: for the concept page's
 * snippets, which mark the mention and locate the one a Link button links. The index keeps each
 * mention's line and kind, never its column, so the line is searched here instead of parsing the
 * whole note (a page lists hundreds of notes; the linker, on a click, parses the one it links).
 *
 * An occurrence is in a link when it is a wikilink whose target names the concept (the whole link
 * is the mention, as the parser counts it), a bare wikilink that shows a word which may read as
 * the concept (`[[Deployment]]`: its section decided, the index counted it), or a name inside a
 * link's text.
 */
export interface Occurrence {
  from: number;
  to: number;
  inLink: boolean;
}

const WIKILINK = /(!?)\[\[([^\]\n]*)\]\]/g;
const MARKDOWN_LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const LATIN_EDGE = /[A-Za-z0-9]/;

export class ConceptOccurrences {
  private readonly folded: RegExp | undefined;
  private readonly exact: RegExp | undefined;

  constructor(
    concept: Concept,
    private readonly namesConcept: (target: string) => boolean,
    /** Whether a word read by context may read as the concept (see link-target-words.ts). */
    private readonly mayReadAsConcept: (word: string) => boolean = () => false,
  ) {
    const escape = (alias: string): string => alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const byLength = (a: string, b: string): number => b.length - a.length;
    const folded = [...new Set([...concept.en, ...concept.ko].map((a) => a.normalize("NFC")))].filter((a) => a !== "").sort(byLength);
    const exact = concept.exact.map((a) => a.normalize("NFC")).filter((a) => a !== "").sort(byLength);
    this.folded = folded.length > 0 ? new RegExp(folded.map(escape).join("|"), "giu") : undefined;
    this.exact = exact.length > 0 ? new RegExp(exact.map(escape).join("|"), "gu") : undefined;
  }

  /** The concept's occurrences in `line` (NFC), in order, none overlapping. */
  find(line: string): Occurrence[] {
    const links: Occurrence[] = [];
    const linkTexts: Array<[number, number]> = [];
    const unread: Array<[number, number]> = []; // link targets, URLs, embeds: never prose
    for (const match of line.matchAll(WIKILINK)) {
      const inner = match[2] as string;
      const from = match.index;
      const to = from + match[0].length;
      const pipe = inner.indexOf("|");
      // In a table the pipe is escaped (`[[Podman\\|포드맨]]`): the backslash is not the target's.
      const target = (pipe === -1 ? inner : inner.slice(0, pipe)).replace(/\\$/, "").replace(/[#^].*$/, "");
      const textFrom = from + (match[1] as string).length + 2 + pipe + 1;
      if (match[1] === "" && (this.namesConcept(target) || this.showsWordOfConcept(line, from, to))) links.push({ from, to, inLink: true });
      else if (match[1] === "" && pipe !== -1) {
        unread.push([from, textFrom]);
        linkTexts.push([textFrom, to - 2]);
      } else unread.push([from, to]);
    }
    for (const match of line.matchAll(MARKDOWN_LINK)) {
      const textTo = match.index + 1 + (match[1] as string).length;
      linkTexts.push([match.index + 1, textTo]);
      unread.push([textTo, match.index + match[0].length]);
    }

    const names: Occurrence[] = [];
    for (const pattern of [this.folded, this.exact]) {
      if (!pattern) continue;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
        const from = match.index;
        const to = from + match[0].length;
        if (!standsAlone(line, from, to)) {
          pattern.lastIndex = from + 1;
          continue;
        }
        if (links.some((link) => link.from < to && from < link.to)) continue; // the link is the mention
        if (unread.some(([a, b]) => a < to && from < b)) continue;
        names.push({ from, to, inLink: linkTexts.some(([a, b]) => a <= from && to <= b) });
      }
    }
    return [...links, ...names].sort((a, b) => a.from - b.from || b.to - a.to).filter((o, i, all) => i === 0 || (all[i - 1] as Occurrence).to <= o.from);
  }

  private showsWordOfConcept(line: string, from: number, to: number): boolean {
    const shown = shownName(line, from, to);
    return shown !== undefined && this.mayReadAsConcept(line.slice(shown[0], shown[1]));
  }
}

/** Not a piece of a longer Latin word (`dockerfile`), nor a Korean name's tail (깃 of 이깃). */
function standsAlone(line: string, from: number, to: number): boolean {
  const first = line.charAt(from);
  const last = line.charAt(to - 1);
  if (LATIN_EDGE.test(first) && LATIN_EDGE.test(line.charAt(from - 1))) return false;
  if (LATIN_EDGE.test(last) && LATIN_EDGE.test(line.charAt(to))) return false;
  return !(isSyllable(first.charCodeAt(0)) && isSyllable(line.charCodeAt(from - 1)));
}

function isSyllable(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

import type { FoundMention } from "./recognize-mentions";

/**
 * Wholes over parts: continuous integration and continuous delivery named together on one line
 * (`CI와 CD`, `CI & CD`, `Continuous Integration / Continuous Delivery`, `지속적 통합(CI)과
 * 지속적 배포(CD)`) are one mention of CI/CD. Only names joined by "and", a slash, a comma or
 * brackets are a pair: `CI -> CD` is two stages of a pipeline, and stays two.
 */

const PARTS = new Set(["continuous-integration", "continuous-delivery"]);
const WHOLE = "ci-cd";
/** The longest gap between two names of a pair: ` and `, `)과 `, ` / `. */
const MAX_GAP = 6;

/** Whether a concept is one of the parts a whole is joined from. */
export function isPartOfWhole(conceptId: string): boolean {
  return PARTS.has(conceptId);
}

export function joinWholes(found: FoundMention[], text: string): FoundMention[] {
  if (!found.some((m) => m.conceptId === "continuous-integration") || !found.some((m) => m.conceptId === "continuous-delivery")) return found;
  const out: FoundMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i] as FoundMention;
    if (!PARTS.has(first.conceptId)) {
      out.push(first);
      continue;
    }
    let last = i;
    const ids = new Set([first.conceptId]);
    while (last + 1 < found.length) {
      const next = found[last + 1] as FoundMention;
      if (!PARTS.has(next.conceptId) || !joins(text, (found[last] as FoundMention).end, next.start)) break;
      ids.add(next.conceptId);
      last++;
    }
    if (ids.size === 2) {
      out.push({ conceptId: WHOLE, start: first.start, end: (found[last] as FoundMention).end, line: first.line, inLink: first.inLink, linkable: false, inTable: false });
      i = last;
    } else {
      out.push(first);
    }
  }
  return out;
}

/** Whether the text between two names joins them: spaces, brackets, `/ , & + ·`, and/와/과/및. */
function joins(text: string, from: number, to: number): boolean {
  if (to - from > MAX_GAP) return false;
  const gap = text.slice(from, to).replace(/[\s()/,&+·]/g, "");
  return gap === "" || gap === "와" || gap === "과" || gap === "및" || gap.toLowerCase() === "and";
}

import type { NoteRecord } from "../index/note-record";
import { lastAtOrBefore } from "../text/last-at-or-before";
import type { QueryFeature } from "./answer-query";
import { forEachWord, hashOf } from "../terms/words";

/**
 * The section of a suggested note to open it at: the one whose heading names the question's
 * subject (a concept it mentions on the heading line, or one of the question's words), else the
 * one that mentions the question's concepts most. Sections are the note's `sectionStarts`.
 */
/** What a note matched of the question: a feature, the lines of the note that mention it (concepts), whether a heading says it (words). */
export interface FeatureMatch {
  feature: QueryFeature;
  lines: readonly number[];
  heading: boolean;
}

export interface BestSection {
  /** 1-based line where the section starts: its heading, or 1. */
  line: number;
  heading?: string;
  /** The question's concepts and words the section's heading names. */
  names: string[];
}

export function bestSection(record: NoteRecord, matches: readonly FeatureMatch[], features: readonly QueryFeature[]): BestSection {
  const starts = record.sectionStarts;
  const scores = new Float64Array(starts.length);
  const names: string[][] = starts.map(() => []);
  const headingAt = new Map(record.headings.map((h) => [h.line, h.text]));
  for (const { feature, lines } of matches) {
    for (const line of lines) {
      const section = lastAtOrBefore(starts, line);
      if (section === -1) continue;
      scores[section] = (scores[section] as number) + feature.weight;
      if (headingAt.has(line) && starts[section] === line) {
        scores[section] = (scores[section]) + 2 * feature.weight;
        addName(names[section] as string[], feature.label);
      }
    }
  }
  const terms = features.filter((f) => f.kind === "term");
  if (terms.length > 0) {
    starts.forEach((start, section) => {
      const heading = headingAt.get(start);
      if (heading === undefined) return;
      forEachWord(heading, (key) => {
        const feature = terms.find((f) => f.hash === hashOf(key));
        if (!feature) return;
        scores[section] = (scores[section] as number) + 2 * feature.weight;
        addName(names[section] as string[], feature.label);
      });
    });
  }
  let best = 0;
  for (let s = 1; s < starts.length; s++) if ((scores[s] as number) > (scores[best] as number)) best = s;
  const line = starts[best] ?? 1;
  const section: BestSection = { line, names: names[best] ?? [] };
  const heading = headingAt.get(line);
  if (heading !== undefined) section.heading = heading;
  return section;
}

function addName(names: string[], name: string): void {
  if (!names.includes(name)) names.push(name);
}

import { ConceptSet } from "../concepts/concept-set";
import type { NoteRecord } from "../index/note-record";
import type { VaultIndex } from "../index/vault-index";
import { forEachWord, hashOf } from "../terms/words";
import { readQuestion, type AnswerQuestion, type QueryFeature } from "./answer-query";
import { bestSection, type FeatureMatch } from "./best-section";
import { countOf, HEADING_BIT, lookUp, lookUpUnit, TITLE_BIT } from "../terms/note-terms";

/**
 * The notes most likely to answer a question, best first, each with why and the section to open
 * it at: a pure function of the index (no note is read again), for the dashboard, the question
 * badge and the concept page as for the CLI's `answers`.
 *
 * A note scores by the question's concepts it mentions (the glossary crosses languages: 파드 finds
 * Pod), the question's words it says (through the lexicon: 라우팅 finds routing), its headings and
 * title naming them, being the concept's own note, and being linked from the question's note,
 * each weighted by how rare it is in the vault (BM25: a word every note says tells nothing) and
 * by where the question says it (its line, or its heading and note title as context). Words on
 * lines that still ask are not counted: a note that asks the same question does not answer it.
 */

export type { AnswerQuestion } from "./answer-query";

export type AnswerReasonKind = "concept" | "term" | "heading" | "title" | "concept-note" | "linked";

export interface AnswerReason {
  kind: AnswerReasonKind;
  /** The concept's name, the question's word, the heading or title that names the subject. */
  text: string;
}

export interface AnswerCandidate {
  path: string;
  title: string;
  /** Higher is likelier; comparable within one question's list only. */
  score: number;
  /** 1-based line of the best section's heading (1 when the note's start is its best part). */
  line: number;
  /** The best section's heading, when it has one. */
  heading?: string;
  reasons: AnswerReason[];
}

export interface SuggestOptions {
  /** How many notes to return; 5 by default. */
  limit?: number;
}

const K1 = 1.2;
const B = 0.75;
/** A concept named by the question is surer than a word: the matcher knows its senses and spellings. */
const CONCEPT_WEIGHT = 1.6;
const LINKED_BONUS = 1.2;
/** Notes the exact score is computed for, after the quick one. */
const SHORTLIST = 40;

export function suggestAnswers(index: VaultIndex, question: AnswerQuestion, options: SuggestOptions = {}): AnswerCandidate[] {
  const limit = options.limit ?? 5;
  const own = index.note(question.path);
  const features = readQuestion(index, question);
  if (features.length === 0 || limit <= 0) return [];
  const scorer = new NoteScorer(index, features, own);
  // A quick score over every note (word counts, prose mentions), then the exact one for the best of them.
  const shortlist = new Shortlist(Math.max(SHORTLIST, limit * 4));
  index.forEachNote((record, id) => {
    if (record.path === own?.path || record.path === question.path) return;
    const score = scorer.quickScore(record, id);
    if (score > 0) shortlist.offer(record, score);
  });
  const scored = shortlist
    .records()
    .map((record) => ({ record, score: scorer.score(record, null) }))
    .filter((s) => s.score > 0)
    .sort(byScore);
  return scored.slice(0, limit).map(({ record, score }) => {
    const reasons: AnswerReason[] = [];
    scorer.score(record, reasons);
    const section = bestSection(record, scorer.matches(record), features);
    if (section.heading !== undefined && section.names.length > 0) reasons.push({ kind: "heading", text: section.heading });
    const candidate: AnswerCandidate = { path: record.path, title: record.title, score: Math.round(score * 1000) / 1000, line: section.line, reasons: topReasons(reasons) };
    if (section.heading !== undefined) candidate.heading = section.heading;
    return candidate;
  });
}

function byScore(a: { record: NoteRecord; score: number }, b: { record: NoteRecord; score: number }): number {
  return b.score - a.score || (a.record.path < b.record.path ? -1 : 1);
}

/** The `size` best-scored records offered, kept without sorting every note: a bound below which offers are dropped. */
class Shortlist {
  private readonly held: Array<{ record: NoteRecord; score: number }> = [];
  private floor = 0;

  constructor(private readonly size: number) {}

  offer(record: NoteRecord, score: number): void {
    if (this.held.length >= this.size && score < this.floor) return;
    this.held.push({ record, score });
    if (this.held.length >= 2 * this.size) this.trim();
  }

  records(): NoteRecord[] {
    this.trim();
    return this.held.map((h) => h.record);
  }

  private trim(): void {
    this.held.sort(byScore);
    this.held.length = Math.min(this.held.length, this.size);
    this.floor = this.held[this.held.length - 1]?.score ?? 0;
  }
}

class NoteScorer {
  private readonly notes: number;
  private readonly averageWords: number;
  private readonly weights: number[];
  private readonly conceptNotes = new Map<string, string | undefined>();
  private readonly aliasHashes = new Map<string, number[][]>();
  private readonly linked: Set<string>;
  /** For each concept feature, its prose mention count in each note, by note id. */
  private readonly mentioning: Array<Int32Array | undefined>;

  constructor(
    private readonly index: VaultIndex,
    private readonly features: readonly QueryFeature[],
    own: NoteRecord | undefined,
  ) {
    this.notes = Math.max(1, index.answers.noteCount);
    this.averageWords = Math.max(1, index.answers.averageWords);
    this.mentioning = features.map((f) => (f.kind === "concept" ? index.mentionCountsById(f.id) : undefined));
    this.weights = features.map((f) => f.weight * idf(this.notes, f.kind === "concept" ? index.mentionTotals(f.id).notes : index.answers.notesHolding(f.hash)) * (f.kind === "concept" ? CONCEPT_WEIGHT : 1));
    for (const f of features) {
      if (f.kind !== "concept") continue;
      this.conceptNotes.set(f.id, index.conceptNote(f.id));
      const concept = index.concepts.get(f.id);
      this.aliasHashes.set(f.id, concept ? ConceptSet.aliasesOf(concept).map(hashesOf).filter((h) => h.length > 0) : []);
    }
    this.linked = new Set((own?.links ?? []).map((link) => index.resolve(link.target, own?.path)).filter((p): p is string => p !== undefined));
  }

  /**
   * A quick score for every note: the same sum, from what the record has at hand (word counts and
   * flags, prose mention counts, the concept's own note), without the exact parts (lines that still
   * ask, headings that mention a concept, titles that spell one). `id`: the record's note id.
   */
  quickScore(record: NoteRecord, id: number): number {
    const norm = K1 * (1 - B + (B * (record.wordCount ?? this.averageWords)) / this.averageWords);
    const terms = record.terms;
    let score = 0;
    for (let i = 0; i < this.features.length; i++) {
      const feature = this.features[i] as QueryFeature;
      let tf = 0;
      if (feature.kind === "term") {
        if (terms === undefined) continue;
        const unit = lookUpUnit(terms, feature.hash);
        if (unit === -1) continue;
        tf = countOf(unit) + (unit & HEADING_BIT ? 2 : 0) + (unit & TITLE_BIT ? 3 : 0);
      } else {
        tf = (this.mentioning[i] as Int32Array)[id] as number;
        if (this.conceptNotes.get(feature.id) === record.path) tf += 4;
        if (tf === 0) continue;
      }
      score += ((this.weights[i] as number) * tf * (K1 + 1)) / (tf + norm);
    }
    return score;
  }

  /** The note's score; with `reasons`, also what earned it. */
  score(record: NoteRecord, reasons: AnswerReason[] | null): number {
    const norm = K1 * (1 - B + (B * (record.wordCount ?? this.averageWords)) / this.averageWords);
    let score = 0;
    let asking: Set<number> | undefined;
    this.features.forEach((feature, i) => {
      let tf = 0;
      if (feature.kind === "term") {
        const entry = record.terms === undefined ? null : lookUp(record.terms, feature.hash);
        if (!entry) return;
        tf = entry.count + (entry.heading ? 2 : 0) + (entry.title ? 3 : 0);
        if (reasons && entry.title) reasons.push({ kind: "title", text: record.title });
      } else {
        const use = record.concepts.find((u) => u.conceptId === feature.id);
        if (use) {
          asking ??= askingLines(record);
          const said = use.lines.filter((line) => !asking?.has(line));
          const headingLines = new Set(record.headings.map((h) => h.line));
          tf = said.length + (said.some((line) => headingLines.has(line)) ? 2 : 0);
        }
        if (this.titleNames(record, feature.id)) {
          tf += 3;
          if (reasons) reasons.push({ kind: "title", text: record.title });
        }
        if (this.conceptNotes.get(feature.id) === record.path) {
          tf += 4;
          if (reasons) reasons.push({ kind: "concept-note", text: feature.label });
        }
        if (tf === 0) return;
      }
      score += ((this.weights[i] as number) * tf * (K1 + 1)) / (tf + norm);
      if (reasons) reasons.push({ kind: feature.kind, text: feature.label });
    });
    if (score > 0 && this.linked.has(record.path)) {
      score *= LINKED_BONUS;
      if (reasons) reasons.push({ kind: "linked", text: record.title });
    }
    return score;
  }

  /** The question's features the note holds, with the lines of its concept mentions. */
  matches(record: NoteRecord): FeatureMatch[] {
    const out: FeatureMatch[] = [];
    for (const feature of this.features) {
      if (feature.kind === "term") {
        const entry = record.terms === undefined ? null : lookUp(record.terms, feature.hash);
        if (entry && entry.count > 0) out.push({ feature, lines: [], heading: entry.heading });
      } else {
        const use = record.concepts.find((u) => u.conceptId === feature.id);
        if (use) out.push({ feature, lines: use.lines, heading: false });
      }
    }
    return out;
  }

  /** Whether the note's title spells one of the concept's names (every word of an alias is a title word). */
  private titleNames(record: NoteRecord, conceptId: string): boolean {
    const terms = record.terms;
    if (terms === undefined) return false;
    return (this.aliasHashes.get(conceptId) ?? []).some((hashes) => hashes.every((hash) => lookUp(terms, hash)?.title === true));
  }
}

function idf(notes: number, holding: number): number {
  return Math.log(1 + (notes - holding + 0.5) / (holding + 0.5));
}

function hashesOf(alias: string): number[] {
  const out: number[] = [];
  forEachWord(alias.normalize("NFC"), (key) => out.push(hashOf(key)));
  return out;
}

/** Lines of the note's questions that still ask (open, unsure): they name the subject but do not answer it. */
function askingLines(record: NoteRecord): Set<number> {
  return new Set(record.questions.filter((q) => q.status !== "answered").map((q) => q.line));
}

/** Each reason once, concepts and the concept's own note first, at most six. */
function topReasons(reasons: AnswerReason[]): AnswerReason[] {
  const order: AnswerReasonKind[] = ["concept-note", "concept", "heading", "title", "term", "linked"];
  const seen = new Set<string>();
  const unique = reasons.filter((r) => {
    const key = `${r.kind}:${r.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind)).slice(0, 6);
}

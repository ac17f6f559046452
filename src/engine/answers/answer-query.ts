import type { VaultIndex } from "../index/vault-index";
import type { Heading } from "../parse/note-types";
import { isHangulSyllable } from "../text/hangul";
import { forEachWord, hashOf } from "../terms/words";
import { koreanStem } from "../terms/korean-stem";

/**
 * A question read for answer suggestions: the concepts it names and the words it says, and the
 * same of its context (the heading it sits under, the title of its note), weighted by where they
 * come from. The context counts for more when the question alone says little: `언제 무엇을 사용?`
 * under `## Terraform vs Ansible` is about Terraform and Ansible.
 */

export interface AnswerQuestion {
  /** The note the question is in: never suggested, and its title is part of the question's context. */
  path: string;
  /** The question, markers stripped. */
  text: string;
  /** 1-based line of the question: finds its heading when `heading` is not given. */
  line?: number;
  /** The heading the question sits under. */
  heading?: string;
}

export interface QueryFeature {
  kind: "concept" | "term";
  /** The concept's id, or the word's key. */
  id: string;
  /** `hashOf(key)` of a word; 0 for a concept. */
  hash: number;
  weight: number;
  /** As the question or its context wrote it: the word, or the concept's name. */
  label: string;
  from: "question" | "heading" | "title";
}

/** Weights of what the context says, when the question says enough by itself and when it does not. */
const CONTEXT_WEIGHT = { heading: [0.35, 0.8], title: [0.25, 0.6] } as const;

export function readQuestion(index: VaultIndex, question: AnswerQuestion): QueryFeature[] {
  const features = new Map<string, QueryFeature>();
  const add = (feature: QueryFeature): void => {
    const key = `${feature.kind}:${feature.id}`;
    const held = features.get(key);
    if (!held || held.weight < feature.weight) features.set(key, held ? { ...feature, label: held.from === "question" ? held.label : feature.label } : feature);
  };
  const own = featuresOf(index, question.path, question.text, 1, "question");
  for (const feature of own) add(feature);
  const saysLittle = own.length < 2 ? 1 : 0;
  const heading = question.heading ?? headingAbove(index, question);
  if (heading !== undefined && heading !== question.text) {
    for (const feature of featuresOf(index, question.path, heading, CONTEXT_WEIGHT.heading[saysLittle], "heading")) add(feature);
  }
  const title = index.note(question.path)?.title ?? titleOf(question.path);
  for (const feature of featuresOf(index, question.path, title, CONTEXT_WEIGHT.title[saysLittle], "title")) add(feature);
  return [...features.values()];
}

/** The concepts a text names (read by the index's matcher, Korean particles and all) and its other words. */
function featuresOf(index: VaultIndex, path: string, text: string, weight: number, from: QueryFeature["from"]): QueryFeature[] {
  const out: QueryFeature[] = [];
  const mentions = index.parse(path, text).mentions;
  for (const mention of mentions) {
    const concept = index.concepts.get(mention.conceptId);
    if (concept && !out.some((f) => f.id === concept.id)) out.push({ kind: "concept", id: concept.id, hash: 0, weight, label: concept.name, from });
  }
  const normalized = text.normalize("NFC");
  forEachWord(normalized, (key, start, end) => {
    // A word the matcher read as a concept counts once, as the concept.
    if (mentions.some((m) => m.start < end && start < m.end)) return;
    // Shown as written, less its particles (테이블은 → 테이블).
    const word = normalized.slice(start, end);
    const label = isHangulSyllable(word.charCodeAt(0)) ? koreanStem(word) : word;
    if (!out.some((f) => f.kind === "term" && f.id === key)) out.push({ kind: "term", id: key, hash: hashOf(key), weight, label, from });
  });
  return out;
}

function headingAbove(index: VaultIndex, question: AnswerQuestion): string | undefined {
  if (question.line === undefined) return undefined;
  let above: Heading | undefined;
  for (const heading of index.note(question.path)?.headings ?? []) {
    if (heading.line >= question.line) break;
    above = heading;
  }
  return above?.text;
}

function titleOf(path: string): string {
  const file = path.slice(path.lastIndexOf("/") + 1);
  return file.toLowerCase().endsWith(".md") ? file.slice(0, -3) : file;
}

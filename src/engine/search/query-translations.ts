import { ConceptSet } from "../concepts/concept-set";
import { lexiconRows } from "../terms/ko-en-lexicon";
import { koreanStem } from "../terms/korean-stem";
import { containsHangul } from "../text/hangul";
import { normalizeForm, readingOf, type QueryReading, type SearchKeyBuilder } from "./search-keys";

/**
 * Reading a query in the other language. A learner types 도커 네트워크 for the note they named
 * `docker-network`, and 쿠버네티스 인그레스 for Ingress: the words are the glossary's names of
 * concepts (도커 is Docker, 인그레스 is Ingress) or everyday words of the lexicon (네트워크 is
 * network). Three readings follow from that:
 *
 * - the whole query is a name of a concept: every other name of it is read too (도커 네트워크 →
 *   docker network); so is a one-word query the lexicon knows (네트워크 → network, networking);
 * - a query of several words: each word may be found as itself or as one of its other-language
 *   forms (도커 network, docker 네트워크);
 * - a query whose words all name concepts, one of which a curated relation ties to each of the
 *   others, names that one concept: 쿠버네티스 인그레스 is Kubernetes' Ingress. When several
 *   qualify, the last named wins, as in Korean and English the head of a noun phrase comes last.
 *
 * Only whole words are translated: a word still being typed is matched as typed.
 */

/** Other-language forms kept per word, so a keystroke's cost stays bounded. */
const MAX_ALTERNATIVES = 12;
/** A one-letter word (풀, 키) is read as itself: too many notes say `pull` and `key`. */
const MIN_LEXICON_LENGTH = 2;
/** Whole-query readings added at most. */
const MAX_READINGS = 6;

export class QueryTranslator {
  private names: Map<string, string[]> | undefined;
  private words: Map<string, readonly string[]> | undefined;
  private related: Set<string> | undefined;

  constructor(
    private readonly concepts: ConceptSet,
    private readonly keys: SearchKeyBuilder,
  ) {}

  /** The readings in the other language, and the typed reading's words given their alternatives (in place). */
  translate(typed: QueryReading): QueryReading[] {
    if (typed.mode !== "jamo" || typed.converted) return [];
    const out: QueryReading[] = [];
    const whole = this.formsOf(typed.plain);
    for (const form of whole) {
      if (out.length >= MAX_READINGS) break;
      const text = this.keys.jamoOf(form);
      if (text !== typed.text && !out.some((r) => r.text === text)) out.push(readingOf(text, form, false, false, true));
    }
    if (typed.words.length > 0) {
      const plainWords = typed.plain.split(" ");
      for (const word of typed.words) {
        const plain = plainWords.find((w) => this.keys.jamoOf(w) === word.text);
        if (plain === undefined) continue;
        const alternatives = this.formsOf(plain).slice(0, MAX_ALTERNATIVES).map((form) => this.keys.jamoOf(form)).filter((text) => text !== word.text);
        if (alternatives.length > 0) word.alternatives = alternatives.map((text) => ({ text, spaced: " " + text }));
      }
    }
    return out;
  }

  /**
   * The concept a query of several concept names names as a phrase (쿠버네티스 인그레스 →
   * `ingress`), with the word that names it; `undefined` when the words are not all concept names
   * or no concept is tied to all the others.
   */
  phrase(typed: QueryReading): { conceptId: string; word: string } | undefined {
    if (typed.mode !== "jamo" || typed.converted) return undefined;
    const words = typed.plain.split(" ");
    if (words.length < 2 || words.length > 4) return undefined;
    const named = words.map((word) => this.conceptsNamed(word));
    if (named.some((ids) => ids.length === 0)) return undefined;
    for (let i = named.length - 1; i >= 0; i--) {
      for (const id of named[i] ?? []) {
        const tiedToAll = named.every((others, j) => j === i || others.some((other) => other === id || this.areRelated(id, other)));
        if (tiedToAll) return { conceptId: id, word: words[i] as string };
      }
    }
    return undefined;
  }

  /** Other names of what `plain` names: the names of the concepts it is a name of, and its lexicon row. */
  private formsOf(plain: string): string[] {
    const forms: string[] = [];
    const add = (form: string): void => {
      const normalized = normalizeForm(form);
      if (normalized !== "" && normalized !== plain && !forms.includes(normalized)) forms.push(normalized);
    };
    for (const id of this.conceptsNamed(plain)) {
      const concept = this.concepts.get(id);
      if (concept) for (const alias of ConceptSet.aliasesOf(concept)) add(alias);
    }
    if (!plain.includes(" ") && plain.length >= MIN_LEXICON_LENGTH) for (const variant of this.lexicon().get(lookupKey(plain)) ?? []) add(variant);
    return forms;
  }

  private conceptsNamed(plain: string): string[] {
    const names = this.nameIndex();
    return names.get(plain) ?? (containsHangul(plain) ? names.get(koreanStem(plain)) ?? [] : []);
  }

  /** Every concept name, normalised, to the concepts it names. */
  private nameIndex(): Map<string, string[]> {
    if (!this.names) {
      const names = new Map<string, string[]>();
      for (const concept of this.concepts.concepts) {
        for (const alias of ConceptSet.aliasesOf(concept)) {
          const key = normalizeForm(alias);
          const ids = names.get(key);
          if (!ids) names.set(key, [concept.id]);
          else if (!ids.includes(concept.id)) ids.push(concept.id);
        }
      }
      this.names = names;
    }
    return this.names;
  }

  /** Each lexicon variant (Korean by its stem) to every form of its row. */
  private lexicon(): Map<string, readonly string[]> {
    if (!this.words) {
      const words = new Map<string, readonly string[]>();
      for (const row of lexiconRows()) {
        for (const variant of row) {
          const key = lookupKey(normalizeForm(variant));
          if (!words.has(key)) words.set(key, row);
        }
      }
      this.words = words;
    }
    return this.words;
  }

  private areRelated(a: string, b: string): boolean {
    if (!this.related) {
      this.related = new Set();
      for (const relation of this.concepts.relations) {
        this.related.add(`${relation.from}\u0000${relation.to}`);
        this.related.add(`${relation.to}\u0000${relation.from}`);
      }
    }
    return this.related.has(`${a}\u0000${b}`);
  }
}

/** How a word is looked up in the lexicon: Korean by its stem (네트워크를 → 네트워크), the rest as it is. */
function lookupKey(plain: string): string {
  return containsHangul(plain) ? plain.split(" ").map(koreanStem).join(" ") : plain;
}

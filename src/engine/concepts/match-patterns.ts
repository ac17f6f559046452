import { BOUNDARY_AFTER, BOUNDARY_BEFORE } from "./automaton-scan";
import type { Concept, ConceptSet } from "./concept-set";
import type { ReadingDef } from "./glossary/concept-types";
import { domainMask } from "./domain-mask";
import { isHangul } from "../text/hangul";

/**
 * Every written form the matcher looks for, compiled from a concept set: the aliases of
 * concepts (mentions), the words read by context (readings), and cue words (evidence of a
 * domain, some claiming their words as a whole). One automaton finds them all in one pass.
 */

export const MENTION = 0;
export const READING = 1;
export const CUE = 2;

export interface CompiledSense {
  conceptId: string | null;
  /** The domains whose evidence calls for this sense. */
  mask: number;
  /** What reading the word in this sense is evidence of: its concept's domains. */
  conceptMask: number;
}

export interface CompiledReading {
  senses: readonly CompiledSense[];
  otherwise: string | null;
  otherwiseMask: number;
  /** The default reading holds only on a line that holds Hangul. */
  otherwiseInKorean: boolean;
  /** On a line that holds Hangul, the default reading is the reading, evidence or not. */
  alwaysInKorean: boolean;
  /** 0: the line; 1: its section and what the note is about too. */
  reach: 0 | 1;
  /** The domains of all senses that are concepts of ours. */
  ours: number;
  /** A name before the word owns it when it is evidence of one of these domains only: 0 for none, -1 for any outside `ours`. */
  ownedBy: number;
  notBeforeNumber: boolean;
  vendorUnlessFollowedBy?: ReadonlySet<string>;
}

export interface Pattern {
  role: typeof MENTION | typeof READING | typeof CUE;
  /** The concept a mention names. */
  concept: Concept | undefined;
  reading: CompiledReading | undefined;
  /** Whether the words are a whole no shorter pattern inside them may take. */
  claims: boolean;
  /** Domains this pattern is evidence of, when it stands (readings are evidence once read). */
  evidence: number;
  /** The form as written, for case-sensitive forms; undefined when case does not matter. */
  exact: string | undefined;
  hangulStart: boolean;
  hangulEnd: boolean;
  /** Whether the first (last) character is a Latin letter or digit, so a word boundary is due there. */
  wordStart: boolean;
  wordEnd: boolean;
  syllables: number;
  /** A version number may follow without a space: `python3`, `cgroup2`, `cgroupv2`. */
  versioned: boolean;
  /** The brand named in this form (`도커` of `도커 이미지`): where its name starts in the form, and ends. */
  brand: { concept: Concept; start: number; end: number } | undefined;
  /**
   * The reading of the form when it is written in this case (`Service`, a Kubernetes object)
   * rather than any other (`service`): one pattern for both, so one hit.
   */
  whenWritten: { exact: string; reading: CompiledReading } | undefined;
}

type PatternFields = Pick<Pattern, "role" | "concept" | "reading" | "claims" | "evidence" | "brand" | "whenWritten">;

export interface PatternTable {
  texts: string[];
  patterns: Pattern[];
  /** Word boundaries the automaton tests as it scans: see {@link BOUNDARY_BEFORE}. */
  boundaries: Uint8Array;
}

const NO_FIELDS: PatternFields = { role: MENTION, concept: undefined, reading: undefined, claims: true, evidence: 0, brand: undefined, whenWritten: undefined };

/** Korean aliases mark optional spaces; more than three would make too many variants to be worth it. */
const MAX_OPTIONAL_SPACES = 3;

export function compilePatterns(concepts: ConceptSet): PatternTable {
  const table: PatternTable = { texts: [], patterns: [], boundaries: new Uint8Array(0) };
  const seen = new Set<string>();
  const add = (written: string, exact: boolean, fields: PatternFields): void => {
    const text = written.normalize("NFC").trim().replace(/\s+/g, " ");
    if (text === "") return;
    const key = keyOf(text, exact);
    if (seen.has(key)) return;
    seen.add(key);
    const last = text.charCodeAt(text.length - 1);
    // Every pattern has every field, in one order: the scan reads them in its hottest loop, and
    // objects of one shape keep those reads fast.
    const pattern: Pattern = {
      role: fields.role,
      concept: fields.concept,
      reading: fields.reading,
      claims: fields.claims,
      evidence: fields.evidence,
      exact: exact ? text : undefined,
      hangulStart: isHangul(text.charCodeAt(0)),
      hangulEnd: isHangul(last),
      wordStart: isLatinWordChar(text.charCodeAt(0)),
      wordEnd: isLatinWordChar(last),
      syllables: text.length,
      versioned: fields.role === MENTION && !exact && text.length >= 4 && isLatinLetter(last),
      brand: fields.brand,
      whenWritten: fields.whenWritten,
    };
    table.texts.push(text);
    table.patterns.push(pattern);
  };

  // A form read by context is never a plain alias of a built-in concept (컨테이너 is first a
  // word with two senses), but a user's own alias stays theirs.
  const readingForms = new Set<string>();
  for (const reading of concepts.readings) for (const form of formsOf(reading.en, reading.exact, reading.ko)) readingForms.add(keyOf(form, false));
  const conceptMask = (id: string | null): number => {
    const concept = id === null ? undefined : concepts.get(id);
    return concept ? domainMask(concept.domains) : 0;
  };
  const readings = concepts.readings.map((reading) => compileReading(reading, conceptMask));

  // A case-sensitive form with a case-insensitive twin (`Service`, `service`) rides on the twin.
  const written = new Map<string, { exact: string; reading: CompiledReading }>();
  concepts.readings.forEach((reading, r) => {
    for (const form of reading.exact ?? []) written.set(keyOf(form, false), { exact: form, reading: readings[r] as CompiledReading });
  });
  for (const concept of concepts.concepts) {
    const builtin = concept.category !== "user";
    const brand = concept.brand !== undefined ? concepts.get(concept.brand) : undefined;
    const brandNames = brand ? [brand.name, ...brand.en, ...brand.exact, ...brand.ko].map((name) => name.normalize("NFC").toLowerCase()) : [];
    const mention = (form: string, exact: boolean): void => {
      if (builtin && readingForms.has(keyOf(form, false))) return;
      const named = brand ? brandIn(form, brandNames) : undefined;
      add(form, exact, { ...NO_FIELDS, role: MENTION, concept, evidence: domainMask(concept.domains), brand: brand && named ? { concept: brand, ...named } : undefined });
    };
    for (const alias of concept.en) mention(alias, false);
    for (const alias of concept.exact) mention(alias, true);
    for (const alias of concept.ko) for (const variant of spacingVariants(alias)) mention(variant, false);
  }
  concepts.readings.forEach((reading, r) => {
    const compiled = readings[r] as CompiledReading;
    for (const form of reading.en ?? []) {
      const twin = written.get(keyOf(form, false));
      written.delete(keyOf(form, false));
      add(form, false, { ...NO_FIELDS, role: READING, reading: compiled, whenWritten: twin });
    }
    for (const form of reading.ko ?? []) for (const variant of spacingVariants(form)) add(variant, false, { ...NO_FIELDS, role: READING, reading: compiled });
  });
  for (const { exact, reading } of written.values()) add(exact, true, { ...NO_FIELDS, role: READING, reading });
  for (const cue of concepts.cues) {
    const pattern: PatternFields = { ...NO_FIELDS, role: CUE, claims: cue.claims === true, evidence: domainMask([cue.domain]) };
    for (const form of cue.en ?? []) add(form, false, pattern);
    for (const form of cue.exact ?? []) add(form, true, pattern);
    for (const form of cue.ko ?? []) for (const variant of spacingVariants(form)) add(variant, false, pattern);
  }
  table.boundaries = new Uint8Array(table.patterns.map((p) => (p.wordStart && !p.hangulStart ? BOUNDARY_BEFORE : 0) | (p.wordEnd && !p.hangulEnd && !p.versioned ? BOUNDARY_AFTER : 0)));
  return table;
}

function compileReading(def: ReadingDef, conceptMask: (id: string | null) => number): CompiledReading {
  const senses = def.senses.map(([conceptId, domains]) => ({ conceptId, mask: domainMask(domains), conceptMask: conceptMask(conceptId) }));
  const compiled: CompiledReading = {
    senses,
    otherwise: def.otherwise,
    otherwiseMask: conceptMask(def.otherwise),
    otherwiseInKorean: def.otherwiseInKorean === true,
    alwaysInKorean: def.alwaysInKorean === true,
    reach: def.reach === "line" ? 0 : 1,
    ours: senses.reduce((mask, sense) => (sense.conceptId === null ? mask : mask | sense.mask), 0),
    ownedBy: def.ownedByModifier === undefined ? 0 : def.ownedByModifier === true ? -1 : domainMask(def.ownedByModifier),
    notBeforeNumber: def.notBeforeNumber === true,
  };
  if (def.vendorUnlessFollowedBy) compiled.vendorUnlessFollowedBy = new Set(def.vendorUnlessFollowedBy);
  return compiled;
}

function formsOf(en: readonly string[] = [], exact: readonly string[] = [], ko: readonly string[] = []): string[] {
  return [...en, ...exact, ...ko.flatMap(spacingVariants)];
}

const FOLDED = /[A-Z\t\u00a0-]/;

/** The key two forms share when the automaton cannot tell them apart (see the folding in aho-corasick.ts). */
function keyOf(text: string, exact: boolean): string {
  if (exact) return "=" + text;
  return "~" + (FOLDED.test(text) ? text.replace(/[A-Z]/g, (c) => c.toLowerCase()).replace(/[\t\u00a0-]/g, " ") : text);
}

/**
 * `네임 스페이스` → 네임 스페이스, 네임스페이스: every way of writing the marked spaces or not.
 * Only spaces between two Hangul syllables are optional (`k8s 클러스터` may also be written
 * `k8s클러스터`, so those are too).
 */
export function spacingVariants(alias: string): string[] {
  const parts = alias.normalize("NFC").trim().split(/\s+/);
  if (parts.length === 1 || parts.length - 1 > MAX_OPTIONAL_SPACES) return [parts.join(" ")];
  const variants: string[] = [];
  for (let joins = 0; joins < 1 << (parts.length - 1); joins++) {
    let text = parts[0] as string;
    for (let k = 1; k < parts.length; k++) text += (joins & (1 << (k - 1)) ? "" : " ") + (parts[k] as string);
    variants.push(text);
  }
  return variants;
}

/**
 * Where a brand's name stands in `form` as a word of it (`docker` in `docker images`,
 * `쿠버네티스` in `관리형 쿠버네티스`), the longest if several do; undefined when none does.
 * A Korean name may also be written against the next word (`도커이미지`).
 */
function brandIn(form: string, brandNames: readonly string[]): { start: number; end: number } | undefined {
  const text = form.normalize("NFC").toLowerCase().replace(/-/g, " ");
  let found: { start: number; end: number } | undefined;
  for (const name of brandNames) {
    if (name.length >= text.length || (found && name.length <= found.end - found.start)) continue;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      const before = at === 0 || text.charCodeAt(at - 1) === 32;
      const next = text.charCodeAt(end);
      const after = end === text.length || next === 32 || (isHangul(next) && isHangul(text.charCodeAt(end - 1)));
      if (before && after) {
        found = { start: at, end };
        break;
      }
    }
  }
  return found;
}

/** A letter of the Latin alphabet, either case. */
export function isLatinLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Letters and digits of Latin script (and `_`), which would make a Latin form part of a longer word. */
export function isLatinWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

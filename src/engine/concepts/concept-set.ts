import type { ConceptCategory, ConceptDef, CueDef, Domain, ReadingDef, RelationDef, RelationKind } from "./glossary/concept-types";
import type { DeclaredConcept } from "../parse/note-types";
import { containsHangul } from "../text/hangul";
import { uniqueIgnoringCase } from "../text/unique-ignoring-case";

/**
 * The concepts a vault is read with: the built-in glossary, the concepts the user lists in
 * settings (`Name: alias, alias`), and the notes that declare themselves concepts (tag
 * `concept`). A user concept whose name or alias is already a built-in concept extends that
 * concept (its aliases are added, its note becomes the concept's note) instead of doubling it.
 */

export interface Concept {
  id: string;
  name: string;
  category: ConceptCategory | "user";
  /** Case-insensitive Latin-script aliases, name included. */
  en: string[];
  /** Case-sensitive aliases. */
  exact: string[];
  /** Korean aliases. */
  ko: string[];
  /** What a mention of it is evidence of; none for a user concept. */
  domains: readonly Domain[];
  /** The concept whose name leads some of its aliases (`docker` for `도커 이미지`). */
  brand?: string;
  /** Path of the note that declared this concept, if one did. */
  notePath?: string;
}

/** The words read by context, and the cue words that tell the context. */
export interface ContextWords {
  readings: readonly ReadingDef[];
  cues: readonly CueDef[];
}

const NO_CONTEXT_WORDS: ContextWords = { readings: [], cues: [] };

/** The domain of each category, for concepts that name none of their own. */
const CATEGORY_DOMAIN: Record<ConceptCategory, Domain> = {
  container: "container",
  orchestration: "kubernetes",
  virtualization: "virtualization",
  linux: "linux",
  "ci-cd": "ci-cd",
  iac: "iac",
  cloud: "cloud",
  vcs: "vcs",
  web: "web",
  monitoring: "monitoring",
  database: "database",
  language: "language",
  practice: "practice",
};

export interface Relation {
  from: string;
  kind: RelationKind;
  to: string;
}

export interface ConceptSource {
  /** A note that declares a concept, or `undefined` for concepts from settings. */
  path?: string;
  concept: DeclaredConcept;
}

export class ConceptSet {
  readonly concepts: readonly Concept[];
  readonly relations: readonly Relation[];
  /** Words read by context; only those whose concepts are all in the set. */
  readonly readings: readonly ReadingDef[];
  readonly cues: readonly CueDef[];
  private readonly byId = new Map<string, Concept>();
  private readonly byAlias = new Map<string, Concept>();

  constructor(defs: readonly ConceptDef[], relations: readonly RelationDef[], extra: readonly ConceptSource[] = [], context: ContextWords = NO_CONTEXT_WORDS) {
    const concepts: Concept[] = [];
    for (const def of defs) {
      const concept: Concept = {
        id: def.id,
        name: def.name,
        category: def.category,
        en: uniqueIgnoringCase([def.name, ...(def.en ?? [])]),
        exact: [...(def.exact ?? [])],
        ko: [...(def.ko ?? [])],
        domains: def.domains ?? [CATEGORY_DOMAIN[def.category]],
      };
      if (def.brand !== undefined) concept.brand = def.brand;
      concepts.push(concept);
      this.register(concept);
    }
    for (const source of extra) {
      const declared = source.concept;
      const names = [declared.name, ...declared.aliases].map((n) => n.normalize("NFC").trim()).filter((n) => n !== "");
      const existing = names.map((n) => this.byAlias.get(aliasKey(n))).find((c) => c !== undefined);
      const concept = existing ?? this.newUserConcept(declared.name, concepts);
      for (const name of names) {
        if (this.byAlias.has(aliasKey(name))) continue;
        (containsHangul(name) ? concept.ko : concept.en).push(name);
      }
      if (source.path !== undefined && concept.notePath === undefined) concept.notePath = source.path;
      this.register(concept);
    }
    this.concepts = concepts;
    this.relations = relations
      .filter(([from, , to]) => this.byId.has(from) && this.byId.has(to))
      .map(([from, kind, to]) => ({ from, kind, to }));
    this.readings = context.readings.filter((reading) => reading.senses.every(([id]) => id === null || this.byId.has(id)) && (reading.otherwise === null || this.byId.has(reading.otherwise)));
    this.cues = context.cues;
  }

  get(id: string): Concept | undefined {
    return this.byId.get(id);
  }

  /** The concept one of whose names or aliases is `name` (case-insensitive). */
  byName(name: string): Concept | undefined {
    return this.byAlias.get(aliasKey(name));
  }

  /** Every written form of a concept, for display and search: name first. */
  static aliasesOf(concept: Concept): string[] {
    return uniqueIgnoringCase([concept.name, ...concept.en, ...concept.exact, ...concept.ko]);
  }

  private newUserConcept(name: string, concepts: Concept[]): Concept {
    const base = "user:" + name.normalize("NFC").trim().toLowerCase().replace(/\s+/g, "-");
    let id = base;
    for (let n = 2; this.byId.has(id); n++) id = `${base}-${n}`;
    const concept: Concept = { id, name: name.trim(), category: "user", en: [], exact: [], ko: [], domains: [] };
    concepts.push(concept);
    return concept;
  }

  private register(concept: Concept): void {
    this.byId.set(concept.id, concept);
    for (const alias of ConceptSet.aliasesOf(concept)) {
      const key = aliasKey(alias);
      if (!this.byAlias.has(key)) this.byAlias.set(key, concept);
    }
  }
}

function aliasKey(alias: string): string {
  return alias.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

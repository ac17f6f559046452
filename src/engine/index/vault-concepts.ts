import { conceptSetWith } from "../concepts/builtin-concepts";
import { AhoCorasick } from "../concepts/aho-corasick";
import { ConceptMatcher } from "../concepts/concept-matcher";
import type { Concept, ConceptSet, ConceptSource } from "../concepts/concept-set";
import { compilePatterns, type PatternTable } from "../concepts/match-patterns";
import type { DeclaredConcept } from "../parse/note-types";
import { baseOfKey, linkKey } from "../text/link-names";
import type { AssignedConceptNote } from "./concept-note-rules";

/**
 * The concepts a vault is read with: the built-in glossary, the concepts from settings, the notes
 * settings name as concept notes, and the concepts notes declare (in path order, so any order of
 * reading gives the same set), with the matcher compiled from them. Both are built when first
 * asked for after a change of the declarations, so an index built from a whole vault compiles the
 * matcher once. A note named in settings comes before a note tagged as the concept: the user's
 * explicit choice is the concept's note.
 */
/**
 * Targets whose concept is remembered at most; past it the memory starts again. A vault of 10k
 * notes links some 20k distinct targets, each asked for by the parse and again by its record: a
 * smaller memory was cleared before the second ask.
 */
const NAMED_LIMIT = 65_536;

export class VaultConcepts {
  private built: { set: ConceptSet; matcher?: ConceptMatcher } | undefined;
  private readonly declarations = new Map<string, DeclaredConcept>();
  private notePaths: { set: ConceptSet; byKey: Map<string, Concept> } | undefined;
  private named: { set: ConceptSet | undefined; answers: Map<string, Concept | null> } = { set: undefined, answers: new Map() };

  constructor(
    private readonly extra: readonly DeclaredConcept[] = [],
    private readonly assigned: readonly AssignedConceptNote[] = [],
  ) {}

  get set(): ConceptSet {
    this.built ??= { set: this.buildSet() };
    return this.built.set;
  }

  get matcher(): ConceptMatcher {
    const built = (this.built ??= { set: this.buildSet() });
    built.matcher ??= new ConceptMatcher(built.set);
    return built.matcher;
  }

  /**
   * The work `matcher` does when first asked for, cut in steps (the set, its patterns, the
   * automaton, the matcher from them), each one call: a shell that runs long work in time slices
   * gives each a task of its own, where the whole took 30–60 ms at a cold start on the bench's
   * vault. Once they have run, `matcher` is ready; a change of the declarations meanwhile leaves
   * the steps' work unused (the next `matcher` builds again).
   */
  matcherSteps(): Array<() => void> {
    let set: ConceptSet | undefined;
    let table: PatternTable | undefined;
    let automaton: AhoCorasick | undefined;
    return [
      () => {
        if (!this.built?.matcher) set = this.set;
      },
      () => {
        if (set) table = compilePatterns(set);
      },
      () => {
        if (table) automaton = new AhoCorasick(table.texts, table.boundaries);
      },
      () => {
        const built = this.built;
        if (built && built.set === set && !built.matcher && table && automaton) built.matcher = new ConceptMatcher(built.set, { table, automaton });
      },
    ];
  }

  declares(path: string): boolean {
    return this.declarations.has(path);
  }

  /** Every declaration, by path. */
  declared(): Array<[string, DeclaredConcept]> {
    return [...this.declarations].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** Whether `declared` differs from what `path` declared so far. */
  changes(path: string, declared: DeclaredConcept | null): boolean {
    const before = this.declarations.get(path);
    if (!before || !declared) return !!before !== !!declared;
    return before.name !== declared.name || before.aliases.join("\n") !== declared.aliases.join("\n");
  }

  /** Sets (or, with `null`, clears) the declarations of notes; the set and matcher are built again when next asked for. */
  declare(entries: ReadonlyArray<readonly [path: string, declared: DeclaredConcept | null]>): void {
    for (const [path, declared] of entries) {
      if (declared) this.declarations.set(path, declared);
      else this.declarations.delete(path);
    }
    this.built = undefined;
  }

  /**
   * The concept a link target names: by the concept's name or alias, or its note's path.
   * Remembered per target until the concepts change: a vault writes the same targets over and
   * over, and working out a target's key is most of the cost.
   */
  namedBy(target: string): Concept | undefined {
    const set = this.set;
    if (this.named.set !== set || this.named.answers.size >= NAMED_LIMIT) this.named = { set, answers: new Map() };
    let answer = this.named.answers.get(target);
    if (answer === undefined) {
      answer = this.lookUpNamed(target) ?? null;
      this.named.answers.set(target, answer);
    }
    return answer ?? undefined;
  }

  private lookUpNamed(target: string): Concept | undefined {
    const key = linkKey(target);
    const byName = this.set.byName(baseOfKey(key));
    if (byName) return byName;
    // Looked up, not searched: a note with 10,000 links in a vault of many concept notes
    // compared every link with every concept's path.
    if (this.notePaths?.set !== this.set) {
      const byKey = new Map<string, Concept>();
      for (const c of this.set.concepts) {
        if (c.notePath === undefined) continue;
        // By its path, and by its name alone (the link Obsidian writes when the name is unique):
        // a note named in settings need not be named like its concept.
        for (const key of [linkKey(c.notePath), baseOfKey(linkKey(c.notePath))]) if (!byKey.has(key)) byKey.set(key, c);
      }
      this.notePaths = { set: this.set, byKey };
    }
    return this.notePaths.byKey.get(key);
  }

  private buildSet(): ConceptSet {
    const extra: ConceptSource[] = this.extra.map((concept) => ({ concept }));
    for (const { concept, path } of this.assigned) extra.push({ path, concept: { name: concept, aliases: [] } });
    for (const path of [...this.declarations.keys()].sort()) {
      extra.push({ path, concept: this.declarations.get(path) as DeclaredConcept });
    }
    return conceptSetWith(extra);
  }
}

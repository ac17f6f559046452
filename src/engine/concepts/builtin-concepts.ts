import { BUILTIN_CONCEPTS, BUILTIN_RELATIONS } from "./builtin-glossary";
import { ConceptMatcher } from "./concept-matcher";
import { ConceptSet, type ConceptSource } from "./concept-set";

/** The concept set of the built-in glossary plus `extra` user concepts. */
export function conceptSetWith(extra: readonly ConceptSource[] = []): ConceptSet {
  return new ConceptSet(BUILTIN_CONCEPTS, BUILTIN_RELATIONS, extra);
}

let builtin: ConceptMatcher | undefined;

/** A matcher over the built-in glossary alone, built once (about a millisecond) and shared. */
export function builtinMatcher(): ConceptMatcher {
  builtin ??= new ConceptMatcher(conceptSetWith());
  return builtin;
}

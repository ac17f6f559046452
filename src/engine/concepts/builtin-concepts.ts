import { BUILTIN_CONCEPTS, BUILTIN_CUES, BUILTIN_READINGS, BUILTIN_RELATIONS } from "./glossary/builtin-glossary";
import { ConceptMatcher } from "./concept-matcher";
import { ConceptSet, type ConceptSource } from "./concept-set";

/** The concept set of the built-in glossary plus `extra` user concepts. */
export function conceptSetWith(extra: readonly ConceptSource[] = []): ConceptSet {
  return new ConceptSet(BUILTIN_CONCEPTS, BUILTIN_RELATIONS, extra, { readings: BUILTIN_READINGS, cues: BUILTIN_CUES });
}

let builtin: ConceptMatcher | undefined;

/** A matcher over the built-in glossary alone, built once (a few milliseconds) and shared. */
export function builtinMatcher(): ConceptMatcher {
  builtin ??= new ConceptMatcher(conceptSetWith());
  return builtin;
}

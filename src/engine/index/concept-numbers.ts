/**
 * Concept ids as small integers, so that records and the index's tables hold numbers, not
 * strings: one number a mention use, a question's concept, a posting or a co-mention pair.
 *
 * One table for the whole program, only ever added to: a number never changes meaning, so a
 * record read by one index can be put in another, and the table grows with the concepts a vault
 * has ever had (the glossary's and the user's), not with its notes. Numbers never leave the
 * engine: anything shown or sorted for the user uses the ids.
 */
const numberOf = new Map<string, number>();
const idOf: string[] = [];

export function conceptNumber(id: string): number {
  let number = numberOf.get(id);
  if (number === undefined) {
    number = idOf.length;
    numberOf.set(id, number);
    idOf.push(id);
  }
  return number;
}

export function conceptIdOf(number: number): string {
  const id = idOf[number];
  if (id === undefined) throw new Error(`no concept numbered ${number}`);
  return id;
}

/** The number of an id already numbered, or -1 (a concept no record has mentioned). */
export function knownConceptNumber(id: string): number {
  return numberOf.get(id) ?? -1;
}

import { compareText } from "../text/compare-text";
import { doubled } from "../text/doubled-array";

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
    placeInOrder(number);
  }
  return number;
}

/**
 * Where a concept's id comes among every id numbered so far, in `localeCompare`'s order: a
 * record lists its concepts by it. Comparing two numbers' places costs nothing; comparing their
 * ids with a collator was half the cost of making a record.
 */
export function collatedPlace(number: number): number {
  return placeOf[number] as number;
}

/** The numbers in the collator's order of their ids (an id equal to one before it comes after). */
const collated: number[] = [];
let placeOf = new Int32Array(64);

function placeInOrder(number: number): void {
  const id = idOf[number] as string;
  let lo = 0;
  let hi = collated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareText(idOf[collated[mid] as number] as string, id) <= 0) lo = mid + 1;
    else hi = mid;
  }
  collated.splice(lo, 0, number);
  if (placeOf.length < idOf.length) placeOf = doubled(placeOf);
  for (let place = lo; place < collated.length; place++) placeOf[collated[place] as number] = place;
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

/** How many ids have numbers: every number is below it, so a table indexed by number can be sized by it. */
export function numberedConcepts(): number {
  return idOf.length;
}

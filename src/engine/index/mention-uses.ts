import type { ConceptMention } from "../parse/note-types";
import { collatedPlace, conceptNumber, knownConceptNumber, numberedConcepts } from "./concept-numbers";
import { doubled } from "../text/doubled-array";
import { MENTION_FIXED, MENTION_IN_LINK } from "./record-layout";

/**
 * A note's mentions folded into one use per concept: how many lines mention it, the lines
 * themselves (each with its flags), and whether the note links it. Uses come most mentioned
 * first, ties in the collator's order of their ids; a use's lines keep the order of its
 * mentions. A brand named in a compound (도커 of 도커 이미지) counts for the brand too, as a
 * mention never linked to the brand alone.
 *
 * Folded in typed arrays this module keeps from note to note (the index makes one record at a
 * time): a map of use objects, each with two growing arrays, was a fifth of what making the
 * records of a vault allocated.
 */
export class MentionUses {
  /** Uses, in their order: concept number, line count, linked (1) or not. */
  count = 0;
  numbers = new Int32Array(64);
  lineCounts = new Int32Array(64);
  linked = new Uint8Array(64);
  /** Every use's lines, one after another in the uses' order: `line * 4 + flags`. */
  lines = new Float64Array(256);
  lineTotal = 0;

  /** Where each concept number's use is while a note is folded (-1: none), reset after it. */
  private slotOf = new Int32Array(0);
  /** Per mention (and per brand it names), in text order: its use's slot and its `line * 4 + flags`. */
  private mentionSlots = new Int32Array(256);
  /** Scratch for `order`: four rows of `count`. */
  private sorted = new Int32Array(256);

  fold(mentions: readonly ConceptMention[], linkedConcept: (target: string) => string | undefined, targets: readonly { target: string }[]): void {
    if (this.slotOf.length < numberedConcepts()) this.slotOf = grownSlots(this.slotOf, numberedConcepts());
    this.count = 0;
    this.lineTotal = 0;
    for (const mention of mentions) {
      const line = mention.line * 4;
      if (mention.brand) this.note(mention.brand.conceptId, line + (mention.inLink ? MENTION_IN_LINK : MENTION_FIXED));
      this.note(mention.conceptId, line + (mention.inLink ? MENTION_IN_LINK : !mention.linkable ? MENTION_FIXED : 0));
    }
    for (const { target } of targets) {
      const id = linkedConcept(target);
      const number = id === undefined ? -1 : knownConceptNumber(id);
      const slot = number === -1 ? -1 : (this.slotOf[number] as number);
      if (slot !== -1) this.linked[slot] = 1;
    }
    this.order();
  }

  private note(conceptId: string, lineAndFlags: number): void {
    const number = conceptNumber(conceptId);
    if (number >= this.slotOf.length) this.slotOf = grownSlots(this.slotOf, number);
    let slot = this.slotOf[number] as number;
    if (slot === -1) {
      slot = this.count++;
      if (slot === this.numbers.length) this.growUses();
      this.slotOf[number] = slot;
      this.numbers[slot] = number;
      this.lineCounts[slot] = 0;
      this.linked[slot] = 0;
    }
    this.lineCounts[slot] = (this.lineCounts[slot] as number) + 1;
    const at = this.lineTotal++;
    if (2 * at + 1 >= this.mentionSlots.length) this.mentionSlots = doubled(this.mentionSlots);
    this.mentionSlots[2 * at] = slot;
    this.mentionSlots[2 * at + 1] = lineAndFlags;
  }

  /** Sorts the uses, lays their lines out one use after another, and clears the slots. */
  private order(): void {
    const { numbers, lineCounts, linked, count } = this;
    const slots: number[] = [];
    for (let slot = 0; slot < count; slot++) slots.push(slot);
    slots.sort((a, b) => (lineCounts[b] as number) - (lineCounts[a] as number) || collatedPlace(numbers[a] as number) - collatedPlace(numbers[b] as number));
    // Each slot's uses move to their sorted place through the scratch row: where its lines start,
    // then its number, count and link in the sorted order.
    if (this.sorted.length < 4 * count) this.sorted = new Int32Array(8 * count);
    const sorted = this.sorted;
    let start = 0;
    for (let k = 0; k < count; k++) {
      const slot = slots[k] as number;
      sorted[slot] = start;
      start += lineCounts[slot] as number;
      sorted[count + k] = numbers[slot] as number;
      sorted[2 * count + k] = lineCounts[slot] as number;
      sorted[3 * count + k] = linked[slot] as number;
    }
    if (this.lines.length < this.lineTotal) this.lines = new Float64Array(2 * this.lineTotal);
    for (let at = 0; at < this.lineTotal; at++) {
      const slot = this.mentionSlots[2 * at] as number;
      const to = sorted[slot] as number;
      sorted[slot] = to + 1;
      this.lines[to] = this.mentionSlots[2 * at + 1] as number;
    }
    for (let k = 0; k < count; k++) {
      numbers[k] = sorted[count + k] as number;
      lineCounts[k] = sorted[2 * count + k] as number;
      linked[k] = sorted[3 * count + k] as number;
      this.slotOf[numbers[k] as number] = -1;
    }
  }

  private growUses(): void {
    this.numbers = doubled(this.numbers);
    this.lineCounts = doubled(this.lineCounts);
    this.linked = doubled(this.linked);
  }
}

function grownSlots(slots: Int32Array, number: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(2 * (number + 1)).fill(-1);
  grown.set(slots);
  return grown;
}

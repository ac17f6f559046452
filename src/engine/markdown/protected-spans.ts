/**
 * What of a note is prose, and what is not: the one answer the parser (which mentions count),
 * the linker (where a link may be written), the editor's hints (what is underlined) and the
 * badges all read, so they can never disagree.
 *
 * Every span carries two facts:
 * - `read`: its text is read as prose, so concept mentions in it count;
 * - `link`: a mention in it may be turned into a link.
 * Text in no span is prose that may be linked.
 */

export type SpanKind =
  // Never read, never linked.
  | "frontmatter"
  /** Fenced and indented code blocks, inline code of any backtick run. */
  | "code"
  /** `$…$`, `$$…$$`, inline and block. */
  | "math"
  /** HTML tags (attributes included), raw HTML blocks (`<pre>`, `<script>`, `<style>`, `<textarea>`, `<?…?>`, `<!…>`). */
  | "html"
  /** `%%…%%` and `<!-- … -->`. */
  | "comment"
  /** The parts of a link that are not its text: brackets, wikilink targets, `#heading`, `(url)`, reference labels. */
  | "link-target"
  | "embed"
  /** `[^label]` and the label of a footnote definition. */
  | "footnote"
  /** A reference definition line: `[label]: url "title"`. */
  | "reference"
  /** `[!type]` (and its fold sign) at the head of a callout. */
  | "callout-type"
  /** URLs with or without a scheme (`https://…`, `www.…`, `docs.docker.com/x`). */
  | "url"
  /** A character after a backslash. */
  | "escape"
  /** File paths written with backslashes (`C:\ProgramData\Docker`). */
  | "path"
  | "tag"
  // Read, never linked.
  /** ATX and setext headings: a link there breaks `[[note#heading]]` anchors. */
  | "heading"
  | "callout-title"
  /** Wikilink display text, markdown and reference link text, bracketed text. */
  | "link-text"
  /** The text of an HTML block (`<div>…`, `<details>…`): markdown is not read there, so a link would show as written. */
  | "html-text";

export interface SpanRule {
  read: boolean;
  link: boolean;
}

const NEVER: SpanRule = { read: false, link: false };
const READ_ONLY: SpanRule = { read: true, link: false };

export const SPAN_RULES: Readonly<Record<SpanKind, SpanRule>> = {
  frontmatter: NEVER,
  code: NEVER,
  math: NEVER,
  html: NEVER,
  comment: NEVER,
  "link-target": NEVER,
  embed: NEVER,
  footnote: NEVER,
  reference: NEVER,
  "callout-type": NEVER,
  url: NEVER,
  escape: NEVER,
  path: NEVER,
  tag: NEVER,
  heading: READ_ONLY,
  "callout-title": READ_ONLY,
  "link-text": READ_ONLY,
  "html-text": READ_ONLY,
};

/** One protected span, in offsets of the text it was read from. */
export interface ProtectedSpan {
  from: number;
  to: number;
  kind: SpanKind;
}

/**
 * Collects spans while a note is read, in any order and overlapping, as flat number arrays
 * (a note may have tens of thousands); `finish` makes them the sorted, disjoint list.
 */
export class SpanCollector {
  private readonly unread: number[] = []; // from, to, kind code …
  private readonly readOnly: number[] = [];
  private unreadMark = 0;
  private readOnlyMark = 0;

  /**
   * Marks the end of one stretch of spans added in reading order (the whole-line spans, before
   * the inline scan adds its own): `finish` sorts each stretch and merges the two, where one sort
   * of both took a comparator call per comparison.
   */
  endStretch(): void {
    this.unreadMark = this.unread.length;
    this.readOnlyMark = this.readOnly.length;
  }

  add(from: number, to: number, kind: SpanKind): void {
    if (to <= from) return;
    const code = KIND_CODE[kind];
    (READ_BY_CODE[code] === 1 ? this.readOnly : this.unread).push(from, to, code);
  }

  /**
   * The spans, sorted and disjoint, and the unread ones as `from, to` pairs (what the prose
   * blanks): both from one sort of the unread spans, which a note may have thousands of.
   */
  finish(): { spans: ProtectedSpans; unread: number[] } {
    const merged = disjoint(this.unread, this.unreadMark);
    const unread: number[] = new Array<number>((merged.length / 3) * 2);
    for (let k = 0, p = 0; k < merged.length; k += 3, p += 2) {
      unread[p] = merged[k] as number;
      unread[p + 1] = merged[k + 1] as number;
    }
    return { spans: new ProtectedSpans(overlay(merged, disjoint(this.readOnly, this.readOnlyMark))), unread };
  }
}

/** The protected spans of one text: sorted, disjoint, each of one kind. */
export class ProtectedSpans {
  /** from, to, kind code, … */
  private readonly flat: readonly number[];

  constructor(flat: readonly number[]) {
    this.flat = flat;
  }

  get size(): number {
    return this.flat.length / 3;
  }

  list(): ProtectedSpan[] {
    const out: ProtectedSpan[] = [];
    for (let k = 0; k < this.flat.length; k += 3) out.push({ from: this.flat[k] as number, to: this.flat[k + 1] as number, kind: KINDS[this.flat[k + 2] as number] as SpanKind });
    return out;
  }

  /** The spans of the given kinds, in order. */
  ofKinds(kinds: ReadonlySet<SpanKind>): ProtectedSpan[] {
    const out: ProtectedSpan[] = [];
    for (let k = 0; k < this.flat.length; k += 3) {
      const kind = KINDS[this.flat[k + 2] as number] as SpanKind;
      if (kinds.has(kind)) out.push({ from: this.flat[k] as number, to: this.flat[k + 1] as number, kind });
    }
    return out;
  }

  /** The kind of span holding `offset`, or `prose` when none does. */
  kindAt(offset: number): SpanKind | "prose" {
    let lo = 0;
    let hi = this.flat.length / 3 - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.flat[mid * 3 + 1] as number) <= offset) lo = mid + 1;
      else if ((this.flat[mid * 3] as number) > offset) hi = mid - 1;
      else return KINDS[this.flat[mid * 3 + 2] as number] as SpanKind;
    }
    return "prose";
  }

  /**
   * Answers "may `[from, to)` be linked?" for ranges asked in increasing order of `from`, in time
   * linear in the spans and the asks together.
   */
  linkableCursor(): (from: number, to: number) => boolean {
    const flat = this.flat;
    let k = 0;
    return (from, to) => {
      while (k < flat.length && (flat[k + 1] as number) <= from) k += 3;
      // The first span ending after `from`: the range is linkable if that span starts at or after `to`.
      return k >= flat.length || (flat[k] as number) >= to;
    };
  }
}

const KINDS = Object.keys(SPAN_RULES) as SpanKind[];
const KIND_CODE = Object.fromEntries(KINDS.map((kind, code) => [kind, code])) as Record<SpanKind, number>;
/** `SPAN_RULES[kind].read` by kind code: `add` runs for every span of the vault, and this spares it a second lookup by name. */
const READ_BY_CODE = Uint8Array.from(KINDS, (kind) => (SPAN_RULES[kind].read ? 1 : 0));

/**
 * Triples sorted by start and made disjoint: where two overlap, the one that starts first keeps
 * its kind and grows to cover both (nested spans of one layer say the same thing twice).
 */
function disjoint(triples: readonly number[], mark: number): number[] {
  if (triples.length === 0) return [];
  const count = startOrder(triples, mark);
  const order = orderScratch.merged;
  const out: number[] = [];
  for (let o = 0; o < count; o++) {
    const k = order[o] as number;
    const from = triples[k] as number;
    const to = triples[k + 1] as number;
    const last = out.length - 3;
    if (last >= 0 && from < (out[last + 1] as number)) {
      if (to > (out[last + 1] as number)) out[last + 1] = to;
      continue;
    }
    out.push(from, to, triples[k + 2] as number);
  }
  return out;
}

/**
 * Offsets of triples in order, kept from call to call (every note's spans are put in order):
 * each stretch's, and the two merged. Arrays of offsets made anew for each note were most of
 * what ordering the spans of a vault allocated.
 */
const orderScratch = { first: new Int32Array(256), second: new Int32Array(256), merged: new Int32Array(256) };

/**
 * The offsets of the triples (in `orderScratch.merged`; returns how many), by start and, for
 * equal starts, in the order added. The triples before `mark` and those after are each nearly
 * sorted (a link's closing bracket is added before the spans inside its text): each stretch is
 * put in order by insertion, and the two merged. A stretch out of order by more than a few
 * moves per span is sorted the slow way instead, so no note costs more than one sort.
 */
function startOrder(triples: readonly number[], mark: number): number {
  const total = triples.length / 3;
  if (orderScratch.merged.length < total) {
    orderScratch.first = new Int32Array(2 * total);
    orderScratch.second = new Int32Array(2 * total);
    orderScratch.merged = new Int32Array(2 * total);
  }
  const { first, second, merged } = orderScratch;
  const firstCount = insertionOrder(triples, 0, mark, first);
  const secondCount = firstCount === -1 ? -1 : insertionOrder(triples, mark, triples.length, second);
  if (firstCount === -1 || secondCount === -1) {
    const order: number[] = [];
    for (let k = 0; k < triples.length; k += 3) order.push(k);
    order.sort((a, b) => (triples[a] as number) - (triples[b] as number) || a - b);
    merged.set(order);
    return order.length;
  }
  let a = 0;
  let b = 0;
  let o = 0;
  while (a < firstCount || b < secondCount) {
    // On equal starts the first stretch's triple goes first: it was added first.
    if (b >= secondCount || (a < firstCount && (triples[first[a] as number] as number) <= (triples[second[b] as number] as number))) merged[o++] = first[a++] as number;
    else merged[o++] = second[b++] as number;
  }
  return o;
}

/** The triples from `from` to `to` in order of start, by insertion, into `order`: how many, or -1 when that takes too many moves. */
function insertionOrder(triples: readonly number[], from: number, to: number, order: Int32Array): number {
  let count = 0;
  let budget = to - from + 64; // three moves per span, and a few
  for (let k = from; k < to; k += 3) {
    const start = triples[k] as number;
    let p = count++;
    while (p > 0 && (triples[order[p - 1] as number] as number) > start) {
      if (--budget < 0) return -1;
      order[p] = order[p - 1] as number;
      p--;
    }
    order[p] = k;
  }
  return count;
}

/** The read-only spans with the unread ones laid over them: unread spans stay whole, read-only ones are cut around them. */
function overlay(unread: readonly number[], readOnly: readonly number[]): number[] {
  const pieces: number[] = [];
  let j = 0;
  for (let r = 0; r < readOnly.length; r += 3) {
    let from = readOnly[r] as number;
    const to = readOnly[r + 1] as number;
    const kind = readOnly[r + 2] as number;
    while (j < unread.length && (unread[j + 1] as number) <= from) j += 3;
    for (let k = j; from < to; k += 3) {
      if (k < unread.length && (unread[k] as number) < to) {
        if ((unread[k] as number) > from) pieces.push(from, unread[k] as number, kind);
        from = Math.max(from, unread[k + 1] as number);
      } else {
        pieces.push(from, to, kind);
        from = to;
      }
    }
  }
  // Two sorted lists of spans that do not overlap each other: merged by start.
  const out: number[] = [];
  let a = 0;
  let b = 0;
  while (a < unread.length || b < pieces.length) {
    const takeUnread = b >= pieces.length || (a < unread.length && (unread[a] as number) < (pieces[b] as number));
    const list = takeUnread ? unread : pieces;
    const at = takeUnread ? a : b;
    out.push(list[at] as number, list[at + 1] as number, list[at + 2] as number);
    if (takeUnread) a += 3;
    else b += 3;
  }
  return out;
}

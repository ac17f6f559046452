import { detached } from "../text/detached-string";
import { doubled } from "../text/doubled-array";

/**
 * The two stores a record packs its contents into: a list of small non-negative integers
 * (lines, counts, concept numbers, offsets) and one string holding every text it keeps
 * (headings, questions …), each named by its offset and length in it. Ten thousand records are
 * then a few ten thousand objects, not a million.
 *
 * The integers are packed into a string too, one UTF-16 unit each when every one of them fits
 * in 16 bits (almost every note), two otherwise; the first unit says which. A string costs
 * no more than its units (a typed array costs two objects and a buffer besides), survives JSON
 * and structured cloning as it is, and `charCodeAt` reads it as fast as an array.
 */
export const NARROW = 0;
export const WIDE = 1;

export class ColumnWriter {
  private values = new Float64Array(1024);
  private size = 0;
  private max = 0;

  get length(): number {
    return this.size;
  }

  /** Empties it for another record, keeping its room: a writer can serve record after record. */
  reset(): void {
    this.size = 0;
    this.max = 0;
  }

  push(value: number): void {
    if (this.size === this.values.length) this.values = doubled(this.values);
    this.values[this.size++] = value;
    if (value > this.max) this.max = value;
  }

  finish(): string {
    return packColumns(this.values.subarray(0, this.size), this.max);
  }
}

export function packColumns(values: ArrayLike<number>, max = largest(values)): string {
  const wide = max > 0xffff;
  const units = new Uint16Array(1 + values.length * (wide ? 2 : 1));
  units[0] = wide ? WIDE : NARROW;
  if (wide) {
    for (let i = 0; i < values.length; i++) {
      units[1 + 2 * i] = Math.floor((values[i] as number) / 0x10000);
      units[2 + 2 * i] = (values[i] as number) & 0xffff;
    }
  } else {
    units.set(values, 1);
  }
  let out = "";
  // In pieces: `fromCharCode.apply` takes as many arguments as the engine allows, no more.
  for (let at = 0; at < units.length; at += 8192) out += String.fromCharCode.apply(null, units.subarray(at, at + 8192) as unknown as number[]);
  return out;
}

function largest(values: ArrayLike<number>): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) > max) max = values[i] as number;
  return max;
}

export function unpackColumns(packed: string): number[] {
  const wide = packed.charCodeAt(0) === WIDE;
  const count = wide ? (packed.length - 1) / 2 : packed.length - 1;
  const out = new Array<number>(count);
  for (let i = 0; i < count; i++) out[i] = wide ? packed.charCodeAt(1 + 2 * i) * 0x10000 + packed.charCodeAt(2 + 2 * i) : packed.charCodeAt(1 + i);
  return out;
}

export class TextWriter {
  private readonly parts: string[] = [];
  private size = 0;

  /** Adds a text; returns where it starts (its length is the caller's to keep). */
  add(text: string): number {
    const at = this.size;
    if (text.length > 0) {
      this.parts.push(text);
      this.size += text.length;
    }
    return at;
  }

  /** One string of its own, holding no part of the note's text it was cut from. */
  finish(): string {
    // A join of several parts is a new string; a single part may be a slice of the note.
    return this.parts.length === 0 ? "" : this.parts.length === 1 ? detached(this.parts[0] as string) : this.parts.join("");
  }
}

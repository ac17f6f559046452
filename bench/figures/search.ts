import { modulePath, TermSearch } from "bench:term-search";
import { assemble, disassemble } from "es-hangul";
import { ConceptSet } from "../../src/engine/concepts/concept-set";
import type { VaultIndex } from "../../src/engine/index/vault-index";
import { ratioOf, type FigureContext, type FigureRow } from "../figure";
import { median, percentile, timed } from "../stats";

/**
 * Term search latency per keystroke: ten typical queries typed one key at a time, Korean as an
 * IME composes it (ㄷ, 도, 돜, 도커), and the search run on every intermediate string. The
 * reference is a plain substring filter over every concept alias and note title, run on the same
 * keystrokes: what a search without precomputed keys costs at least.
 */

interface TermSearchLike {
  search(query: string, limit?: number): unknown;
  /** Builds what keystrokes read (compared forms, exact-line map, typo index) ahead of the first one (lazy searches only). */
  prepare?(shouldStop?: () => boolean): boolean;
  readonly size?: number;
}

interface TermSearchClass {
  fromIndex(index: VaultIndex): TermSearchLike;
}

export const TYPICAL_QUERIES = [
  "도커", // Korean
  "쿠버네티스",
  "컨테이너 오케스트레이션",
  "ㄷㅋ", // initial consonants (초성) of 도커
  "ㅋㅂㄴㅌㅅ",
  "kubernets", // typos
  "dokcer",
  "쿠버네티", // unfinished
  "github actions",
  "docker compose",
] as const;

export function searchModule(): TermSearchClass | undefined {
  const candidate = TermSearch as Partial<TermSearchClass> | undefined;
  return typeof candidate?.fromIndex === "function" ? (candidate as TermSearchClass) : undefined;
}

/** The strings a search box holds after each key, as a Korean IME composes them. */
export function keystrokes(query: string): string[] {
  const out: string[] = [];
  let done = "";
  for (const word of query.split(/(\s+)/)) {
    if (/^\s+$/.test(word)) {
      done += word;
      out.push(done);
      continue;
    }
    const jamo = [...disassemble(word)];
    const hangul = /[\u3131-\u318e\uac00-\ud7a3]/.test(word) && !/^[\u3131-\u314e]+$/.test(word);
    for (let k = 1; k <= jamo.length; k++) out.push(done + (hangul ? assemble(jamo.slice(0, k)) : jamo.slice(0, k).join("")));
    done += word;
  }
  return out;
}

export function measureSearch(context: FigureContext): FigureRow[] {
  const notes = context.vault.notes;
  const module = searchModule();
  if (!module) {
    return [{ notes, figure: "term search per keystroke", value: Number.NaN, unit: "ms", detail: "search: not built yet (no TermSearch in src/engine/search/)" }];
  }
  // The build as the plugin runs it (forms made on first use or in slices), and the build that
  // makes everything up front (every form, the exact-line map, the typo index), as the search did
  // before it was lazy: both on this index, now. Keystrokes are then measured on a prepared search,
  // as the plugin's slices leave it; the first keystroke on a search not prepared is its own row.
  const builds: number[] = [];
  const eagerBuilds: number[] = [];
  const slices: number[] = [];
  const firstKeystrokes: number[] = [];
  const rounds = context.vault.notes >= 100_000 ? 1 : 3;
  for (let round = 0; round < rounds; round++) {
    builds.push(timed(() => module.fromIndex(context.index)).ms);
    eagerBuilds.push(timed(() => module.fromIndex(context.index).prepare?.()).ms);
    const sliced = module.fromIndex(context.index);
    // Every slice until prepare says it is done: one call stops after its first 8 ms.
    const deadline = sliceDeadline();
    slices.push(timed(() => { while (sliced.prepare?.(deadline) === false); }).ms);
    const cold = module.fromIndex(context.index);
    firstKeystrokes.push(timed(() => cold.search("도커", 20)).ms);
  }
  const search = module.fromIndex(context.index);
  search.prepare?.();
  const typed = TYPICAL_QUERIES.flatMap(keystrokes);
  for (const query of typed.slice(0, 20)) search.search(query, 20); // warm-up
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const query of typed) times.push(timed(() => search.search(query, 20)).ms);
  }
  const naive = naiveFilter(context.index);
  const naiveTimes = typed.map((query) => timed(() => naive(query)).ms);

  const judged = notes === context.targetSize;
  const p95 = percentile(times, 95);
  const rows: FigureRow[] = [
    {
      notes,
      figure: "term search per keystroke (median)",
      value: median(times),
      unit: "ms",
      reference: { label: "substring filter", value: median(naiveTimes), unit: "ms" },
      detail: `${typed.length} keystrokes of ${TYPICAL_QUERIES.length} queries × 3; ${modulePath}`,
    },
    {
      notes,
      figure: "term search per keystroke (p95)",
      value: p95,
      unit: "ms",
      reference: { label: "substring filter", value: percentile(naiveTimes, 95), unit: "ms" },
      ...(judged ? { target: { text: "≤ 10 ms", pass: p95 <= 10 } } : {}),
    },
    {
      notes,
      figure: "term search build",
      value: median(builds),
      unit: "ms",
      reference: { label: "everything built up front", value: median(eagerBuilds), unit: "ms", note: "keys, exact lines, typo index: the former eager build" },
      detail: `TermSearch.fromIndex, ${search.size ?? "?"} items; keys on first use or in slices; median of ${rounds}`,
      ...(notes === context.targetSize ? { target: { text: "≤ 150 ms", pass: median(builds) <= 150 } } : notes >= 100_000 ? { target: { text: "≤ 2 s", pass: median(builds) <= 2000 } } : {}),
    },
    { notes, figure: "term search keys, in 8 ms slices (total)", value: median(slices), unit: "ms", detail: "TermSearch.prepare between frames (keys, exact lines, typo index): off the keystroke's path" },
    { notes, figure: "term search first keystroke, keys not built", value: median(firstKeystrokes), unit: "ms", detail: "`도커` on a search not prepared: what a keystroke costs before the slices finish" },
  ];
  for (const row of rows) {
    const ratio = ratioOf(row.value, row.reference?.value);
    if (ratio !== undefined) row.ratio = ratio;
  }
  return rows;
}

/** A deadline 8 ms from each call's start, as the plugin's slices are. */
function sliceDeadline(): () => boolean {
  let start = performance.now();
  return () => {
    const over = performance.now() - start > 8;
    if (over) start = performance.now();
    return over;
  };
}

function naiveFilter(index: VaultIndex): (query: string) => string[] {
  const items: string[] = [];
  for (const concept of index.concepts.concepts) items.push(...ConceptSet.aliasesOf(concept));
  for (const note of index.notes()) items.push(note.title);
  return (query) => {
    const wanted = query.toLowerCase();
    const out: string[] = [];
    for (const item of items) if (item.toLowerCase().includes(wanted)) out.push(item);
    return out.slice(0, 20);
  };
}

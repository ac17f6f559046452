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
  const built = timed(() => module.fromIndex(context.index));
  const search = built.result;
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
    { notes, figure: "term search index build", value: built.ms, unit: "ms", detail: "TermSearch.fromIndex" },
  ];
  for (const row of rows) {
    const ratio = ratioOf(row.value, row.reference?.value);
    if (ratio !== undefined) row.ratio = ratio;
  }
  return rows;
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

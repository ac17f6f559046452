import { ratioOf, type FigureRow } from "../figure";
import { collectGarbage } from "../stats";

/** Memory held, in bytes: the JavaScript heap, and the buffers of typed arrays (kept outside it). */
export interface Retained {
  heap: number;
  buffers: number;
}

/**
 * Memory held by what `build` returns: heap used after a full collection, minus heap used
 * before it, plus the same for typed-array buffers (the matcher's tables live there, and a
 * packed index would too). `build` must let go of everything else it read (the note texts above
 * all), so that what stays is what the plugin keeps in memory between edits.
 */
export function heapRetainedBy<T>(build: () => T): { result: T; retained: Retained } {
  collectGarbage();
  const before = process.memoryUsage();
  const result = build();
  collectGarbage();
  const after = process.memoryUsage();
  return { result, retained: { heap: after.heapUsed - before.heapUsed, buffers: after.arrayBuffers - before.arrayBuffers } };
}

/** What the index may hold at the size the targets are judged at (10k notes). */
const HEAP_TARGET_MB = 45;

export function heapRow(notes: number, retained: Retained, vaultBytes: number, judged: boolean): FigureRow {
  const mb = (retained.heap + retained.buffers) / 1048576;
  const vaultMb = vaultBytes / 1048576;
  const row: FigureRow = {
    notes,
    figure: "heap of the index",
    value: mb,
    unit: "MB",
    reference: { label: "vault size on disk", value: vaultMb, unit: "MB" },
    detail: `after gc, texts released: heapUsed ${(retained.heap / 1048576).toFixed(1)} MB + typed-array buffers ${(retained.buffers / 1048576).toFixed(1)} MB`,
  };
  const ratio = ratioOf(mb, vaultMb);
  if (ratio !== undefined) row.ratio = ratio;
  if (judged) row.target = { text: `≤ ${HEAP_TARGET_MB} MB`, pass: mb <= HEAP_TARGET_MB };
  return row;
}

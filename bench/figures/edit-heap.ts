import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FigureContext, FigureRow } from "../figure";
import { collectGarbage } from "../stats";

const EDITS = 10_000;

/**
 * The heap after 10,000 edits of one note, against the heap before them: what an afternoon of
 * typing does to a long-running Obsidian. Each edit is an upsert of a slightly different text
 * (as the plugin does after a debounced `modify`), so gray-matter's input cache, per-edit
 * allocations or a leak in the inverse maps would show as growth. The note is put back as it was
 * at the end of each round, so the index compared is the same.
 *
 * The first round pays once for what a process keeps after its first edits (compiled code, hash
 * tables grown for the edits' tags and never shrunk: about 2.5 MB here); a leak would grow again
 * in the second, which is the figure. The first round is its reference.
 */
export function measureEditHeap(context: FigureContext): FigureRow[] {
  const { index, vault } = context;
  const path = index.paths().find((p) => (index.note(p)?.questions.length ?? 0) > 0) ?? index.paths()[0];
  if (path === undefined) return [];
  const original = readFileSync(join(vault.dir, path), "utf8");
  const round = (): number => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    for (let edit = 1; edit <= EDITS; edit++) {
      // A new question and a frontmatter change: new strings for the parser and gray-matter each time.
      index.upsert(path, `---\ntags: [edit-${edit % 97}]\n---\n${original}\nQ. 편집 ${edit}번째: 도커는 왜 ${edit % 13}번 재시작했지?\n`);
    }
    index.upsert(path, original);
    collectGarbage();
    return (process.memoryUsage().heapUsed - before) / 1048576;
  };
  const first = round();
  const growth = round();
  const row: FigureRow = {
    notes: context.vault.notes,
    figure: `heap growth over ${EDITS.toLocaleString("en")} more edits of one note`,
    value: growth,
    unit: "MB",
    reference: { label: `first ${EDITS.toLocaleString("en")} edits`, value: first, unit: "MB" },
    detail: `${path}, ${(original.length / 1024).toFixed(1)} K characters; heapUsed after gc, around each round`,
  };
  if (context.vault.notes === context.targetSize) row.target = { text: "flat (< 1 MB)", pass: growth < 1 };
  return [row];
}

import type { SetAsideMark } from "./set-aside-schedule";

/**
 * The set-aside marks of a vault, by note path, kept in line with the vault and with other
 * devices: marks follow their note when it is renamed, two devices' marks are merged mark by
 * mark, and marks of notes that are gone are pruned. Each returns a new record, or the one
 * given when nothing changed.
 */
export type SetAsideMarks = Readonly<Record<string, SetAsideMark>>;

/** Moves the mark of a renamed note, or the marks of every note under a renamed folder. */
export function renameSetAside(marks: SetAsideMarks, from: string, to: string): SetAsideMarks {
  let out: Record<string, SetAsideMark> | undefined;
  for (const [path, mark] of Object.entries(marks)) {
    const moved = path === from ? to : path.startsWith(from + "/") ? to + path.slice(from.length) : undefined;
    if (moved === undefined) continue;
    out ??= { ...marks };
    delete out[path];
    out[moved] = newer(out[moved], mark);
  }
  return out ?? marks;
}

/** Both devices' marks: per note, the one set aside last. */
export function mergeSetAside(ours: SetAsideMarks, theirs: SetAsideMarks): SetAsideMarks {
  const out: Record<string, SetAsideMark> = { ...ours };
  for (const [path, mark] of Object.entries(theirs)) out[path] = newer(out[path], mark);
  return out;
}

/** Drops the marks of notes that are no longer in the vault. */
export function pruneSetAside(marks: SetAsideMarks, exists: (path: string) => boolean): SetAsideMarks {
  const gone = Object.keys(marks).filter((path) => !exists(path));
  if (gone.length === 0) return marks;
  const out = { ...marks };
  for (const path of gone) delete out[path];
  return out;
}

function newer(a: SetAsideMark | undefined, b: SetAsideMark): SetAsideMark {
  if (!a) return b;
  return b.setAsideAt > a.setAsideAt || (b.setAsideAt === a.setAsideAt && b.count > a.count) ? b : a;
}

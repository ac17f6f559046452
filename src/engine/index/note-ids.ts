import type { NoteRecord } from "./note-record";

/**
 * The index's notes by path and by a small integer id, so that its tables (concept postings,
 * link sources, questions by concept) hold numbers, not paths. An id freed by a removed note is
 * given to the next new one: ids stay below the number of notes the vault has had at once.
 */
export class NoteIds {
  private readonly byPath = new Map<string, number>();
  private readonly records: Array<NoteRecord | undefined> = [];
  private readonly pathById: Array<string | undefined> = [];
  private readonly free: number[] = [];

  get size(): number {
    return this.byPath.size;
  }

  idOf(path: string): number | undefined {
    return this.byPath.get(path);
  }

  record(path: string): NoteRecord | undefined {
    const id = this.byPath.get(path);
    return id === undefined ? undefined : this.records[id];
  }

  recordOf(id: number): NoteRecord | undefined {
    return this.records[id];
  }

  pathOf(id: number): string {
    const path = this.pathById[id];
    if (path === undefined) throw new Error(`no note has id ${id}`);
    return path;
  }

  has(path: string): boolean {
    return this.byPath.has(path);
  }

  /** Puts a record under its path; returns its note's id (kept when the path already had one). */
  set(record: NoteRecord): number {
    let id = this.byPath.get(record.path);
    if (id === undefined) {
      id = this.free.pop() ?? this.records.length;
      this.byPath.set(record.path, id);
      this.pathById[id] = record.path;
    }
    this.records[id] = record;
    return id;
  }

  delete(path: string): void {
    const id = this.byPath.get(path);
    if (id === undefined) return;
    this.byPath.delete(path);
    this.records[id] = undefined;
    this.pathById[id] = undefined;
    this.free.push(id);
  }

  paths(): IterableIterator<string> {
    return this.byPath.keys();
  }

  values(): Generator<NoteRecord> {
    return this.recordsInOrder();
  }

  /** One more than the highest id given: the length of an array indexed by note id. */
  get idLimit(): number {
    return this.records.length;
  }

  /** Calls `visit` with every record and its id, in order of id. */
  forEachWithId(visit: (record: NoteRecord, id: number) => void): void {
    for (let id = 0; id < this.records.length; id++) {
      const record = this.records[id];
      if (record !== undefined) visit(record, id);
    }
  }

  private *recordsInOrder(): Generator<NoteRecord> {
    for (const id of this.byPath.values()) yield this.records[id] as NoteRecord;
  }
}

/**
 * IndexedDB in memory, as far as the plugin's index store uses it (open with an upgrade, object
 * stores with a key path or out-of-line keys, get, getAll over a lower bound with a count, put,
 * delete, clear, transactions that complete). Every request answers in a task of its own and
 * every value is stored and read back as a structured clone, as in a browser, so what the store
 * keeps is a copy, never the index's own objects. The browser test runs the same store on
 * Chromium's real IndexedDB.
 */

type Key = string;

export class FakeIDBKeyRange {
  private constructor(
    readonly lower: Key,
    readonly lowerOpen: boolean,
  ) {}
  static lowerBound(lower: Key, open = false): FakeIDBKeyRange {
    return new FakeIDBKeyRange(lower, open);
  }
  includes(key: Key): boolean {
    return this.lowerOpen ? key > this.lower : key >= this.lower;
  }
}

interface StoreData {
  keyPath: string | undefined;
  rows: Map<Key, unknown>;
}

class FakeRequest<T = unknown> {
  result = undefined as T;
  error: Error | null = null;
  onsuccess: (() => void) | null = null;
  onerror: (() => void) | null = null;
}

class FakeOpenRequest extends FakeRequest<FakeIDBDatabase> {
  onupgradeneeded: (() => void) | null = null;
  onblocked: (() => void) | null = null;
}

const later = (run: () => void): void => void setTimeout(run, 0);

class FakeTransaction {
  oncomplete: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  error: Error | null = null;
  private pending = 0;
  private finished = false;

  constructor(
    private readonly db: FakeIDBDatabase,
    private readonly names: readonly string[],
    readonly mode: "readonly" | "readwrite",
  ) {
    later(() => this.maybeComplete());
  }

  objectStore(name: string): FakeObjectStore {
    if (!this.names.includes(name)) throw new Error(`NotFoundError: ${name} is not in this transaction`);
    return new FakeObjectStore(this, this.db.data(name));
  }

  /** Runs a request's work now (writes land in order) and answers it in a later task. */
  request<T>(work: () => T): FakeRequest<T> {
    if (this.finished) throw new Error("TransactionInactiveError");
    const request = new FakeRequest<T>();
    this.pending++;
    let result: T;
    try {
      result = work();
    } catch (error) {
      later(() => {
        this.pending--;
        request.error = error as Error;
        request.onerror?.();
        this.error = error as Error;
        this.finished = true;
        this.onerror?.();
      });
      return request;
    }
    later(() => {
      this.pending--;
      request.result = result;
      request.onsuccess?.();
      later(() => this.maybeComplete());
    });
    return request;
  }

  writable(): void {
    if (this.mode !== "readwrite") throw new Error("ReadOnlyError");
  }

  private maybeComplete(): void {
    if (this.finished || this.pending > 0) return;
    this.finished = true;
    this.oncomplete?.();
  }
}

class FakeObjectStore {
  constructor(
    private readonly transaction: FakeTransaction,
    private readonly store: StoreData,
  ) {}

  get(key: Key): FakeRequest {
    return this.transaction.request(() => structuredClone(this.store.rows.get(key)));
  }

  getAll(range?: FakeIDBKeyRange, count?: number): FakeRequest<unknown[]> {
    return this.transaction.request(() => {
      const keys = [...this.store.rows.keys()].filter((key) => !range || range.includes(key)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return keys.slice(0, count ?? keys.length).map((key) => structuredClone(this.store.rows.get(key)));
    });
  }

  put(value: unknown, key?: Key): FakeRequest<Key> {
    this.transaction.writable();
    return this.transaction.request(() => {
      const at = this.store.keyPath === undefined ? key : (value as Record<string, Key>)[this.store.keyPath];
      if (typeof at !== "string") throw new Error("DataError: no key");
      this.store.rows.set(at, structuredClone(value));
      return at;
    });
  }

  delete(key: Key): FakeRequest<undefined> {
    this.transaction.writable();
    return this.transaction.request(() => void this.store.rows.delete(key));
  }

  clear(): FakeRequest<undefined> {
    this.transaction.writable();
    return this.transaction.request(() => void this.store.rows.clear());
  }
}

class FakeIDBDatabase {
  version = 0;
  closed = false;
  readonly stores = new Map<string, StoreData>();
  constructor(readonly name: string) {}

  get objectStoreNames(): { contains(name: string): boolean } {
    return { contains: (name) => this.stores.has(name) };
  }

  createObjectStore(name: string, options: { keyPath?: string } = {}): void {
    this.stores.set(name, { keyPath: options.keyPath, rows: new Map() });
  }

  transaction(names: string | readonly string[], mode: "readonly" | "readwrite" = "readonly"): FakeTransaction {
    if (this.closed) throw new Error("InvalidStateError: the database connection is closing");
    return new FakeTransaction(this, typeof names === "string" ? [names] : names, mode);
  }

  data(name: string): StoreData {
    const store = this.stores.get(name);
    if (!store) throw new Error(`NotFoundError: no store ${name}`);
    return store;
  }

  close(): void {
    this.closed = true;
  }
}

/** The `indexedDB` factory. One per test: databases live as long as it does. */
export class FakeIndexedDB {
  private readonly databases = new Map<string, FakeIDBDatabase>();

  open(name: string, version = 1): FakeOpenRequest {
    const request = new FakeOpenRequest();
    later(() => {
      const stored = this.databases.get(name) ?? new FakeIDBDatabase(name);
      this.databases.set(name, stored);
      // Every connection sees the same stores; a closed one is not handed out again.
      const db = Object.assign(Object.create(FakeIDBDatabase.prototype) as FakeIDBDatabase, stored, { closed: false });
      request.result = db;
      if (version > stored.version) {
        request.onupgradeneeded?.();
        stored.version = db.version = version;
      }
      request.onsuccess?.();
    });
    return request;
  }

  /** Fake only: the databases that exist, by name. */
  names(): string[] {
    return [...this.databases.keys()];
  }

  /** Fake only: a store's rows, as stored. */
  rows(database: string, store: string): Map<Key, unknown> {
    return this.databases.get(database)?.stores.get(store)?.rows ?? new Map<Key, unknown>();
  }
}

/** What the store takes as its browser API, faked. */
export function fakeIndexedDbApi(factory = new FakeIndexedDB()): { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange; factory: FakeIndexedDB } {
  return { indexedDB: factory as unknown as IDBFactory, IDBKeyRange: FakeIDBKeyRange as unknown as typeof IDBKeyRange, factory };
}

/**
 * IndexedDB's requests as promises, as far as the index store uses them. What the store needs
 * of the browser is passed in (`IndexedDbApi`), so tests hand it a fake and the browser test
 * Chromium's own.
 */

export interface IndexedDbApi {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** The browser's IndexedDB, where there is one (Obsidian has it on every platform). */
export function browserIndexedDb(): IndexedDbApi | undefined {
  const scope = window as unknown as Partial<IndexedDbApi>;
  return scope.indexedDB && scope.IDBKeyRange ? { indexedDB: scope.indexedDB, IDBKeyRange: scope.IDBKeyRange } : undefined;
}

export function openDatabase(factory: IDBFactory, name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`IndexedDB ${name} could not be opened`));
    request.onblocked = () => reject(new Error(`IndexedDB ${name} is held open by an older version`));
  });
}

export function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });
}

/** Resolves once every write of the transaction is stored. */
export function committed(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error("IndexedDB transaction failed"));
    transaction.onabort = () => reject(transaction.error ?? new Error("IndexedDB transaction aborted"));
  });
}

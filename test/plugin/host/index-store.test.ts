// @vitest-environment happy-dom
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { App, MemoryStorage, TFile } from "../../fakes/obsidian";
import { fakeIndexedDbApi, FakeIndexedDB } from "../../fakes/indexeddb";
import { VaultIndex } from "../../../src/engine/index/vault-index";
import { INDEX_FORMAT_VERSION, type NoteRecord } from "../../../src/engine/index/note-record";
import { storedRecord } from "../../../src/engine/index/stored-record";
import { IndexedDbIndexStore, type FileStamp } from "../../../src/plugin/host/index-store";
import { indexConfig, storeName } from "../../../src/plugin/host/index-config";
import { moveLegacyCache } from "../../../src/plugin/host/legacy-index-cache";
import { readPluginData } from "../../../src/engine/plugin-data/plugin-data";
import manifest from "../../../manifest.json";
import { loadPlugin, restart, type Harness } from "../plugin-harness";

/**
 * The index kept across restarts in IndexedDB, one database per vault, out of the synced plugin
 * folder: what is saved comes back, a save writes only the notes that changed, other settings
 * or another record format are not used, and the old `index-cache.json` moves in and goes away.
 */

let harness: Harness | undefined;
afterEach(() => {
  harness?.dispose();
  harness = undefined;
});

const noYield = (): Promise<void> => Promise.resolve();

function records(texts: Record<string, string>): NoteRecord[] {
  return [...VaultIndex.build(Object.entries(texts)).notes()];
}

const stamp = (mtime: number): ((path: string) => FileStamp) => () => ({ mtime, size: 10 });

describe("the index store", () => {
  it("gives back what was saved, and writes again only the notes that changed", async () => {
    const api = fakeIndexedDbApi();
    const store = new IndexedDbIndexStore(api, "vault-a", noYield);
    const first = records({ "a.md": "도커", "b.md": "Q. 쿠버네티스?", "c.md": "[[a]]" });
    await store.save("key", first, stamp(1));
    const rows = api.factory.rows("vault-a", "notes");
    const stored = new Map(rows);
    expect([...rows.keys()].sort()).toEqual(["a.md", "b.md", "c.md"]);

    const [a, , c] = first as [NoteRecord, NoteRecord, NoteRecord];
    const edited = records({ "b.md": "Q. 쿠버네티스?\n-> 오케스트레이터" })[0] as NoteRecord;
    await store.save("key", [a, edited, c], stamp(1));
    expect(rows.get("a.md")).toBe(stored.get("a.md")); // not written again
    expect(rows.get("b.md")).not.toBe(stored.get("b.md"));
    await store.save("key", [a], stamp(1));
    expect([...rows.keys()]).toEqual(["a.md"]);

    const again = new IndexedDbIndexStore(api, "vault-a", noYield);
    const loaded = await again.load("key");
    expect([...loaded.keys()]).toEqual(["a.md"]);
    expect(loaded.get("a.md")).toEqual({ stamp: { mtime: 1, size: 10 }, record: storedRecord(a) });
  });

  it("keeps records as plain data, and writes nothing again for the records an index restored from it", async () => {
    const api = fakeIndexedDbApi();
    const saved = records({ "a.md": "도커와 [[쿠버네티스]]", "b.md": "Q. 포드맨은?\n-> 데몬이 없다", "c.md": "# 제목\n컨테이너" });
    await new IndexedDbIndexStore(api, "vault", noYield).save("key", saved, stamp(1));
    const rows = api.factory.rows("vault", "notes");
    const written = new Map(rows);
    // What IndexedDB holds survives a structured clone unchanged: strings and plain data only.
    for (const row of rows.values()) expect(structuredClone(row)).toEqual(row);

    const again = new IndexedDbIndexStore(api, "vault", noYield);
    const loaded = await again.load("key");
    const index = new VaultIndex();
    index.restore([...loaded.values()].map((entry) => entry.record));
    expect([...index.notes()].map((record) => storedRecord(record))).toEqual(saved.map((record) => storedRecord(record)));
    again.adopt(index.notes());
    await again.save("key", index.notes(), stamp(1));
    for (const [path, row] of rows) expect(row).toBe(written.get(path)); // not written again
  });

  it("reads in pages, so a large vault comes back whole", async () => {
    const api = fakeIndexedDbApi();
    const store = new IndexedDbIndexStore(api, "big", noYield);
    const texts = Object.fromEntries(Array.from({ length: 620 }, (_, i) => [`note ${String(i).padStart(3, "0")}.md`, `노트 ${i}`]));
    await store.save("key", records(texts), stamp(7));
    expect((await new IndexedDbIndexStore(api, "big", noYield).load("key")).size).toBe(620);
  });

  it("is not used under other settings or another record format, and is replaced by the next save", async () => {
    const api = fakeIndexedDbApi();
    const store = new IndexedDbIndexStore(api, "vault", noYield);
    await store.save("old settings", records({ "a.md": "도커", "b.md": "" }), stamp(1));
    expect((await store.load("new settings")).size).toBe(0);
    await store.save("new settings", records({ "c.md": "" }), stamp(1));
    expect([...api.factory.rows("vault", "notes").keys()]).toEqual(["c.md"]);
    api.factory.rows("vault", "meta").set("index", { format: INDEX_FORMAT_VERSION + 1, key: "new settings", notes: 1, bytes: 1 });
    expect((await new IndexedDbIndexStore(api, "vault", noYield).load("new settings")).size).toBe(0);
  });

  it("tells its size and can be cleared", async () => {
    const api = fakeIndexedDbApi();
    const store = new IndexedDbIndexStore(api, "vault", noYield);
    const saved = records({ "a.md": "도커 정리", "b.md": "Q. 왜?" });
    await store.save("key", saved, stamp(1));
    const bytes = saved.reduce((sum, r) => sum + JSON.stringify(r).length, 0);
    expect(await store.size()).toEqual({ notes: 2, bytes });
    expect(await new IndexedDbIndexStore(api, "vault", noYield).size()).toEqual({ notes: 2, bytes });
    await store.clear();
    expect(await store.size()).toEqual({ notes: 0, bytes: 0 });
    expect((await store.load("key")).size).toBe(0);
    await store.save("key", saved, stamp(1));
    expect(api.factory.rows("vault", "notes").size).toBe(2); // written whole again
  });

  it("is one database per vault, named by the vault's id", () => {
    const app = new App(new MemoryStorage({}));
    expect(storeName(app as never, "linked-devops-notes")).toBe("linked-devops-notes/index/fake-memory-vault");
    Object.assign(app, { appId: undefined });
    expect(storeName(app as never, "linked-devops-notes")).toBe("linked-devops-notes/index/fake vault");
  });
});

describe("the old index-cache.json", () => {
  const legacyPath = ".obsidian/plugins/linked-devops-notes/index-cache.json";

  it("moves into the store, then is deleted", async () => {
    const saved = records({ "a.md": "도커", "b.md": "" });
    const notes = Object.fromEntries(saved.map((record) => [record.path, { mtime: 5, size: 3, record }]));
    const storage = new MemoryStorage({ [legacyPath]: JSON.stringify({ format: INDEX_FORMAT_VERSION, key: "key", notes }) });
    const app = new App(storage);
    const store = new IndexedDbIndexStore(fakeIndexedDbApi(), "vault", noYield, moveLegacyCache(app.vault.adapter as never, legacyPath));
    const loaded = await store.load("key");
    expect([...loaded.values()]).toEqual(saved.map((record) => ({ stamp: { mtime: 5, size: 3 }, record: storedRecord(record) })));
    expect(storage.exists(legacyPath)).toBe(false);
  });

  it("is deleted when it cannot be read, and kept when the store cannot take it", async () => {
    const storage = new MemoryStorage({ [legacyPath]: "{ not json" });
    const app = new App(storage);
    await new IndexedDbIndexStore(fakeIndexedDbApi(), "vault", noYield, moveLegacyCache(app.vault.adapter as never, legacyPath)).load("key");
    expect(storage.exists(legacyPath)).toBe(false);

    storage.write(legacyPath, JSON.stringify({ format: INDEX_FORMAT_VERSION, key: "key", notes: {} }));
    const broken = { indexedDB: { open: () => { throw new Error("no IndexedDB here"); } } as unknown as IDBFactory, IDBKeyRange: fakeIndexedDbApi().IDBKeyRange };
    await expect(new IndexedDbIndexStore(broken, "vault", noYield, moveLegacyCache(app.vault.adapter as never, legacyPath)).load("key")).rejects.toThrow();
    expect(storage.exists(legacyPath)).toBe(true);
  });

  it("in the plugin: the first start after the update restores from it, leaves no file in the plugin folder, and keeps the index in IndexedDB", async () => {
    const first = await loadPlugin();
    harness = first;
    const { cacheKey } = indexConfig(readPluginData(undefined).data.settings, manifest.version);
    const notes = Object.fromEntries([...first.plugin.live.index.notes()].map((record) => {
      const file = first.app.vault.getAbstractFileByPath(record.path);
      if (!(file instanceof TFile)) throw new Error(`no ${record.path}`);
      return [record.path, { mtime: file.stat.mtime, size: file.stat.size, record }];
    }));
    first.indexedDB = new FakeIndexedDB(); // a device that never ran the IndexedDB version
    Object.assign(window, { indexedDB: first.indexedDB });
    const legacy = join(first.root, legacyPath);
    mkdirSync(dirname(legacy), { recursive: true });
    writeFileSync(legacy, JSON.stringify({ format: INDEX_FORMAT_VERSION, key: cacheKey, notes }));
    const second = await restart(first);
    harness = second;
    expect(second.plugin.live.lastBuild).toEqual({ restored: 15, read: 0 });
    await second.plugin.live.saveStoreNow();
    expect(existsSync(legacy)).toBe(false);
    expect(readdirSync(dirname(legacy))).toEqual([]);
    expect(first.indexedDB.names()).toEqual([`linked-devops-notes/index/${second.app.appId}`]);
    expect(first.indexedDB.rows(`linked-devops-notes/index/${second.app.appId}`, "notes").size).toBe(15);
  });
});

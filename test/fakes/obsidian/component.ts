import type { EventRef } from "./events";

/**
 * Obsidian's `Component`: what it registers it undoes on unload. The fake counts what is live,
 * so a test can check that unloading leaves nothing behind.
 */
/**
 * Fake only: loads `component` and waits for its async `onload`, which the fake's `load` returns.
 * The assertion is for the plugin's own classes, typed by Obsidian's `load(): void`.
 */
export async function loadAndWait(component: { load(): void }): Promise<void> {
  await (component as unknown as Component).load();
}

export class Component {
  private readonly cleanups: Array<() => void> = [];
  private loaded = false;

  /** Returns what `onload` returns, so a test can wait for an async `onload` to finish. */
  load(): void | Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    return this.onload();
  }

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.onunload();
  }

  onload(): void | Promise<void> {}
  onunload(): void {}

  register(cleanup: () => unknown): void {
    this.cleanups.push(() => void cleanup());
  }

  registerEvent(ref: EventRef): void {
    this.cleanups.push(() => ref.source.offref(ref));
  }

  registerDomEvent(el: EventTarget, type: string, callback: (event: Event) => unknown): void {
    el.addEventListener(type, callback);
    Component.liveDomListeners++;
    this.cleanups.push(() => {
      el.removeEventListener(type, callback);
      Component.liveDomListeners--;
    });
  }

  registerInterval(id: number): number {
    Component.liveIntervals++;
    this.cleanups.push(() => {
      clearInterval(id);
      Component.liveIntervals--;
    });
    return id;
  }

  /** Fake only: DOM listeners and intervals registered and not yet released, across components. */
  static liveDomListeners = 0;
  static liveIntervals = 0;
}

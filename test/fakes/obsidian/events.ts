/** Obsidian's `Events`, counting its live listeners so lifecycle tests can see leaks. */
export interface EventRef {
  readonly source: Events;
  readonly name: string;
  readonly callback: (...args: unknown[]) => unknown;
}

export class Events {
  private readonly handlers = new Map<string, Set<EventRef>>();

  on(name: string, callback: (...args: never[]) => unknown): EventRef {
    const ref: EventRef = { source: this, name, callback: callback as (...args: unknown[]) => unknown };
    let set = this.handlers.get(name);
    if (!set) {
      set = new Set();
      this.handlers.set(name, set);
    }
    set.add(ref);
    return ref;
  }

  offref(ref: EventRef): void {
    this.handlers.get(ref.name)?.delete(ref);
  }

  trigger(name: string, ...args: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) ref.callback(...args);
  }

  /** Fake only: how many listeners are registered, for one event or all. */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.size ?? 0;
    let total = 0;
    for (const set of this.handlers.values()) total += set.size;
    return total;
  }
}

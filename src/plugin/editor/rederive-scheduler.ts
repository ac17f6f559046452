import type { Extension, StateField } from "@codemirror/state";
import { ViewPlugin, type EditorView, type ViewUpdate } from "@codemirror/view";
import { needsRederive, rederive, type DecorationState } from "./question-decorations";

/**
 * Sends `rederive` to the decorations a moment after typing stops, so a burst of keystrokes costs
 * one parse of the sections it touched; and a whole re-derivation when the vault's concepts change
 * (a concept note created or renamed), since every mention may read differently then.
 */
export interface SchedulerOptions {
  delayMs: number;
  /** Subscribes to changes of the concept set; returns the unsubscribe function. */
  onConceptsChange?(listener: () => void): () => void;
}

export function rederiveScheduler(field: StateField<DecorationState>, options: SchedulerOptions): Extension {
  return ViewPlugin.fromClass(
    class {
      private timer: number | undefined;
      private readonly unsubscribe: (() => void) | undefined;

      constructor(private readonly view: EditorView) {
        // Dispatching from a constructor is not allowed: the first derivation (when the note's
        // path was not known yet as the state was made) waits for the next tick.
        if (needsRederive(view.state.field(field))) this.schedule(0, false);
        this.unsubscribe = options.onConceptsChange?.(() => this.schedule(0, true));
      }

      update(update: ViewUpdate): void {
        if (update.docChanged && needsRederive(update.state.field(field))) this.schedule(options.delayMs, false);
      }

      destroy(): void {
        window.clearTimeout(this.timer);
        this.unsubscribe?.();
      }

      private schedule(ms: number, all: boolean): void {
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => {
          this.timer = undefined;
          this.view.dispatch({ effects: rederive.of({ all }) });
        }, ms);
      }
    },
  );
}

import { Prec, StateEffect, StateField, type EditorState, type Extension } from "@codemirror/state";
import { EditorView, closeHoverTooltips, hoverTooltip, keymap, showTooltip, type Tooltip } from "@codemirror/view";
import type { ConceptModel } from "../../engine/dashboard/concept-model";
import { renderConceptCard } from "./concept-card-view";
import type { DecorationState } from "./question-decorations";
import { windowOf } from "../ui/window-of";

/**
 * The card of an underlined concept mention: shown on hover (desktop) and pinned on click or tap
 * (phones have no hover), closed by Escape, a click elsewhere in the editor, or any edit. The note
 * never changes unless the user picks "Link this mention", which replaces that one span through an
 * editor transaction (so it can be undone, and the editor's unsaved text is the text linked).
 */

export interface Hint {
  from: number;
  to: number;
  conceptId: string;
}

export interface CardHost {
  model(conceptId: string): ConceptModel | undefined;
  /** The replacement that links the mention, planned on the editor's current text; undefined when it cannot be linked. */
  planLink(state: EditorState, hint: Hint): { from: number; to: number; insert: string } | undefined;
  cannotLink(): void;
  createConceptNote(conceptId: string): void;
  openDashboard(conceptId: string): void;
  openQuestion(path: string, line: number): void;
}

const openCard = StateEffect.define<Hint>();
const closeCard = StateEffect.define<null>();

/** The hint decoration around `pos` (`side` says which way a pointer at a boundary leans). */
export function hintAt(state: EditorState, field: StateField<DecorationState>, pos: number, side: -1 | 0 | 1 = 0): Hint | undefined {
  let found: Hint | undefined;
  state.field(field).hints.between(Math.max(0, pos - 1), Math.min(state.doc.length, pos + 1), (from, to, deco) => {
    const inside = (from < pos && pos < to) || (pos === from && side >= 0) || (pos === to && side < 0);
    if (!inside) return undefined;
    found = { from, to, conceptId: (deco.spec as { conceptId: string }).conceptId };
    return false;
  });
  return found;
}

export function conceptHintCards(field: StateField<DecorationState>, host: CardHost): Extension {
  const tooltipFor = (hint: Hint): Tooltip => ({
    pos: hint.from,
    end: hint.to,
    above: true,
    create(view) {
      const dom = windowOf(view.dom).createDiv({ cls: "ldn-concept-card-tooltip" });
      // Escape from a button of the card (focus is then outside the editor's keymap).
      dom.addEventListener("keydown", (event) => {
        if (event.key !== "Escape") return;
        view.dispatch({ effects: [closeCard.of(null), closeHoverTooltips] });
        view.focus();
      });
      const model = host.model(hint.conceptId);
      if (model) {
        renderConceptCard(dom, model, {
          ...(model.conceptNote
            ? {
                linkMention: () => {
                  const change = host.planLink(view.state, hint);
                  view.dispatch({ ...(change ? { changes: change, userEvent: "input.link" } : {}), effects: [closeCard.of(null), closeHoverTooltips] });
                  if (!change) host.cannotLink();
                },
              }
            : {}),
          createConceptNote: () => host.createConceptNote(hint.conceptId),
          openDashboard: () => host.openDashboard(hint.conceptId),
          openQuestion: (path, line) => host.openQuestion(path, line),
        });
      }
      return { dom };
    },
  });

  const pinned = StateField.define<Hint | null>({
    create: () => null,
    update(value, tr) {
      let next = tr.docChanged ? null : value;
      for (const effect of tr.effects) {
        if (effect.is(openCard)) next = effect.value;
        else if (effect.is(closeCard)) next = null;
      }
      return next;
    },
    provide: (f) => showTooltip.from(f, (hint) => (hint ? tooltipFor(hint) : null)),
  });

  const hover = hoverTooltip(
    (view, pos, side) => {
      if (view.state.field(pinned)) return null;
      const hint = hintAt(view.state, field, pos, side);
      return hint ? tooltipFor(hint) : null;
    },
    { hideOnChange: true, hoverTime: 350 },
  );

  const pointer = EditorView.domEventHandlers({
    // Tap or click: pin the card. The cursor still goes where the user tapped (not handled here).
    click(event, view) {
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(".ldn-concept-card")) return false;
      const mark = target?.closest(".ldn-concept-hint");
      const pos = mark ? view.posAtDOM(mark) : -1;
      const hint = mark ? hintAt(view.state, field, pos, 1) : undefined;
      if (hint) view.dispatch({ effects: [openCard.of(hint), closeHoverTooltips] });
      else if (view.state.field(pinned)) view.dispatch({ effects: closeCard.of(null) });
      return false;
    },
  });

  const escape = Prec.high(
    keymap.of([
      {
        key: "Escape",
        run(view) {
          if (!view.state.field(pinned)) return false;
          view.dispatch({ effects: closeCard.of(null) });
          return true;
        },
      },
    ]),
  );

  return [pinned, hover, pointer, escape];
}

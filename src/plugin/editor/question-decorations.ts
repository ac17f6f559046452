import { StateEffect, StateField, type EditorState, type Extension, type Range, type Text, type Transaction } from "@codemirror/state";
import { Decoration, EditorView, type DecorationSet } from "@codemirror/view";
import type { ParsedNote } from "../../engine/parse/note-types";
import { BadgeWidget, type BadgeAnswers } from "./badge-widget";
import { badgeSpecs, hintSpecs, type PieceAt } from "./decoration-specs";
import { editKeepsSections, editMayMoveFrontmatter, isSectionHeading, layoutSections, sectionAt, sectionEndsAtCut, type SectionLayout } from "../../engine/parse/note-sections";

/**
 * The editor's question badges and concept hints, as a state field: built from the engine's parse
 * of the document (the editor never has a question rule of its own), kept in place through each
 * edit by mapping (so a badge stays on its line while the user types), and re-derived when asked
 * (`rederive`, sent by the scheduler a moment after typing stops) from a fresh parse of only the
 * sections the edits touched. See `note-sections.ts` for when a section can be parsed alone.
 *
 * Pure `@codemirror/state` plus decoration values: it builds and updates in Node without a DOM.
 */

export interface DecorationConfig {
  /** Parses text of the document shown in `state` (all of it, or one section); null: draw nothing. */
  parse(text: string, state: EditorState): ParsedNote | null;
  badges: boolean;
  hints: boolean;
  /** Underline every mention that may be linked, not only the first of each concept per section. */
  hintEvery?: boolean;
  /** Mentions of these concepts are not underlined (the note's own concept, muted concepts, all in a note that opts out). */
  hideHint?(conceptId: string, state: EditorState): boolean;
  /** A concept's name, for the badges' tooltips; the id when not given. */
  conceptName?(conceptId: string): string;
  /** The notes that may answer an open or unsure question of the document in `state`. */
  answers?(state: EditorState, question: { line: number; text: string; heading?: string }): BadgeAnswers | undefined;
}

export interface DecorationState {
  badges: DecorationSet;
  hints: DecorationSet;
  /** Null until a whole parse has laid the document out, and after an edit that changes the layout. */
  layout: SectionLayout | null;
  /** Sections edited since the last derivation. */
  dirty: ReadonlySet<number>;
  /**
   * Edited sections whose edits the quick check (`editKeepsSections`) could not clear: before they
   * are parsed alone, their own text must show that nothing in them runs on into the next section.
   */
  unsure: ReadonlySet<number>;
  /**
   * The note opts out of linking (`devops-links: false`): its frontmatter, which only the first
   * section holds, says so for the whole note, so a later section parsed alone is drawn no hints.
   */
  linksOff: boolean;
}

/** Re-derive the edited sections (`all`: the whole document, as after a change of concepts). */
export const rederive = StateEffect.define<{ all: boolean }>();

export interface QuestionDecorations {
  field: StateField<DecorationState>;
  extension: Extension;
}

export function questionDecorations(config: DecorationConfig): QuestionDecorations {
  const marks = new Map<string, Decoration>();
  const hintMark = (conceptId: string): Decoration => {
    let mark = marks.get(conceptId);
    if (!mark) {
      mark = Decoration.mark({ class: "ldn-concept-hint", attributes: { "data-concept": conceptId }, conceptId });
      marks.set(conceptId, mark);
    }
    return mark;
  };

  const build = (parsed: ParsedNote, text: string, at: PieceAt, state: EditorState, linksOff: boolean): { badges: Range<Decoration>[]; hints: Range<Decoration>[] } => {
    const doc = state.doc;
    const badges = config.badges
      ? badgeSpecs(parsed, (id) => config.conceptName?.(id) ?? id, at).map((spec) => {
          const answers = spec.status === "answered" ? undefined : config.answers?.(state, spec);
          return Decoration.widget({ widget: new BadgeWidget(spec.status, spec.tooltip, spec.text, answers), side: 1 }).range(doc.line(spec.line).to);
        })
      : [];
    const wanted = (conceptId: string): boolean => !config.hideHint?.(conceptId, state);
    const hints = config.hints && !linksOff ? hintSpecs(parsed, text, at, wanted, config.hintEvery ?? false).map((spec) => hintMark(spec.conceptId).range(spec.from, spec.to)) : [];
    return { badges, hints };
  };

  const deriveAll = (state: EditorState): DecorationState => {
    const text = state.doc.toString();
    const parsed = config.parse(text, state);
    if (!parsed) return { badges: Decoration.none, hints: Decoration.none, layout: null, dirty: new Set(), unsure: new Set(), linksOff: false };
    const linksOff = parsed.linksOff === true;
    const built = build(parsed, text, { lineOffset: 0, offset: 0 }, state, linksOff);
    return {
      badges: Decoration.set(built.badges, true),
      hints: Decoration.set(built.hints, true),
      layout: layoutSections(text, parsed),
      dirty: new Set(),
      unsure: new Set(),
      linksOff,
    };
  };

  const deriveDirty = (value: DecorationState, state: EditorState): DecorationState => {
    const layout = value.layout as SectionLayout;
    let { badges, hints } = value;
    for (const section of [...value.dirty].sort((a, b) => a - b)) {
      const from = layout.starts[section] as number;
      const next = layout.starts[section + 1];
      const to = next === undefined ? state.doc.length : next - 1;
      const text = state.doc.sliceString(from, to);
      if (next !== undefined && value.unsure.has(section) && !sectionEndsAtCut(text)) return deriveAll(state);
      const parsed = config.parse(text, state);
      if (!parsed) return deriveAll(state);
      // The first section holds the frontmatter: an edit there that turns linking on or off changes every section's hints.
      if (section === 0 && (parsed.linksOff === true) !== value.linksOff) return deriveAll(state);
      const built = build(parsed, text, { lineOffset: state.doc.lineAt(from).number - 1, offset: from }, state, value.linksOff);
      const outside = (start: number): boolean => start < from || start > to;
      badges = badges.update({ filterFrom: from, filterTo: to, filter: outside, add: built.badges, sort: true });
      hints = hints.update({ filterFrom: from, filterTo: to, filter: outside, add: built.hints, sort: true });
    }
    return { badges, hints, layout, dirty: new Set(), unsure: new Set(), linksOff: value.linksOff };
  };

  const field = StateField.define<DecorationState>({
    create: (state) => deriveAll(state),
    update(value, tr) {
      let next = tr.docChanged ? mapThrough(value, tr) : value;
      for (const effect of tr.effects) {
        if (!effect.is(rederive)) continue;
        next = effect.value.all || next.layout === null ? deriveAll(tr.state) : next.dirty.size > 0 ? deriveDirty(next, tr.state) : next;
      }
      return next;
    },
    provide: (f) => [EditorView.decorations.from(f, (v) => v.badges), EditorView.decorations.from(f, (v) => v.hints)],
  });
  return { field, extension: field };
}

/** Whether the field has edits that a `rederive` would take in. */
export function needsRederive(value: DecorationState): boolean {
  return value.layout === null || value.dirty.size > 0;
}

/**
 * Moves the decorations with the text, and notes which sections the edit touched; an edit that
 * could change how other sections read drops the layout, so the next derivation parses it all.
 */
function mapThrough(value: DecorationState, tr: Transaction): DecorationState {
  const badges = keepBadgesOnTheirLines(value.badges, tr);
  const hints = value.hints.map(tr.changes);
  const layout = value.layout;
  if (!layout) return { ...value, badges, hints };
  const dirty = new Set(value.dirty);
  const unsure = new Set(value.unsure);
  let keeps = true;
  const oldDoc = tr.startState.doc;
  const newDoc = tr.newDoc;
  tr.changes.iterChanges((fromA, toA, fromB, toB) => {
    if (!keeps) return;
    const section = sectionAt(layout, fromA);
    const start = layout.starts[section] as number;
    const next = layout.starts[section + 1];
    const before = wholeLines(oldDoc, fromA, toA);
    const after = wholeLines(newDoc, fromB, toB);
    keeps = (next === undefined || toA < next) && (section > 0 || fromA > oldDoc.line(1).to) && !editMayMoveFrontmatter(layout, before, after);
    if (keeps && section > 0) keeps = isSectionHeading(newDoc.lineAt(tr.changes.mapPos(start, -1)).text);
    if (!keeps) return;
    const clear = editKeepsSections(
      layout,
      () => oldDoc.sliceString(start, oldDoc.lineAt(fromA).from),
      before,
      after,
      () => {
        const from = newDoc.lineAt(toB).to;
        return newDoc.sliceString(from, next === undefined ? newDoc.length : Math.max(from, tr.changes.mapPos(next, -1)));
      },
    );
    // An edit the quick check cannot clear (typing on a line that holds a closed `%%…%%` or a
    // `<b>` tag, say) still stays in its section if the section's text, parsed at derivation,
    // says so: far cheaper than a parse of the whole note on every such keystroke.
    if (!clear) unsure.add(section);
    dirty.add(section);
  });
  if (!keeps) return { badges, hints, layout: null, dirty: new Set(), unsure: new Set(), linksOff: value.linksOff };
  const starts = layout.starts.map((start) => tr.changes.mapPos(start, -1));
  return { badges, hints, layout: { ...layout, starts }, dirty, unsure, linksOff: value.linksOff };
}

/**
 * Maps the badges; a badge sits after the end of its line (so text typed at the end of the
 * question goes before it), but when Enter is pressed there it must stay on the question's line,
 * not ride along to the end of the new one.
 */
function keepBadgesOnTheirLines(before: DecorationSet, tr: Transaction): DecorationSet {
  let badges = before.map(tr.changes);
  tr.changes.iterChanges((fromA, toA, fromB, _toB, inserted) => {
    if (fromA !== toA || inserted.lines === 1) return;
    const moved: Decoration[] = [];
    before.between(fromA, fromA, (from, _to, deco) => void (from === fromA && moved.push(deco)));
    if (moved.length === 0) return;
    const mapped = tr.changes.mapPos(fromA, 1);
    const lineEnd = fromB + inserted.line(1).length;
    badges = badges.update({
      filterFrom: mapped,
      filterTo: mapped,
      filter: (from, _to, deco) => from !== mapped || !moved.includes(deco),
      add: moved.map((deco) => deco.range(lineEnd)),
      sort: true,
    });
  });
  return badges;
}

function wholeLines(doc: Text, from: number, to: number): string {
  return doc.sliceString(doc.lineAt(from).from, doc.lineAt(to).to);
}

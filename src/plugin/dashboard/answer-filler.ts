import { suggestAnswers, type AnswerCandidate, type AnswerQuestion } from "../../engine/answers/suggest-answers";
import type { VaultIndex } from "../../engine/index/vault-index";
import { t } from "../i18n/strings";
import { renderAnswerLinks } from "../ui/answer-links";

/** Suggestions under each question, and how long a slice of them may hold the main thread. */
const PER_QUESTION = 3;
const SLICE_MS = 12;

/**
 * Fills the dashboard's "may be answered in" lists after the view is drawn, a few questions a
 * slice: a suggestion costs a few milliseconds in a large vault, and a dashboard of a hundred
 * open questions must not freeze while they are found. Results are kept until the index changes,
 * so a redraw (a filter, a fold) shows them at once.
 */
export class AnswerFiller {
  private readonly queue: Array<{ el: HTMLElement; question: AnswerQuestion }> = [];
  private cache = new Map<string, AnswerCandidate[]>();
  private cachedFor: { index: VaultIndex; version: number } | undefined;
  private timer: number | undefined;

  constructor(
    private readonly index: () => VaultIndex,
    private readonly open: (path: string, line: number) => void,
  ) {}

  /** Shows the suggestions for `question` in `el`: now if known, else once found. */
  request(el: HTMLElement, question: AnswerQuestion): void {
    const known = this.cached().get(keyOf(question));
    if (known) {
      renderAnswerLinks(el, known, this.open);
      return;
    }
    el.createDiv({ cls: "ldn-answers-finding", text: t("answersFinding") });
    this.queue.push({ el, question });
    if (this.timer === undefined) this.timer = window.setTimeout(() => this.work(), 0);
  }

  /** Drops what was asked for (the view is redrawn or closed); found results are kept. */
  cancel(): void {
    this.queue.length = 0;
    window.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private work(): void {
    this.timer = undefined;
    const start = performance.now();
    const index = this.index();
    const cache = this.cached();
    while (this.queue.length > 0 && performance.now() - start < SLICE_MS) {
      const { el, question } = this.queue.shift() as { el: HTMLElement; question: AnswerQuestion };
      if (!el.isConnected) continue;
      const key = keyOf(question);
      let found = cache.get(key);
      if (!found) {
        found = suggestAnswers(index, question, { limit: PER_QUESTION });
        cache.set(key, found);
      }
      renderAnswerLinks(el, found, this.open);
    }
    if (this.queue.length > 0) this.timer = window.setTimeout(() => this.work(), 0);
  }

  private cached(): Map<string, AnswerCandidate[]> {
    const index = this.index();
    if (this.cachedFor?.index !== index || this.cachedFor.version !== index.version) {
      this.cache = new Map();
      this.cachedFor = { index, version: index.version };
    }
    return this.cache;
  }
}

function keyOf(question: AnswerQuestion): string {
  return `${question.path}\u0000${question.line ?? ""}\u0000${question.text}`;
}

import { SuggestModal, type App } from "obsidian";
import type { Question } from "../../engine/parse/note-types";
import { t } from "../i18n/strings";
import { statusWord } from "../ui/status-words";


/** The questions of one note, open ones first; choosing one jumps to its line. */
export class NoteQuestionsModal extends SuggestModal<Question> {
  constructor(
    app: App,
    private readonly questions: readonly Question[],
    private readonly onPick: (question: Question) => void,
  ) {
    super(app);
    this.emptyStateText = t("noQuestionsInNote");
  }

  override getSuggestions(query: string): Question[] {
    const order = { open: 0, unsure: 1, answered: 2 };
    const wanted = query.trim().toLowerCase();
    return this.questions
      .filter((q) => wanted === "" || q.text.toLowerCase().includes(wanted))
      .slice()
      .sort((a, b) => order[a.status] - order[b.status] || a.line - b.line);
  }

  override renderSuggestion(question: Question, el: HTMLElement): void {
    el.addClass("ldn-suggestion");
    el.createSpan({ cls: `ldn-badge is-${question.status}`, text: statusWord(question.status) });
    el.createSpan({ cls: "ldn-suggestion-title", text: question.text });
    el.createSpan({ cls: "ldn-suggestion-meta", text: t("line", { line: question.line }) });
  }

  override onChooseSuggestion(question: Question): void {
    this.onPick(question);
  }
}

import type { App, Editor, TFile } from "obsidian";
import type { MentionAt } from "../../engine/linking/link-one-mention";
import type { ConceptLink } from "../../engine/linking/plan-concept-links";
import type { LiveIndex } from "../host/live-index";
import { linkConceptEverywhere, linkMentionsInEditor, writeOptions, type LinkSettings } from "./link-mentions";
import { linkOneRow } from "./write-links";

/** Linking, for the command, the concept page's Link buttons and its "Link all…". */
export class LinkingFeature {
  constructor(
    private readonly app: App,
    private readonly live: () => LiveIndex,
    private readonly settings: () => LinkSettings,
  ) {}

  /** "Link concept mentions in the current note": a preview, then the kept changes through the editor. */
  linkMentions(editor: Editor, file: TFile): Promise<unknown> {
    return linkMentionsInEditor(this.app, this.live(), editor, file, this.settings());
  }

  /** One mention of the concept page. */
  async linkRow(path: string, at: MentionAt): Promise<ConceptLink | undefined> {
    const live = this.live();
    await live.settled();
    return linkOneRow(this.app, live.index, path, at, writeOptions(this.app, live, this.settings()));
  }

  /** Every unlinked mention of a concept that may be linked, previewed across notes. */
  linkAll(conceptId: string, scope: ReadonlySet<string> | undefined): void {
    void linkConceptEverywhere(this.app, this.live(), conceptId, scope, this.settings());
  }
}

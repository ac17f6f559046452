import type { SettingKey, SettingSpec } from "../../engine/plugin-data/plugin-settings";
import type { StringKey } from "../i18n/strings";

/**
 * What the settings tab shows for each setting the engine declares (`SETTINGS`): its name and
 * description in the UI's language. Typed by the setting's key, so a setting added there without
 * a label here does not compile.
 */
export const SETTING_LABELS: Record<SettingKey, { name: StringKey; desc: StringKey; placeholder?: string }> = {
  excludedFolders: { name: "settingsExcluded", desc: "settingsExcludedDesc" },
  questionMarkers: { name: "settingsMarkers", desc: "settingsMarkersDesc" },
  listItemQuestions: { name: "settingsListQuestions", desc: "settingsListQuestionsDesc" },
  headingQuestions: { name: "settingsHeadingQuestions", desc: "settingsHeadingQuestionsDesc" },
  extraConcepts: { name: "settingsExtraConcepts", desc: "settingsExtraConceptsDesc", placeholder: "Authentik: 어센틱" },
  conceptTag: { name: "settingsConceptTag", desc: "settingsConceptTagDesc" },
  conceptFolder: { name: "settingsConceptFolder", desc: "settingsConceptFolderDesc" },
  exportPath: { name: "settingsExportPath", desc: "settingsExportPathDesc" },
  linkEveryMention: { name: "settingsLinkEvery", desc: "settingsLinkEveryDesc" },
  questionBadges: { name: "settingsQuestionBadges", desc: "settingsQuestionBadgesDesc" },
  conceptHints: { name: "settingsConceptHints", desc: "settingsConceptHintsDesc" },
  hintEveryMention: { name: "cpSettingsHintEvery", desc: "cpSettingsHintEveryDesc" },
  mutedConcepts: { name: "cpSettingsMuted", desc: "cpSettingsMutedDesc", placeholder: "Pod\n서비스" },
  conceptNotes: { name: "cpSettingsConceptNotes", desc: "cpSettingsConceptNotesDesc", placeholder: "Ingress: 쿠버네티스/인그레스 정리.md" },
  newCardsPerDay: { name: "settingsNewPerDay", desc: "settingsNewPerDayDesc" },
  desiredRetention: { name: "settingsRetention", desc: "settingsRetentionDesc" },
  maximumIntervalDays: { name: "settingsMaxInterval", desc: "settingsMaxIntervalDesc" },
};

/** The heading of each group; the general settings come first, under none. */
export const GROUP_HEADINGS: Record<SettingSpec["group"], StringKey | undefined> = {
  general: undefined,
  "review-cards": "settingsReviewHeading",
};

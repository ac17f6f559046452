import type { NoteReview } from "../set-aside/set-aside-schedule";
import { parseReviewState, type ReviewState } from "../review-cards/review-state";

/**
 * Everything the plugin keeps in its `data.json`: settings, and the review dates of notes
 * marked reviewed (kept here, never written into the notes).
 */

export interface PluginSettings {
  excludedFolders: string[];
  questionMarkers: string[];
  listItemQuestions: boolean;
  /** One concept a line: `Name: alias, alias`. */
  extraConcepts: string;
  conceptTag: string;
  conceptFolder: string;
  exportPath: string;
  linkEveryMention: boolean;
  /** Status badges on question lines, in the editor and reading view. */
  questionBadges: boolean;
  /** Underlines on unlinked concept mentions in the editor, with their cards. */
  conceptHints: boolean;
  /** Review cards: questions never reviewed that are added each day. */
  newCardsPerDay: number;
  /** FSRS's desired retention, 0.7 to 0.99. */
  desiredRetention: number;
  maximumIntervalDays: number;
}

export const DEFAULT_SETTINGS: PluginSettings = {
  excludedFolders: [],
  questionMarkers: ["Q.", "Q:"],
  listItemQuestions: false,
  extraConcepts: "",
  conceptTag: "concept",
  conceptFolder: "Concepts",
  exportPath: "DevOps dashboard.md",
  linkEveryMention: false,
  questionBadges: true,
  conceptHints: true,
  newCardsPerDay: 20,
  desiredRetention: 0.9,
  maximumIntervalDays: 365,
};

export interface PluginData {
  settings: PluginSettings;
  reviews: Record<string, NoteReview>;
  /** The review cards' schedule (FSRS); a stored state that cannot be read is reset here and kept aside by `ReviewStore.recover`. */
  review: ReviewState;
}

/** Reads whatever `loadData()` returned, keeping what is valid and filling in the rest. */
export function readPluginData(raw: unknown): PluginData {
  const data = isObject(raw) ? raw : {};
  const stored = isObject(data.settings) ? data.settings : {};
  const settings: PluginSettings = { ...DEFAULT_SETTINGS };
  if (isStringArray(stored.excludedFolders)) settings.excludedFolders = stored.excludedFolders;
  if (isStringArray(stored.questionMarkers) && stored.questionMarkers.length > 0) settings.questionMarkers = stored.questionMarkers;
  if (typeof stored.listItemQuestions === "boolean") settings.listItemQuestions = stored.listItemQuestions;
  if (typeof stored.extraConcepts === "string") settings.extraConcepts = stored.extraConcepts;
  if (typeof stored.conceptTag === "string" && stored.conceptTag.trim() !== "") settings.conceptTag = stored.conceptTag.trim();
  if (typeof stored.conceptFolder === "string") settings.conceptFolder = stored.conceptFolder;
  if (typeof stored.exportPath === "string" && stored.exportPath.trim() !== "") settings.exportPath = stored.exportPath.trim();
  if (typeof stored.linkEveryMention === "boolean") settings.linkEveryMention = stored.linkEveryMention;
  if (typeof stored.questionBadges === "boolean") settings.questionBadges = stored.questionBadges;
  if (typeof stored.conceptHints === "boolean") settings.conceptHints = stored.conceptHints;
  if (isNumberIn(stored.newCardsPerDay, 0, 9999)) settings.newCardsPerDay = Math.round(stored.newCardsPerDay);
  if (isNumberIn(stored.desiredRetention, 0.7, 0.99)) settings.desiredRetention = stored.desiredRetention;
  if (isNumberIn(stored.maximumIntervalDays, 1, 36500)) settings.maximumIntervalDays = Math.round(stored.maximumIntervalDays);
  const reviews: Record<string, NoteReview> = {};
  if (isObject(data.reviews)) {
    for (const [path, review] of Object.entries(data.reviews)) {
      if (isObject(review) && typeof review.reviewedAt === "number" && typeof review.count === "number") {
        reviews[path] = { reviewedAt: review.reviewedAt, count: review.count };
      }
    }
  }
  return { settings, reviews, review: parseReviewState(data.review).state };
}

export function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value <= max;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

import { conceptNumber } from "./concept-numbers";
import { NoteRecord, type RecordFields, type StoredRecord } from "./note-record";
import { conceptSlots } from "./record-layout";
import { packColumns, unpackColumns } from "./packed-columns";

export { storedRecord, type StoredRecord } from "./note-record";

/**
 * A record again from its stored form (`storedRecord`, or the JSON of a record), its concepts
 * numbered as this program numbers them.
 */
export function recordFromStored(stored: StoredRecord): NoteRecord {
  const columns = unpackColumns(stored.columns);
  const numbers = stored.conceptIds.map(conceptNumber);
  for (const slot of conceptSlots(columns)) columns[slot] = numbers[columns[slot] as number] as number;
  const fields: RecordFields = {
    path: stored.path,
    tags: stored.tags,
    aliases: stored.aliases,
    emptyFields: stored.emptyFields,
    warnings: stored.warnings,
    declaredConcept: stored.declaredConcept,
    targets: stored.targets,
  };
  if (stored.terms !== undefined) fields.terms = stored.terms;
  if (stored.wordCount !== undefined) fields.wordCount = stored.wordCount;
  if (stored.linksOff === true) fields.linksOff = true;
  return new NoteRecord(fields, packColumns(columns), stored.texts);
}

/** Whether a value read from a cache has the shape of a stored record (a cache of another format is not used). */
export function isStoredRecord(value: unknown): value is StoredRecord {
  if (value === null || typeof value !== "object") return false;
  const record = value as Partial<StoredRecord>;
  return (
    typeof record.path === "string" &&
    typeof record.texts === "string" &&
    Array.isArray(record.conceptIds) &&
    typeof record.columns === "string" &&
    Array.isArray(record.tags) &&
    Array.isArray(record.aliases) &&
    Array.isArray(record.emptyFields) &&
    Array.isArray(record.warnings) &&
    Array.isArray(record.targets)
  );
}


// Manifest stage: reads raw/manifest.csv (optional per-file metadata that overrides what the
// article says) and reports rows that cannot be applied.
import { parse } from "csv-parse/sync";
import type { RejectEntry } from "../../schemas/reports.js";
import { toIsoDate } from "../text/dates.js";
import type { ManifestEntry } from "../types.js";

export const MANIFEST_FILE = "manifest.csv";
const MANIFEST_COLUMNS = ["file", "url", "title", "publisher", "published", "author", "region"] as const;

export interface Manifest {
  entries: Map<string, ManifestEntry>;
  rejects: RejectEntry[];
}

const reject = (rule: string, message: string, row: Record<string, unknown> | null = null): RejectEntry =>
  ({ source_file: MANIFEST_FILE, stage: "manifest", rule, message, duplicate_of: null, row });

/** A real calendar date written as YYYY-MM-DD: the value is its own ISO form. */
const isIsoCalendarDate = (value: string) => toIsoDate(value) === value;

export function readManifest(csvText: string, rawFiles: ReadonlySet<string>): Manifest {
  const entries = new Map<string, ManifestEntry>();
  let records: Record<string, string>[];
  try {
    records = parse(csvText, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  } catch (error) {
    return { entries, rejects: [reject("manifest_unreadable", `manifest.csv does not parse: ${(error as Error).message}`)] };
  }
  const rejects: RejectEntry[] = [];
  const header = Object.keys(records[0] ?? {});
  const unknown = header.filter((c) => !(MANIFEST_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) rejects.push(reject("manifest_unknown_column", `manifest.csv has unknown column(s) ${unknown.join(", ")}; allowed: ${MANIFEST_COLUMNS.join(", ")} (the column is ignored)`));
  records.forEach((record, i) => {
    const line = i + 2;
    const file = (record.file ?? "").replace(/\\/g, "/").replace(/^\.\//, "");
    if (!rawFiles.has(file)) return rejects.push(reject("manifest_missing_file", `manifest.csv line ${line}: no file "${file}" in the raw folder`, record));
    if (entries.has(file)) return rejects.push(reject("manifest_duplicate_row", `manifest.csv line ${line}: a second row for "${file}" (the first is used)`, record));
    if (record.published && !isIsoCalendarDate(record.published)) return rejects.push(reject("manifest_bad_date", `manifest.csv line ${line}: published "${record.published}" is not a YYYY-MM-DD date (the row is not applied)`, record));
    const entry: ManifestEntry = { file };
    for (const c of MANIFEST_COLUMNS) if (c !== "file" && record[c]) entry[c] = record[c];
    entries.set(file, entry);
  });
  return { entries, rejects };
}

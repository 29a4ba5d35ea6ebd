// One article from raw bytes to its published rows: the stages in order, each a pure function.
import type { RejectEntry } from "../schemas/reports.js";
import { cleanArticle } from "./stages/clean.js";
import { describeArticle } from "./stages/describe.js";
import { extractIndicators } from "./stages/extract.js";
import { ingestArticle } from "./stages/ingest.js";
import { tabulateArticle, type TabulatedArticle } from "./stages/tabulate.js";
import type { ManifestEntry, RawArticleFile } from "./types.js";

export interface ProcessOptions {
  maxBytes: number;
  manifest?: ManifestEntry;
}

export type ProcessedOutcome = { ok: true; value: TabulatedArticle } | { ok: false; reject: RejectEntry };

/** Rejects are read one per line in the build summary: library error messages may span several. */
const oneLine = (message: string) => message.replace(/\s*\n\s*/g, " ").trim();

export function processArticle(file: RawArticleFile, options: ProcessOptions): ProcessedOutcome {
  try {
    const ingested = ingestArticle(file, { maxBytes: options.maxBytes });
    if (!ingested.ok) {
      return { ok: false, reject: { source_file: file.sourceFile, stage: "ingest", rule: ingested.rule, message: oneLine(ingested.reason), duplicate_of: null, row: null } };
    }
    const cleaned = cleanArticle(ingested.value);
    const description = describeArticle({ declared: ingested.value.declared, cleaned, manifest: options.manifest });
    const facts = extractIndicators(cleaned.simplified.text);
    return { ok: true, value: tabulateArticle({ ingested: ingested.value, cleaned, description, facts }) };
  } catch (error) {
    // A bug met on one article is reported with that article and never stops the others.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ok: false, reject: { source_file: file.sourceFile, stage: "process", rule: "processing_error", message: oneLine(message), duplicate_of: null, row: null } };
  }
}

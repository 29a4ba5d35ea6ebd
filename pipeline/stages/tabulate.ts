// Tabulate stage: turns one processed article into its published rows: the article row and one
// indicator row per fact, with stable ids, evidence in both scripts, and code-point offsets.
import type { ArticleRow, IndicatorRow } from "../../schemas/columns.js";
import { sha256Hex } from "../sha256.js";
import { sourceSpanOf } from "../text/mapped-text.js";
import type { ArticleDescription, CleanedArticle, IndicatorFact, IngestedArticle } from "../types.js";

export interface ProcessedArticle {
  ingested: IngestedArticle;
  cleaned: CleanedArticle;
  description: ArticleDescription;
  facts: readonly IndicatorFact[];
}

export interface TabulatedArticle {
  article: ArticleRow;
  indicators: IndicatorRow[];
}

const shortHash = (s: string) => sha256Hex(s).slice(0, 16);

/** Article id: derived from the cleaned text, so re-encoding or re-saving a file keeps it. */
const articleId = (simplifiedText: string) => shortHash(simplifiedText);

/**
 * Converts UTF-16 offsets of `text` to code-point offsets, which is what Python, R and DuckDB
 * slice by. Identity (and free) for text without astral characters.
 */
function codePointOffsets(text: string): (utf16: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const before = new Int32Array(text.length + 1);
  for (let i = 0, n = 0; i <= text.length; i++) {
    before[i] = n;
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0)) n++;
  }
  return (i) => before[i];
}

export function tabulateArticle({ ingested, cleaned, description, facts }: ProcessedArticle): TabulatedArticle {
  const text = cleaned.simplified.text;
  const id = articleId(text);
  const inText = codePointOffsets(text);
  const inSource = codePointOffsets(ingested.decoded);
  const seen = new Map<string, number>();
  const indicators = facts.map((f): IndicatorRow => {
    const fact = [id, f.indicator, f.unit, f.value, f.value_min, f.value_max, f.qualifier, f.period, f.is_target];
    const key = JSON.stringify(fact);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const source = sourceSpanOf(cleaned, f.start, f.end).decoded;
    const evidence = sourceSpanOf(cleaned, f.evidence_start, f.evidence_end);
    return {
      id: shortHash(JSON.stringify([...fact, occurrence])),
      article_id: id,
      source_file: ingested.sourceFile,
      region_code: description.region_code,
      published: description.published,
      indicator: f.indicator,
      value: f.value,
      value_min: f.value_min,
      value_max: f.value_max,
      unit: f.unit as IndicatorRow["unit"],
      qualifier: f.qualifier,
      period: f.period,
      is_target: f.is_target,
      counter: f.counter,
      surface: f.text,
      evidence: text.slice(f.evidence_start, f.evidence_end),
      evidence_original: evidence.original.text,
      start: inText(f.start),
      end: inText(f.end),
      source_start: inSource(source.start),
      source_end: inSource(source.end),
    };
  });
  const article: ArticleRow = {
    id,
    source_file: ingested.sourceFile,
    sha256: ingested.sha256,
    title: description.title,
    published: description.published,
    publisher: description.publisher,
    author: description.author,
    url: description.url,
    region_code: description.region_code,
    province: description.province,
    city: description.city,
    county: description.county,
    script: cleaned.script,
    encoding: ingested.encoding,
    format: ingested.format,
    char_count: inText(text.length),
    indicator_count: indicators.length,
    text,
  };
  return { article, indicators };
}

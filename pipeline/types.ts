// Records passed between pipeline stages. These are internal; the published row shapes
// (the contract with consumers) are declared once in schemas/columns.ts.

/** A stage's answer for one input: a value, or the reason the input is rejected. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; rule: string; reason: string };

/** Text with, for each UTF-16 unit of `text`, the offset of the unit it came from in a parent text. */
export interface MappedText {
  text: string;
  origin: Int32Array;
}

export type SourceFormat = "markdown" | "html" | "text";
export type Script = "simplified" | "traditional" | "mixed";

/** One file from the raw folder, before anything is known about it. */
export interface RawArticleFile {
  /** Path relative to the raw folder, with forward slashes. */
  sourceFile: string;
  bytes: Uint8Array;
  /** Size on disk, when `bytes` holds only the start of a file too large to read whole. */
  size?: number;
}

/** Article metadata as found in the file itself (front matter, HTML meta). */
export interface DeclaredMetadata {
  title: string | null;
  published: string | null;
  publisher: string | null;
  author: string | null;
  url: string | null;
}

export interface IngestedArticle {
  sourceFile: string;
  sha256: string;
  /** WHATWG encoding label of the bytes, e.g. "utf-8", "utf-16le", "gb18030", "big5". */
  encoding: string;
  format: SourceFormat;
  /** The whole file decoded: the "original" that source offsets point into. */
  decoded: string;
  /** Body text, markup removed, one block per line; origin points into `decoded`. */
  body: MappedText;
  declared: DeclaredMetadata;
}

export interface CleanedArticle {
  sourceFile: string;
  /** Cleaned text in the original script; origin points into the decoded file. */
  original: MappedText;
  /** Cleaned, Simplified text; origin points into `original.text`. */
  simplified: MappedText;
  script: Script;
  /**
   * Lines removed as page chrome at the head and tail, in the original script, in order; in
   * `simplified` the same lines converted to Simplified as the body is.
   */
  chrome: { head: string[]; tail: string[]; simplified: { head: string[]; tail: string[] } };
}

export type Qualifier = "exact" | "min" | "max" | "approx" | "range";
export type Period = "one_off" | "per_month" | "per_year";

/** A number with its unit or counter as found in a line of text. */
export interface Quantity {
  /** The exact figure as written, with its bound words (最高15万元). */
  text: string;
  /** Offsets in the input text, end exclusive. */
  start: number;
  end: number;
  value: number | null;
  value_min: number | null;
  value_max: number | null;
  /** CNY, person, person_time, item, percent, rank, m2, an ISO 4217 code, or null for a bare number. */
  unit: string | null;
  /** The measure word as written (家, 个, 人次, 万元), or null. */
  counter: string | null;
  qualifier: Qualifier;
}

/** A quantity typed as an indicator, with the clause it was read from. */
export interface IndicatorFact extends Quantity {
  /** A code of schemas/indicator-codes.json. */
  indicator: string;
  period: Period | null;
  is_target: boolean;
  /** The clause the figure came from: offsets in the same text as start/end, end exclusive. */
  evidence_start: number;
  evidence_end: number;
}

/** One row of raw/manifest.csv: values that override what is read from the article. */
export interface ManifestEntry {
  file: string;
  url?: string;
  title?: string;
  publisher?: string;
  published?: string;
  author?: string;
  region?: string;
}

/** What an article is: its bibliographic metadata and the place it is about. */
export interface ArticleDescription extends DeclaredMetadata {
  region_code: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
}

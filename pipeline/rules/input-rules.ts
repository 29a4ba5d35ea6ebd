// Why a whole file can be left out of a release. Stages name these rules in their rejects; the
// validation report and the README list them with these descriptions.
export const INPUT_RULES: Record<string, string> = {
  empty_file: "the file is empty",
  too_large: "the file is larger than the size limit (MAX_BYTES, default 5 MB)",
  binary: "the file is binary (NUL bytes or an image)",
  unsupported_format: "the file is a PDF, office document or other format that is not an article",
  undecodable: "the bytes decode in none of the supported encodings (UTF-8, UTF-16, GB18030, Big5)",
  broken_front_matter: "the YAML front matter does not parse",
  no_chinese: "the text has no Chinese",
  duplicate_article: "the cleaned text is the same as an earlier file's (the first is kept)",
  processing_error: "processing the article raised an error (a bug, reported instead of stopping the run)",
  manifest_unreadable: "raw/manifest.csv does not parse as CSV",
  manifest_unknown_column: "raw/manifest.csv has a column that is not one of file, url, title, publisher, published, author, region",
  manifest_missing_file: "a raw/manifest.csv row names a file that is not in the raw folder",
  manifest_bad_date: "a raw/manifest.csv row has a published date that is not YYYY-MM-DD",
  manifest_duplicate_row: "raw/manifest.csv has two rows for the same file (the first is used)",
};

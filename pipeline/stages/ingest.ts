// Stage: one raw file to an ingested article, or the reason it is not one. Decodes the bytes,
// recognises the format (Markdown with YAML front matter, an HTML page, plain text), takes out
// the body text mapped to the decoded file, and reads the metadata the file declares.
import { sha256Hex } from "../sha256.js";
import { decodeArticleBytes } from "../text/decode.js";
import { declaredFromFrontMatter, splitFrontMatter } from "../text/front-matter.js";
import { countHan } from "../text/han.js";
import { extractHtmlArticle, looksLikeHtml } from "../text/html.js";
import { joinMapped, spanMapped } from "../text/mapped-text.js";
import type { DeclaredMetadata, IngestedArticle, MappedText, Outcome, RawArticleFile, SourceFormat } from "../types.js";

export interface IngestOptions {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

const NO_METADATA: DeclaredMetadata = { title: null, published: null, publisher: null, author: null, url: null };

/** Plain text: each line of the text a line of the body, line breaks of any kind. */
function plainTextBody(text: string): MappedText {
  const lines: MappedText[] = [];
  for (const line of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    const content = line[0].replace(/[\r\n]+$/, "");
    if (line[0] === "") break;
    lines.push(spanMapped(content, line.index));
  }
  return joinMapped(lines, "\n");
}

function formatBody(decoded: string): Outcome<{ format: SourceFormat; body: MappedText; declared: DeclaredMetadata }> {
  const frontMatter = splitFrontMatter(decoded);
  if (frontMatter !== null) {
    if (!frontMatter.ok) return { ok: false, rule: "broken_front_matter", reason: frontMatter.reason };
    const { body, declared } = extractHtmlArticle(decoded.slice(frontMatter.bodyStart), frontMatter.bodyStart, { markdown: true });
    // The front matter speaks for the article; <meta> tags inside the body fill its gaps.
    const fields = declaredFromFrontMatter(frontMatter.fields);
    const merged: DeclaredMetadata = {
      title: fields.title ?? declared.title,
      published: fields.published ?? declared.published,
      publisher: fields.publisher ?? declared.publisher,
      author: fields.author ?? declared.author,
      url: fields.url ?? declared.url,
    };
    return { ok: true, value: { format: "markdown", body, declared: merged } };
  }
  if (looksLikeHtml(decoded)) {
    const { body, declared } = extractHtmlArticle(decoded, 0, { markdown: false });
    return { ok: true, value: { format: "html", body, declared } };
  }
  return { ok: true, value: { format: "text", body: plainTextBody(decoded), declared: NO_METADATA } };
}

export function ingestArticle(file: RawArticleFile, options: IngestOptions): Outcome<IngestedArticle> {
  const { bytes } = file;
  const size = file.size ?? bytes.length;
  if (size === 0) return { ok: false, rule: "empty_file", reason: "the file is empty" };
  if (size > options.maxBytes) {
    return { ok: false, rule: "too_large", reason: `the file has ${size} bytes, over the limit of ${options.maxBytes}` };
  }
  const decoding = decodeArticleBytes(bytes);
  if (!decoding.ok) return { ok: false, rule: decoding.rule, reason: decoding.reason };
  const decoded = decoding.text;
  if (decoded.trim() === "") return { ok: false, rule: "empty_file", reason: "the file holds only white space" };

  const parsed = formatBody(decoded);
  if (!parsed.ok) return parsed;
  const { format, body, declared } = parsed.value;
  if (countHan(body.text) === 0) {
    return { ok: false, rule: "no_chinese", reason: `the ${format === "text" ? "text" : `${format} body`} holds no Chinese characters` };
  }
  return {
    ok: true,
    value: {
      sourceFile: file.sourceFile,
      sha256: sha256Hex(bytes),
      encoding: decoding.encoding,
      format,
      decoded,
      body,
      declared,
    },
  };
}

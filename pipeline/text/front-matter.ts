// YAML front matter of a Markdown file (--- fields --- body), as Jekyll-style mirrors write it.
import YAML from "yaml";
import type { DeclaredMetadata } from "../types.js";
import { toIsoDate } from "./dates.js";

export type FrontMatter = { ok: true; fields: Record<string, unknown>; bodyStart: number } | { ok: false; reason: string };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const FIELD_LINE = /^[\w-]+\s*:/;

/** The front matter at the start of a text, null when there is none, or why it is broken. */
export function splitFrontMatter(text: string): FrontMatter | null {
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    // An opening rule followed by fields is front matter that never ends; followed by prose it is a rule.
    return FIELD_LINE.test(rest) ? { ok: false, reason: "the YAML front matter opened with --- is never closed" } : null;
  }
  const yamlText = rest.slice(0, closing.index);
  let fields: unknown;
  try {
    fields = YAML.parse(yamlText);
  } catch (error) {
    // yaml's message quotes the source on the lines after the first; the first says what is wrong.
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0].replace(/:\s*$/, "");
    return { ok: false, reason: `the YAML front matter is invalid: ${message}` };
  }
  if (fields === null || fields === undefined) fields = {};
  if (typeof fields !== "object" || Array.isArray(fields)) return { ok: false, reason: "the YAML front matter is not a set of fields" };
  return { ok: true, fields: fields as Record<string, unknown>, bodyStart: opening[0].length + closing.index + closing[0].length };
}

function firstText(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(firstText).find((text) => text !== null) ?? null;
  if (typeof value === "string" || typeof value === "number") return String(value).trim() || null;
  return null;
}

function field(fields: Record<string, unknown>, names: readonly string[]): string | null {
  const byName = new Map(Object.entries(fields).map(([key, value]) => [key.toLowerCase(), value]));
  for (const name of names) {
    const text = firstText(byName.get(name));
    if (text !== null) return text;
  }
  return null;
}

const isUrl = (value: string) => /^https?:\/\//i.test(value);

/**
 * Article metadata from front-matter fields. categories and tags name the mirror's own sections
 * (jingjiribao, 经济日报新闻), not the publisher, and are not read.
 */
export function declaredFromFrontMatter(fields: Record<string, unknown>): DeclaredMetadata {
  const url = field(fields, ["url", "canonical", "canonical_url", "source_url", "original_url", "link", "permalink"]);
  const published = field(fields, ["date", "published", "pubdate", "publish_date", "publishdate", "created"]);
  const publisher = field(fields, ["publisher", "source", "media", "outlet"]);
  return {
    title: field(fields, ["title", "headline"]),
    published: published === null ? null : toIsoDate(published),
    author: field(fields, ["author", "authors", "byline"]),
    url: url !== null && isUrl(url) ? url : null,
    publisher: publisher !== null && !isUrl(publisher) ? publisher : null,
  };
}

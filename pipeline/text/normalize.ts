// Normalization of one line: Unicode NFC, ASCII digits and letters, numbers written whole,
// white space collapsed. Every step keeps the map to the line it came from.
import unitList from "../lexicons/normalize-units.json" with { type: "json" };
import type { MappedText } from "../types.js";
import { MappedTextBuilder, replaceMapped, sliceMapped } from "./mapped-text.js";
import { halfWidthChar } from "./width.js";

// Zero-width characters, the byte order mark and soft hyphens: invisible, and they split words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ); full-width punctuation is part of Chinese
// text and stays, but for the marks of a number below.
const FULL_WIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
const DECIMAL_POINT_IN_NUMBER = /(?<=\d)．(?=\d)/g;
// A full-width comma between digits is a thousands separator only before exactly three digits (1，000);
// elsewhere (第1，2名) it separates numbers.
const THOUSANDS_COMMA_IN_NUMBER = /(?<=\d)，(?=\d{3}(?!\d))/g;
const FULL_WIDTH_PERCENT_AFTER_NUMBER = /(?<=\d)％/g;
const WHITE_SPACE = /[\s\u00A0\u3000\u2000-\u200A\u202F\u205F]+/g;
// "120 万元": a figure is written against its unit or measure word.
const SPACE_BEFORE_UNIT = new RegExp(
  `(?<=\\d) (?=${[...new Set(unitList.units)].sort((a, b) => b.length - a.length).join("|")})`,
  "gu",
);

/** Applies Unicode NFC one grapheme cluster at a time, so that only changed clusters lose their unit map. */
function toNfc(line: MappedText): MappedText {
  if (line.text.normalize("NFC") === line.text) return line;
  const builder = new MappedTextBuilder();
  for (const cluster of line.text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const start = cluster.index;
    const normalized = cluster[0].normalize("NFC");
    if (normalized === cluster[0]) builder.appendSlice(line, start, start + cluster[0].length);
    else builder.appendReplacement(normalized, line.origin[start]);
  }
  return builder.build();
}

/** One line normalized; the result maps into the same parent as `line`. */
export function normalizeLine(line: MappedText): MappedText {
  let text = replaceMapped(line, INVISIBLE, () => "");
  text = toNfc(text);
  text = replaceMapped(text, FULL_WIDTH_ALPHANUMERIC, (match) => halfWidthChar(match[0]));
  text = replaceMapped(text, DECIMAL_POINT_IN_NUMBER, () => ".");
  text = replaceMapped(text, THOUSANDS_COMMA_IN_NUMBER, () => ",");
  text = replaceMapped(text, FULL_WIDTH_PERCENT_AFTER_NUMBER, () => "%");
  text = replaceMapped(text, WHITE_SPACE, (match) => (match[0] === " " ? null : " "));
  text = replaceMapped(text, SPACE_BEFORE_UNIT, () => "");
  const start = text.text.length - text.text.trimStart().length;
  const end = text.text.trimEnd().length;
  return start === 0 && end === text.text.length ? text : sliceMapped(text, start, Math.max(start, end));
}

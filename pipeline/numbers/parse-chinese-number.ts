// Parses one whole number expression, as a reader would say it: 4.3万, 三万五, 壹佰贰拾,
// 负五点五, 三分之一, 百分之十五, 15%, 三成, 十几万, 三五百 … Approximate and paired forms
// give the interval they span; percentages give the number of percent.
import numerals from "../lexicons/quantity-numerals.json" with { type: "json" };
import units from "../lexicons/quantity-units.json" with { type: "json" };
import { identityMapped } from "../text/mapped-text.js";
import { normalizeLine } from "../text/normalize.js";
import { normalizeNumberText } from "./normalize-number-text.js";
import { readNumber, tidy } from "./read-number.js";

export type ParsedNumber = number | { min: number; max: number };

/** Percent marks written after a number, with the factor to percent: 15%, 3个百分点, 5‰, 三成. */
const PERCENT_MARKS: [string, number][] = [
  ...Object.entries(units.counters)
    .filter(([, unit]) => unit === "percent")
    .map(([mark]): [string, number] => [mark, (units.scales as Record<string, number>)[mark] ?? 1]),
  ["成", units.percentTenths["成"]] as [string, number],
].sort((a, b) => b[0].length - a[0].length);

/**
 * The value of `s` when the whole string is one number expression, else null.
 * 十几万 → {min: 100000, max: 200000}; 3000多 → {min: 3000, max: 4000}; 15% → 15.
 */
export function parseChineseNumber(s: string): ParsedNumber | null {
  // The line normalization of the pipeline first: it decides which full-width commas group digits (1，200).
  const text = normalizeNumberText(normalizeLine(identityMapped(s)).text);
  const number = readNumber(text, 0);
  if (!number) return null;
  let low = number.low;
  let high = number.high;
  let end = number.end;
  if (end < text.length && !number.percent) {
    const at = text[end] === " " ? end + 1 : end;
    const mark = PERCENT_MARKS.find(([m]) => text.startsWith(m, at));
    if (mark) {
      end = at + mark[0].length;
      // 三成半: half a tenth more.
      const half = mark[0] === "成" && text[end] === numerals.half ? 0.5 : 0;
      if (half) end++;
      low = tidy((low + half) * mark[1]);
      high = tidy((high + half) * mark[1]);
    }
  }
  if (end !== text.length) return null;
  if (number.vagueness === "exact") return low;
  return { min: low, max: high };
}

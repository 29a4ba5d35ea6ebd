// One-to-one rewriting of text for number reading: Traditional → Simplified characters and
// full-width → half-width forms. Every UTF-16 unit maps to exactly one unit, so offsets found
// in the rewritten line are offsets in the original line.
import { simplifiedChar } from "../text/script.js";
import { halfWidthChar } from "../text/width.js";

/** Spaces, minus signs, a wave dash and a circle that read as their ASCII counterpart (or as 〇) in a number. */
const NUMBER_EQUIVALENTS: Record<string, string> = {
  "\u00a0": " ", "\u2009": " ", "\u202f": " ",
  "\u2212": "-", "\ufe63": "-", "\u301c": "~", "○": "〇",
};

function numberForm(ch: string): string {
  // The full-width comma stays: text/normalize.ts turns it into "," where it groups digits, so
  // one left here separates numbers (第1，2名).
  if (ch === "，") return ch;
  return NUMBER_EQUIVALENTS[ch] ?? halfWidthChar(ch);
}

/** Simplified, half-width code of each UTF-16 code unit seen so far. */
const unitForms = new Map<number, number>();

function unitForm(code: number): number {
  let form = unitForms.get(code);
  if (form === undefined) {
    const ch = String.fromCharCode(code);
    // Surrogate halves and conversions that change length keep their own form.
    const simplified = code >= 0xd800 && code <= 0xdfff ? ch : simplifiedChar(ch);
    form = numberForm(simplified.length === 1 ? simplified : ch).charCodeAt(0);
    unitForms.set(code, form);
  }
  return form;
}

/**
 * The text rewritten for number reading; same length as `text`, same offsets. Characters are
 * converted one by one: the words that matter here (萬, 億, 兩, 點, 個, 餘, 約 …) convert the same
 * way inside any phrase.
 */
export function normalizeNumberText(text: string): string {
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = unitForm(text.charCodeAt(i));
  return new TextDecoder("utf-16le").decode(codes);
}

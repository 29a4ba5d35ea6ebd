// Pinyin annotations that some mirror sites print after characters: 習(xí)近平, 發(fā)展.
import syllableList from "../lexicons/pinyin-syllables.json" with { type: "json" };
import type { MappedText } from "../types.js";
import { HAN_CLASS } from "./han.js";
import { replaceMapped } from "./mapped-text.js";

const SYLLABLES: ReadonlySet<string> = new Set(syllableList.syllables);

const TONED_VOWELS: Readonly<Record<string, string>> = {
  ā: "a", á: "a", ǎ: "a", à: "a",
  ē: "e", é: "e", ě: "e", è: "e",
  ī: "i", í: "i", ǐ: "i", ì: "i",
  ō: "o", ó: "o", ǒ: "o", ò: "o",
  ū: "u", ú: "u", ǔ: "u", ù: "u",
  ǖ: "ü", ǘ: "ü", ǚ: "ü", ǜ: "ü",
  ń: "n", ň: "n", ǹ: "n", ḿ: "m",
};

// A Han character followed by a parenthesised run of pinyin letters, ASCII or full-width parentheses;
// or by one whose opening parenthesis and annotated character were lost to encoding damage and
// printed as "?" (當?shù)…, where ? stands for 數).
const ANNOTATION = new RegExp(`(?<=${HAN_CLASS})([(（]|\\?)([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,6})[)）]`, "gu");
const isDamagedOpening = (opening: string) => opening === "?";

/** The syllable of a pinyin annotation: "toned" with exactly one tone mark, "plain" without, or null when it is no syllable. */
export function pinyinSyllableKind(group: string): "toned" | "plain" | null {
  const normalized = group.normalize("NFC").toLowerCase();
  let marks = 0;
  let base = "";
  for (const char of normalized) {
    const plain = TONED_VOWELS[char];
    if (plain !== undefined) marks++;
    base += plain ?? char;
  }
  if (marks > 1 || !SYLLABLES.has(base)) return null;
  return marks === 1 ? "toned" : "plain";
}

// A text with this many toned annotations is annotated throughout, so an annotation without a
// tone mark (們(men), neutral tone) is one too; in other texts (a), (an) may be labels.
export const ANNOTATED_TEXT_MIN = 3;

/** How many toned pinyin annotations a text holds. */
export function countTonedAnnotations(text: string): number {
  let count = 0;
  for (const match of text.matchAll(ANNOTATION)) if (pinyinSyllableKind(match[2]) === "toned") count++;
  return count;
}

/**
 * Removes pinyin annotations: a parenthesised group right after a Han character that is one
 * pinyin syllable with a tone mark; in a text annotated throughout, also one without (two letters
 * at least). A damaged one (?shù)) goes only with a tone mark. Real parentheses such as (試行),
 * (278萬), (農民主播) stay.
 */
export function removePinyinAnnotations(line: MappedText, annotatedText: boolean): MappedText {
  return replaceMapped(line, ANNOTATION, (match) => {
    const kind = pinyinSyllableKind(match[2]);
    if (kind === "toned") return "";
    if (kind === "plain" && annotatedText && match[2].length >= 2 && !isDamagedOpening(match[1])) return "";
    return null;
  });
}

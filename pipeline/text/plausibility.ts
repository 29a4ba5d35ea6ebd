// How plausible a piece of text is as Chinese prose, from a character-frequency table: the
// measure that tells a good decoding or repair from a damaged one.
import frequency from "../lexicons/char-frequency.json" with { type: "json" };
import { isHanChar } from "./han.js";
import { simplifiedChar } from "./script.js";
import { perCharacter } from "./per-character.js";

// Below the rarest listed character (one in 193 million, log10 ≈ -8.3): anything unlisted, and
// ASCII or Latin letters in the middle of Chinese, is less likely than any listed character.
const UNLISTED_LOG_PROBABILITY = -9;


const logProbabilities: ReadonlyMap<string, number> = (() => {
  const table = new Map<string, number>();
  for (const [char, count] of Object.entries(frequency.counts)) table.set(char, Math.log10(count / frequency.total_han));
  for (const [mark, perThousand] of Object.entries(frequency.punctuation_per_thousand_han)) table.set(mark, Math.log10(perThousand / 1000));
  return table;
})();

/**
 * log10 of how often a character occurs in Chinese prose. A Traditional form counts as often as
 * its Simplified form (the corpus is Simplified and lists few Traditional forms, with tiny counts).
 */
export const charLogProbability = perCharacter((char: string): number => {
  const value = logProbabilities.get(char) ?? UNLISTED_LOG_PROBABILITY;
  if (!isHanChar(char)) return value;
  const simplified = simplifiedChar(char);
  return simplified === char ? value : Math.max(value, logProbabilities.get(simplified) ?? UNLISTED_LOG_PROBABILITY);
});

/** Mean log10 probability per character; -Infinity for an empty text. */
export function meanLogProbability(text: string): number {
  let sum = 0;
  let count = 0;
  for (const char of text) {
    sum += charLogProbability(char);
    count++;
  }
  return count === 0 ? -Infinity : sum / count;
}

/** Mean log10 probability of the Han characters only (punctuation and Latin text left out). */
export function meanHanLogProbability(text: string): { mean: number; han: number } {
  let sum = 0;
  let han = 0;
  for (const char of text) {
    if (!isHanChar(char)) continue;
    sum += charLogProbability(char);
    han++;
  }
  return { mean: han === 0 ? -Infinity : sum / han, han };
}

/** True for a character the table lists as Chinese prose: a Han character or full-width punctuation. */
export function isListedChineseChar(char: string): boolean {
  return charLogProbability(char) > UNLISTED_LOG_PROBABILITY;
}

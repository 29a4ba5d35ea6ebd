// Han characters: the one definition of what counts as one, as a lookup for counting and as a
// regular-expression class for patterns.

/** Code points of Han characters, first and last of each range. */
const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x3007, 0x3007], // 〇
  [0x3400, 0x4dbf], // Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xf900, 0xfaff], // Compatibility Ideographs
  [0x20000, 0x2ffff], // Extensions B–F and the supplement
];

const codePointEscape = (code: number) => `\\u{${code.toString(16)}}`;

/** One Han character, as a regular-expression class; only for patterns with the u flag (it names code points beyond the BMP). */
export const HAN_CLASS = `[${HAN_RANGES.map(([first, last]) =>
  first === last ? codePointEscape(first) : `${codePointEscape(first)}-${codePointEscape(last)}`).join("")}]`;

// 1 for a UTF-16 unit that is a Han character of the BMP, or the high surrogate of one beyond it
// (the ranges beyond the BMP cover whole blocks of 1,024 code points, so the high surrogate
// decides). Counting looks units up instead of running a regular expression: it runs over every
// line of every article, several times.
const HAN_UNITS = new Uint8Array(0x10000);
const highSurrogate = (code: number) => 0xd800 + ((code - 0x10000) >> 10);
for (const [first, last] of HAN_RANGES) {
  if (first > 0xffff) HAN_UNITS.fill(1, highSurrogate(first), highSurrogate(last) + 1);
  else HAN_UNITS.fill(1, first, last + 1);
}

/** How many Han characters a text holds. */
export function countHan(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) count += HAN_UNITS[text.charCodeAt(i)];
  return count;
}

/** True when a character (one code point) is a Han character. */
export function isHanChar(char: string): boolean {
  return char.length > 0 && HAN_UNITS[char.charCodeAt(0)] === 1;
}

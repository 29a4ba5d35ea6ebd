// Han characters, counted without regular expressions: the count runs over every line of every
// article, several times.

/** True for a UTF-16 unit that is a Han character of the BMP, or the high surrogate of one beyond it. */
function isHanUnit(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) || // CJK Unified Ideographs
    (code >= 0x3400 && code <= 0x4dbf) || // Extension A
    (code >= 0xf900 && code <= 0xfaff) || // Compatibility Ideographs
    (code >= 0xd840 && code <= 0xd87f) || // high surrogates of Extensions B–F and the supplement (U+20000–U+2FFFF)
    code === 0x3007 // 〇
  );
}

/** How many Han characters a text holds. */
export function countHan(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHanUnit(text.charCodeAt(i))) count++;
  return count;
}

/** True when a character (one code point) is a Han character. */
export function isHanChar(char: string): boolean {
  return char.length > 0 && isHanUnit(char.charCodeAt(0));
}

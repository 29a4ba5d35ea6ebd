// Full-width and half-width forms, one UTF-16 unit for one so that offsets still hold. The
// full-width forms of ASCII (！ to ～, U+FF01–U+FF5E) sit 0xFEE0 above it; the ideographic space
// U+3000 is the full-width space. Other wide characters (、。「」￥) have no ASCII form and stay.
const FULL_WIDTH_OFFSET = 0xfee0;
const FIRST_FULL_WIDTH = 0xff01;
const LAST_FULL_WIDTH = 0xff5e;
const IDEOGRAPHIC_SPACE = "\u3000";

/** The ASCII form of a full-width character (２ → 2, ， → ",", U+3000 → " "); any other character as it is. */
export function halfWidthChar(char: string): string {
  if (char === IDEOGRAPHIC_SPACE) return " ";
  const code = char.charCodeAt(0);
  return code >= FIRST_FULL_WIDTH && code <= LAST_FULL_WIDTH ? String.fromCharCode(code - FULL_WIDTH_OFFSET) : char;
}

/** The full-width form of a printable ASCII character other than the space (2 → ２, ? → ？); any other character as it is. */
export function fullWidthChar(char: string): string {
  const code = char.charCodeAt(0) + FULL_WIDTH_OFFSET;
  return code >= FIRST_FULL_WIDTH && code <= LAST_FULL_WIDTH ? String.fromCharCode(code) : char;
}

/** A text with every full-width character in its ASCII form (２０２２－０５－０６ → 2022-05-06), same length. */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, halfWidthChar);
}

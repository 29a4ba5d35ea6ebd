// Repair of text damaged by a wrong decoding somewhere upstream. Candidate repairs re-encode a
// suspicious run and decode it another way; a repair is kept only when the result is clearly
// more plausible Chinese than the run it replaces, so undamaged text is never changed.
import iconv from "iconv-lite";
import { countHan, isHanChar } from "./han.js";
import { pinyinSyllableKind } from "./pinyin.js";
import { charLogProbability, isListedChineseChar, meanLogProbability } from "./plausibility.js";
import { fullWidthChar } from "./width.js";
import { perCharacter } from "./per-character.js";

/** Replace line[start, end) with `text`. */
export interface TextRepair {
  start: number;
  end: number;
  text: string;
}

// A repair must raise the mean log10 probability per character by this much (100 times more
// likely per character) and reach this level, which ordinary Chinese prose is well above (≈ -3).
const MIN_GAIN = 2;
const MIN_REPAIRED_MEAN = -4;
// Characters rarer than one in a million, the range where mis-decoded bytes land.
const RARE_LOG_PROBABILITY = -6;
// Mean log10 frequency that characters read out of step stay below; common prose is near -3.
const OUT_OF_STEP_MAX_MEAN = -4;
// Longest run of characters read out of step after a lost byte.
const MAX_RUN = 16;
// Longest stretch written back and read again, in characters.
const MAX_REREAD = 400;
// Neighbours of a run of rare characters tried as part of the damage: mis-decoded bytes also
// give common characters.
const MAX_RUN_EXTENSION = 4;

const DOUBLE_BYTE_ENCODINGS = ["gbk", "big5"] as const;
// Ways a text gets mis-decoded: bytes written in `wrote` and read as `read`. The repair writes
// the damaged text back as `read` and reads it as `wrote`.
const MISREADINGS = [
  { wrote: "utf-8", read: "gbk" },
  { wrote: "utf-8", read: "big5" },
  { wrote: "utf-8", read: "windows-1252" },
  { wrote: "gbk", read: "windows-1252" },
  { wrote: "big5", read: "windows-1252" },
] as const;

/**
 * `bytes` read as `encoding` by iconv-lite, or null when some byte sequence is invalid there.
 * Repairs decode with the same tables they encode with (iconv-lite), so that a round trip is exact;
 * ingest's TextDecoder differs from them in a few GBK code points.
 */
function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
  return text.includes("\uFFFD") ? null : text;
}

/** Bytes of `text` in `encoding`, or null when the encoding cannot hold it. */
function strictEncode(text: string, encoding: string): Uint8Array | null {
  // U+FFFD stands for bytes that are gone; encoders write it as some byte that would read back as U+FFFD.
  if (text.includes("\uFFFD")) return null;
  if (encoding === "windows-1252") return encodeWindows1252(text);
  const bytes = iconv.encode(text, encoding);
  return iconv.decode(bytes, encoding) === text ? bytes : null;
}

/**
 * Windows-1252 as browsers read it: the five bytes the code page leaves undefined (0x81, 0x8D,
 * 0x8F, 0x90, 0x9D) read as the C1 controls of the same number, so text misread this way keeps
 * every byte. iconv-lite's table has no such entries, so those controls are written back by hand.
 */
function encodeWindows1252(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x80 && code <= 0x9f) {
      bytes.push(code);
      continue;
    }
    const encoded = iconv.encode(char, "windows-1252");
    if (encoded.length !== 1 || iconv.decode(encoded, "windows-1252") !== char) return null;
    bytes.push(encoded[0]);
  }
  return Uint8Array.from(bytes);
}

const isAscii = (char: string) => char.charCodeAt(0) < 0x80;

/** Every repair for a line, in order, not overlapping. */
export function findEncodingRepairs(line: string): TextRepair[] {
  const repairs: TextRepair[] = [];
  let from = 0;
  while (from < line.length) {
    const repair = nextRepair(line, from);
    if (repair === null) break;
    repairs.push(repair);
    from = repair.end;
  }
  return repairs;
}

function nextRepair(line: string, from: number): TextRepair | null {
  for (let i = from; i < line.length; i++) {
    const repair = lostByteRepairAt(line, i) ?? misreadingRepairAt(line, i, from);
    if (repair !== null) return repair;
  }
  return null;
}

// A pinyin annotation that lost its opening parenthesis and its character with the byte: ?shù).
const DAMAGED_ANNOTATION = /^\?([a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]{1,6})\)/u;

/**
 * A double-byte text that lost one byte: the decoder printed "?" (or U+FFFD) for the orphaned
 * byte and then read the following bytes out of step, pairing each character's second byte with
 * the next character's first, until a second byte in the ASCII range was read on its own. Seen
 * as 任務?!卑l for 任務。”發: 。” 發 are A1A3 A1B1 B06C; after A1 is lost, A3A1 reads as ！
 * (printed as its ASCII form !), B1B0 as 卑, 6C as l. The lost byte is unknown, so every lead
 * byte is tried and the most plausible result wins.
 *
 * Mirror sites that print pinyin lose the byte behind an annotation: 當?shù)毓ぷ for 當地工作,
 * where the second byte of 當 and the first of 地 were read as 數, annotated (shù), and lost.
 * There the run starts after the annotation, and it may end at a mark instead of an ASCII second
 * byte, when the last character lost its second byte too: that character is unknown and stays
 * as U+FFFD, as a decoder writes bytes that are gone.
 */
function lostByteRepairAt(line: string, anchor: number): TextRepair | null {
  const mark = line[anchor];
  if (mark !== "?" && mark !== "\uFFFD") return null;
  const annotation = anchor > 0 && isHanChar(line[anchor - 1]) ? DAMAGED_ANNOTATION.exec(line.slice(anchor, anchor + 9)) : null;
  const behindAnnotation = annotation !== null && pinyinSyllableKind(annotation[1]) === "toned";
  const runStart = behindAnnotation ? anchor + annotation[0].length : anchor + 1;
  const repair = runEndingInAsciiByte(line, runStart) ?? (behindAnnotation ? runCutOffByMark(line, runStart) : null);
  // The letters of an annotation are no sign of damage: only the run read out of step is weighed.
  const damaged = line.slice(behindAnnotation ? runStart : anchor, repair?.end);
  if (repair === null || !isClearlyBetter(meanLogProbability(repair.text), meanLogProbability(damaged))) return null;
  return { start: anchor, end: repair.end, text: repair.lostLastChar ? repair.text + "\uFFFD" : repair.text };
}

/** A run read out of step: where it ends, what it reads as, and whether its last character is lost. */
interface OutOfStepRun {
  end: number;
  text: string;
  lostLastChar: boolean;
}

/** The repair of a run read out of step from `start` up to a second byte in the ASCII range read on its own. */
function runEndingInAsciiByte(line: string, start: number): OutOfStepRun | null {
  let end = -1;
  for (let i = start; i < line.length && i <= start + MAX_RUN - 1; i++) {
    const char = line[i];
    if (/\s/.test(char)) break;
    if (char >= "\x40" && char <= "\x7e") {
      if (i > start && !isAscii(line[i - 1])) end = i + 1;
      break;
    }
  }
  if (end < 0) return null;
  const text = outOfStepReading(line.slice(start, end - 1), line.charCodeAt(end - 1));
  return text === null ? null : { end, text, lostLastChar: false };
}

/** The repair of a run read out of step from `start` up to a mark, where the last character lost its second byte. */
function runCutOffByMark(line: string, start: number): OutOfStepRun | null {
  let end = start;
  while (end < line.length && end < start + MAX_RUN && !isAscii(line[end]) && !isLineSpace(line[end]) && !/\p{P}/u.test(line[end])) end++;
  if (end === start) return null;
  const text = outOfStepReading(line.slice(start, end), null);
  return text === null ? null : { end, text, lostLastChar: true };
}

/**
 * The most plausible reading of `middle` read out of step after a lost first byte: its bytes
 * shifted by one, closed by `secondByte`, or cut off before the last byte when that is null.
 * Null when the run does not look misread or reads as no common Chinese.
 */
function outOfStepReading(middle: string, secondByte: number | null): string | null {
  // Characters read out of step are a random draw from the code table, seldom all common; a "?"
  // before common words (是否符合条件?请点击APP) is a question mark.
  const misread = [...middle].filter(isHanChar);
  if (misread.length === 0 || meanLogProbability(misread.join("")) >= OUT_OF_STEP_MAX_MEAN) return null;
  let best: { text: string; mean: number } | null = null;
  for (const encoding of DOUBLE_BYTE_ENCODINGS) {
    for (const middleBytes of byteReadings(middle, encoding)) {
      // The lost byte pairs with the first byte that is left; every byte after that reads the same
      // whatever the lost byte was.
      const first = likeliestCharEndingWith(middleBytes[0], encoding);
      const rest = middleBytes.slice(1, secondByte === null ? -1 : undefined);
      const restBytes = secondByte === null ? rest : Uint8Array.of(...rest, secondByte);
      const restText = strictDecode(restBytes, encoding);
      if (first === null || restText === null || ![...restText].every(isCommonChineseChar)) continue;
      const text = first + restText;
      const mean = meanLogProbability(text);
      if (best === null || mean > best.mean) best = { text, mean };
    }
  }
  return best?.text ?? null;
}

const likeliestChars = new Map<string, string | null>();
/** The most common character whose second byte in `encoding` is `secondByte`, over every first byte. */
function likeliestCharEndingWith(secondByte: number, encoding: string): string | null {
  const key = `${encoding}:${secondByte}`;
  let likeliest = likeliestChars.get(key);
  if (likeliest === undefined) {
    let best: { char: string; logProbability: number } | null = null;
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      const char = strictDecode(Uint8Array.of(lead, secondByte), encoding);
      if (char === null || char.length !== 1 || !isCommonChineseChar(char)) continue;
      const logProbability = charLogProbability(char);
      if (best === null || logProbability > best.logProbability) best = { char, logProbability };
    }
    likeliest = best?.char ?? null;
    likeliestChars.set(key, likeliest);
  }
  return likeliest;
}

const MAX_READINGS = 8;

/** The byte sequences `text` may have come from in `encoding`: each ASCII mark as itself or as its full-width form. */
function byteReadings(text: string, encoding: string): Uint8Array[] {
  let readings: number[][] = [[]];
  for (const char of text) {
    const options: Uint8Array[] = [];
    const own = strictEncode(char, encoding);
    if (own !== null) options.push(own);
    // ASCII punctuation and digits may stand for their full-width forms, which some sites print as ASCII.
    if (char >= "\x21" && char <= "\x3f") {
      const fullWidth = strictEncode(fullWidthChar(char), encoding);
      if (fullWidth !== null) options.push(fullWidth);
    }
    if (options.length === 0) return [];
    readings = readings.flatMap((reading) => options.map((option) => [...reading, ...option]));
    if (readings.length > MAX_READINGS) return [];
  }
  return readings.map((reading) => Uint8Array.from(reading));
}

/** A character that mis-decoded bytes produce and Chinese prose hardly has. */
const isImprobable = perCharacter((char: string): boolean => {
  if (char === "" || isLineSpace(char)) return false;
  if (isHanChar(char)) return charLogProbability(char) < RARE_LOG_PROBABILITY;
  const code = char.charCodeAt(0);
  // Latin-1 letters and symbols, Latin Extended, Greek, Cyrillic, box drawing, private use, U+FFFD.
  return (code >= 0x80 && code <= 0x4ff) || (code >= 0x2500 && code <= 0x257f) || (code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd;
});

/** A listed Chinese character that is not rare: what a repaired text must consist of. */
function isCommonChineseChar(char: string): boolean {
  return isListedChineseChar(char) && charLogProbability(char) >= RARE_LOG_PROBABILITY;
}

/**
 * Text written in one encoding and read as another (UTF-8 read as GBK gives 鍙戝睍 for 发展;
 * GBK read as Windows-1252 gives ÈË²Å for 人才). Found at two improbable characters close together; from there
 * (or a few characters before it, since mis-decoded bytes also give common characters) the text
 * is written back in the wrong encoding, and the longest stretch that reads cleanly in the right
 * one, as common Chinese, is the repair.
 */
function misreadingRepairAt(line: string, start: number, floor: number): TextRepair | null {
  if (!isImprobable(line[start]) || line[start] === "\uFFFD" || !isImprobable(line[start + 1] ?? "") && !isImprobable(line[start + 2] ?? "")) return null;
  let best: { repair: TextRepair; mean: number } | null = null;
  for (let left = 0; left <= MAX_RUN_EXTENSION && start - left >= floor; left++) {
    const from = start - left;
    if (left > 0 && isLineSpace(line[from])) break;
    for (const { wrote, read } of MISREADINGS) {
      const repair = longestRereading(line, from, start, read, wrote);
      if (repair === null) continue;
      const mean = meanLogProbability(repair.text);
      if (!isClearlyBetter(mean, meanLogProbability(line.slice(repair.start, repair.end)))) continue;
      if (best === null || repair.end - repair.start > best.repair.end - best.repair.start) best = { repair, mean };
    }
  }
  return best?.repair ?? null;
}

const isLineSpace = (char: string) => char === " " || char === "\t" || char === "\u3000" || char === "\u00A0";

/**
 * The longest text from `from` (reaching past `anchor`) that, written as `read`, reads cleanly
 * as `wrote` and gives common Chinese characters or ASCII.
 */
function longestRereading(line: string, from: number, anchor: number, read: string, wrote: string): TextRepair | null {
  // The stretch written back ends at white space, at U+FFFD (bytes that are gone) or at a
  // character `read` cannot hold (text around the damage that was never misread).
  const widths: number[] = [];
  const parts: Uint8Array[] = [];
  for (let i = from; i < line.length && !isLineSpace(line[i]) && i - from < MAX_REREAD; i++) {
    const encoded = strictEncode(line[i], read);
    if (encoded === null) break;
    parts.push(encoded);
    widths.push(encoded.length);
  }
  const to = from + widths.length;
  if (to <= anchor) return null;
  const bytes = Buffer.concat(parts);
  // Read leniently, keep what comes before the first unreadable byte or uncommon character.
  const lenient = iconv.decode(bytes, wrote);
  let kept = 0;
  for (const char of lenient) {
    if (!(isCommonChineseChar(char) || (isAscii(char) && char >= " "))) break;
    kept += char.length;
  }
  // Back off to where a damaged character and a repaired one end together, so the repair
  // replaces whole characters with whole characters.
  const keptBytes = iconv.encode(lenient.slice(0, kept), wrote).length;
  const boundaries: number[] = [];
  for (let i = 0, consumed = 0; i < widths.length; i++) {
    consumed += widths[i];
    if (consumed > keptBytes) break;
    boundaries.push(consumed);
  }
  for (let length = boundaries.length; from + length > anchor; length--) {
    const text = strictDecode(bytes.subarray(0, boundaries[length - 1]), wrote);
    if (text !== null && countHan(text) > 0) return { start: from, end: from + length, text };
  }
  return null;
}

function isClearlyBetter(repairedMean: number, damagedMean: number): boolean {
  return repairedMean >= MIN_REPAIRED_MEAN && repairedMean - damagedMean >= MIN_GAIN;
}

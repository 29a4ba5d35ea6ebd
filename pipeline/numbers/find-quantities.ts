// Finds every number in a line with its unit or counter and the words that bound it
// (最高15万元, 7万余人, 近5.2万人次, 1000至3000元). Dates, times, durations, ordinals, list markers,
// figures inside identifiers, URLs, 《》 titles and short quoted names are not quantities.
import bounds from "../lexicons/quantity-bounds.json" with { type: "json" };
import exclusions from "../lexicons/quantity-exclusions.json" with { type: "json" };
import numerals from "../lexicons/quantity-numerals.json" with { type: "json" };
import units from "../lexicons/quantity-units.json" with { type: "json" };
import { isHanChar } from "../text/han.js";
import { divisions, shortDivisionName } from "../divisions.js";
import type { Qualifier, Quantity } from "../types.js";
import { normalizeNumberText } from "./normalize-number-text.js";
import { readNumber, tidy, type NumberReading } from "./read-number.js";

/** Words looked up by their first character, longest first. */
class WordTable<V> {
  private byFirst = new Map<string, [string, V][]>();
  private byLast = new Map<string, [string, V][]>();
  constructor(entries: Iterable<[string, V]>) {
    for (const [word, value] of entries) {
      for (const [map, key] of [[this.byFirst, word[0]!], [this.byLast, word.at(-1)!]] as const) {
        const list = map.get(key) ?? [];
        list.push([word, value]);
        list.sort((a, b) => b[0].length - a[0].length);
        map.set(key, list);
      }
    }
  }
  /** Longest word starting at `pos`. */
  at(text: string, pos: number): [string, V] | null {
    for (const entry of this.byFirst.get(text[pos] ?? "") ?? []) if (text.startsWith(entry[0], pos)) return entry;
    return null;
  }
  /** Longest word ending at `end` (exclusive). */
  before(text: string, end: number): [string, V] | null {
    for (const entry of this.byLast.get(text[end - 1] ?? "") ?? []) if (end - entry[0].length >= 0 && text.startsWith(entry[0], end - entry[0].length)) return entry;
    return null;
  }
}

const words = (list: string[]) => list.map((w): [string, true] => [w, true]);

const CURRENCIES = new WordTable(Object.entries(units.currencies));
const CURRENCY_PREFIXES = new WordTable(Object.entries(units.currencyPrefixes));
const GENERIC_YUAN = new Set(units.genericYuan);
const SPOKEN_MONEY_UNIT = units.spokenMoneyUnit;
const COUNTERS = new WordTable(Object.entries(units.counters));
const SCALES: Record<string, number> = units.scales;
const COUNTER_BLOCKERS: Record<string, string[]> = units.counterBlockers;
const RANK_COUNTERS = new Set(units.rankCounters);
const RANK_CUES = new WordTable(words(units.rankCues));
const RANK_SHIFT_CUES = new WordTable(words(units.rankShiftCues));
const PERCENT_TENTHS = new WordTable(Object.entries(units.percentTenths));
const PERCENT_TENTHS_BLOCKERS = new Set(units.percentTenthsBlockers);
const MONEY_SUBUNITS = new WordTable(Object.entries(units.moneySubunits));
const MONEY_TRAILERS = new WordTable(words(units.moneyTrailers));
const MONEY_SUBUNIT_BLOCKERS: Record<string, string[]> = units.moneySubunitBlockers;
const ZEROS = new Set(numerals.zeros);
/** Units of things counted one by one. */
const COUNTED_UNITS = new Set(["item", "person", "person_time"]);

const PREFIX_BOUNDS = new WordTable(Object.entries(bounds.prefixes) as [string, Qualifier][]);
const PREFIX_FILLERS = new WordTable(words(bounds.prefixFillers));
const MAX_PREFIX_FILLERS = bounds.maxPrefixFillers;
const PREFIX_BLOCKERS = new WordTable(words(bounds.prefixBlockers));
const SUFFIX_BOUNDS = new WordTable(Object.entries(bounds.suffixes) as [string, Qualifier][]);
const SUFFIX_BLOCKERS: Record<string, string[]> = bounds.suffixBlockers;
const ROUND_FIGURE_PREFIXES = new WordTable(Object.entries(bounds.roundFigurePrefixes) as [string, Qualifier][]);
const INCLUSIVE_MARKS = new WordTable(words(bounds.inclusiveMarks));
const RANGE_SEPARATORS = new WordTable(words(bounds.rangeSeparators));
const BETWEEN_SEPARATORS = new WordTable(words(bounds.betweenSeparators));
const BETWEEN_CLOSERS = new WordTable(words(bounds.betweenClosers));

const TIME_UNITS = new WordTable(words(exclusions.timeUnits));
const ORDINAL_PREFIXES = new WordTable(words(exclusions.ordinalPrefixes));
const WEEKDAY_PREFIXES = new WordTable(words(exclusions.weekdayPrefixes));
const LIST_MARKER_FOLLOWERS = new Set(exclusions.listMarkerFollowers);


const NUMERAL_CHARS = [
  ...Object.keys(numerals.digits), ...Object.keys(numerals.tens), ...Object.keys(numerals.smallMultipliers), ...Object.keys(numerals.bigMultipliers),
];

/** By UTF-16 code: 1 where a number can start. */
const NUMBER_START = new Uint8Array(0x10000);
for (const ch of [...NUMERAL_CHARS, ...numerals.vague, numerals.half, ...numerals.negative, "-", ".", ..."0123456789"]) NUMBER_START[ch.charCodeAt(0)] = 1;

/**
 * Place names with a numeral in them (十堰市, 六盘水, 三门峡) are not numbers: every division name and
 * its short form, except a short form made of numerals alone (二七 of 二七区), which can be a number.
 */
const NUMERAL_PLACE_NAMES = divisions
  .flatMap((d) => [d.name, shortDivisionName(d.name)])
  .filter((name) => name.length >= 2 && [...name].some((ch) => NUMBER_START[ch.charCodeAt(0)] === 1) && [...name].some((ch) => NUMBER_START[ch.charCodeAt(0)] !== 1));
const NON_NUMERAL_WORDS = new RegExp(
  [...new Set([...exclusions.nonNumeralWords, ...NUMERAL_PLACE_NAMES])].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");

/** Characters that end a figure or a word: a "-" after them is a dash (3-5万, 三-五人, A-1), not a minus. */
const FIGURE_OR_WORD_END = new Set([...NUMERAL_CHARS, ..."0123456789%‰", ..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"]);

/** Characters after which a figure starts a clause (for list markers such as 一是, 1、, (2)). */
const CLAUSE_START = /[\s,，。;；:：!！?？、()（）》”"\]】]/;
const ID_CHAR = /[A-Za-z0-9_]/;
const ASCII_LETTER = /[A-Za-z]/;
const isAsciiDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

const MASKED_PATTERNS = [
  /(?:https?:\/\/|www\.)[\x21-\x7e]+/g,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /(?<!\d)(?:1[89]|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])(?!\d)/g,
  /(?<![\d.])(?:1[89]|20)\d{2}[-/](?:0?[1-9]|1[0-2])(?![\d.])/g,
  /(?<![\d.])\d{1,2}:\d{2}(?::\d{2})?(?![\d.])/g,
];
/** Letters and digits mixed in one token (Q10, NW2022…, _2022…, COVID-19), other than 15k, 30w, 1.2M. */
const ALNUM_TOKEN = /[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*/g;
const NUMBER_WITH_LETTER_MULTIPLIER = /^\d*[kKwWMG]$/;

/**
 * For offsets inside a word that holds a numeral without being a number (统一, 之一, 一些, 十分),
 * the end of that word: a number read there that ends inside the word is part of the word
 * (十分 is "very", 十分之一 is a fraction).
 */
function wordEnds(text: string): Int32Array {
  const ends = new Int32Array(text.length);
  for (const m of text.matchAll(NON_NUMERAL_WORDS)) ends.fill(m.index + m[0].length, m.index, m.index + m[0].length);
  return ends;
}

/** Offsets that cannot hold a quantity: URLs, dates, times, identifiers, titles, short quoted names. */
function maskedOffsets(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  const fill = (from: number, to: number) => mask.fill(1, from, to);
  for (const pattern of MASKED_PATTERNS) for (const m of text.matchAll(pattern)) fill(m.index, m.index + m[0].length);
  for (const m of text.matchAll(ALNUM_TOKEN)) {
    if (/[A-Za-z_]/.test(m[0]) && /\d/.test(m[0]) && !NUMBER_WITH_LETTER_MULTIPLIER.test(m[0])) fill(m.index, m.index + m[0].length);
  }
  // Titles and quotes close on the line they open on; an unclosed one masks nothing.
  const closing = (close: string, from: number) => {
    const to = text.indexOf(close, from + 1);
    const newline = text.indexOf("\n", from + 1);
    return to >= 0 && (newline < 0 || to < newline) ? to : -1;
  };
  for (const [open, close] of exclusions.titleBrackets) {
    for (let from = text.indexOf(open!); from >= 0; from = text.indexOf(open!, from + 1)) {
      const to = closing(close!, from);
      if (to >= 0) fill(from, to + 1);
    }
  }
  for (const [open, close] of exclusions.quotes) {
    for (let from = text.indexOf(open!); from >= 0; ) {
      const to = closing(close!, from);
      if (to < 0) {
        from = text.indexOf(open!, from + 1);
        continue;
      }
      if (to - from - 1 <= exclusions.shortQuoteMaxChars) fill(from, to + 1);
      from = text.indexOf(open!, to + 1);
    }
  }
  return mask;
}

const skipSpace = (text: string, pos: number) => (text[pos] === " " ? pos + 1 : pos);

/**
 * "-" right before digits and not right after a figure or a word, a space apart at most:
 * 增长-3.5%, -.5 and - 1,200 are negative; 3-5万, 3 - 5万 and A-1 are dashes.
 */
function isMinusSign(text: string, at: number): boolean {
  const next = skipSpace(text, at + 1);
  const previous = text[at - 1] === " " ? at - 2 : at - 1;
  const beforeDigits = isAsciiDigit(text[next]) || (text[next] === "." && isAsciiDigit(text[next + 1]));
  return beforeDigits && (previous < 0 || !FIGURE_OR_WORD_END.has(text[previous]!));
}

interface Tail {
  end: number;
  unit: string | null;
  counter: string | null;
  /** Added to the number before scaling: 1角1分 → 0.11 (yuan), 三成半 → 0.5 (tenths). */
  add: number;
  /** Multiplies the number into the unit: 成 → 10 (percent), 亩 → 666.67 (m²). */
  scale: number;
  /** A date, time or duration word follows: not a quantity. */
  time: boolean;
  /** Where the unit word starts (for the counter as written). */
  unitStart: number;
}

const EMPTY_TAIL = (end: number): Tail => ({ end, unit: null, counter: null, scale: 1, add: 0, time: false, unitStart: end });

/** 1角1分, 六角七分, 三毛 after 元; 一块二, 三块零四 after 块. */
function readMoneySubunits(text: string, pos: number, afterKuai: boolean): { add: number; end: number } {
  let add = 0;
  let at = pos;
  let matched = false;
  for (let round = 0; round < 2; round++) {
    const digit = readNumber(text, ZEROS.has(text[at]!) ? at + 1 : at);
    if (!digit || digit.vagueness !== "exact" || digit.low < 0 || digit.low > 9 || !Number.isInteger(digit.low)) break;
    const subunit = MONEY_SUBUNITS.at(text, digit.end);
    if (!subunit || MONEY_SUBUNIT_BLOCKERS[subunit[0]]?.some((b) => text.startsWith(b, digit.end + subunit[0].length))) break;
    add += digit.low * subunit[1];
    at = digit.end + subunit[0].length;
    matched = true;
  }
  if (!matched && afterKuai) {
    // 一块二 = 1.2, 三块零四 = 3.04: a lone digit after 块 reads as 角, after 块零 as 分.
    const zero = ZEROS.has(text[at]!);
    const digit = readNumber(text, zero ? at + 1 : at);
    const next = digit ? text[digit.end] : undefined;
    if (digit && digit.vagueness === "exact" && !digit.arabic && digit.low >= 1 && digit.low <= 9 && Number.isInteger(digit.low) && digit.end - digit.start === 1
      && (next === undefined || !COUNTERS.at(text, digit.end) && !CURRENCIES.at(text, digit.end) && !isHanChar(next) || MONEY_TRAILERS.at(text, digit.end))) {
      add += digit.low * (zero ? 0.01 : 0.1);
      at = digit.end;
    }
  }
  return { add, end: at };
}

/** 三成, 三成半, 75折: tenths (or hundredths) of a whole, as a percentage. */
function readPercentTenths(text: string, original: string, number: NumberReading, pos: number): Tail | null {
  const tenths = PERCENT_TENTHS.at(text, pos);
  if (!tenths || number.percent || number.vagueness === "vague" || PERCENT_TENTHS_BLOCKERS.has(text[pos + 1] ?? "")) return null;
  const limit = tenths[0] === "成" ? 10 : 100;
  if (!(number.low > 0 && number.high <= limit) || (tenths[0] === "折" && number.low === 10)) return null;
  let end = pos + tenths[0].length;
  let add = 0;
  // 三成半 = 35%: half a tenth more. 75折 = 75%, 8折 = 80%.
  if (tenths[0] === "成" && text[end] === numerals.half) add = 0.5, end++;
  const scale = tenths[0] === "折" && number.low > 10 ? 1 : tenths[1];
  return { end, unit: "percent", counter: original.slice(pos, pos + tenths[0].length), scale, add, time: false, unitStart: pos };
}

/** 元 and its kin with 角/分 after them and the currency named after 元 (9000元日币). */
function readYuan(text: string, original: string, number: NumberReading, pos: number, [yuan, yuanCode]: [string, string], prefixCurrency: string | null): Tail {
  let code = yuanCode;
  const subunits = readMoneySubunits(text, pos + yuan.length, yuan.startsWith(units.colloquialTenthsAfter));
  let end = subunits.end;
  const named = subunits.add === 0 ? CURRENCIES.at(text, end) : null;
  if (named && !GENERIC_YUAN.has(named[0])) code = named[1], end += named[0].length;
  else if (prefixCurrency) code = prefixCurrency;
  const trailer = MONEY_TRAILERS.at(text, end);
  if (trailer) end += trailer[0].length;
  const add = number.low < 0 ? -subunits.add : subunits.add;
  return { end, unit: code, counter: original.slice(pos, pos + yuan.length), scale: 1, add, time: false, unitStart: pos };
}

/** The unit, counter or date word after a number ending at `pos`. */
function readTail(text: string, original: string, number: NumberReading, prefixCurrency: string | null): Tail {
  const pos = skipSpace(text, number.end);
  const tenths = readPercentTenths(text, original, number, pos);
  if (tenths) return tenths;
  const time = TIME_UNITS.at(text, pos);
  const currency = CURRENCIES.at(text, pos);
  let counter = COUNTERS.at(text, pos);
  if (counter && COUNTER_BLOCKERS[counter[0]]?.some((b) => text.startsWith(b, pos + counter![0].length))) counter = null;
  const best = Math.max(currency?.[0].length ?? 0, counter?.[0].length ?? 0);
  if (time && time[0].length >= best) return { ...EMPTY_TAIL(pos + time[0].length), time: true };
  if (currency && currency[0].length >= best) {
    if (GENERIC_YUAN.has(currency[0])) return readYuan(text, original, number, pos, currency, prefixCurrency);
    const end = pos + currency[0].length;
    return { end, unit: currency[1], counter: original.slice(pos, end), scale: 1, add: 0, time: false, unitStart: pos };
  }
  if (counter) {
    const end = pos + counter[0].length;
    const tail: Tail = { end, unit: counter[1], counter: original.slice(pos, end), scale: SCALES[counter[0]] ?? 1, add: 0, time: false, unitStart: pos };
    // A count is a whole number (2.2本, 0.5个 are not counts) and is not a percentage.
    const fractional = number.arabic && (!Number.isInteger(tidy(number.low)) || !Number.isInteger(tidy(number.high)));
    if (COUNTED_UNITS.has(counter[1]) && (number.percent || fractional)) return EMPTY_TAIL(number.end);
    return tail;
  }
  // 44个亿, 两个亿 with no unit after them: the spoken way of stating an amount of money.
  if (number.measureWordAt !== null) return { ...EMPTY_TAIL(number.end), unit: prefixCurrency ?? SPOKEN_MONEY_UNIT, counter: "" };
  return EMPTY_TAIL(number.end);
}

/** The bound word ending at `pos`, perhaps before fillers (最高可达, 不超过每人每月), and where it starts. */
function prefixBound(text: string, pos: number): { qualifier: Qualifier; start: number } | null {
  let at = pos;
  for (let fillers = 0; ; fillers++) {
    const bound = PREFIX_BOUNDS.before(text, at);
    if (bound) {
      // 签约, 最近, 赶超: the bound word is the end of another word.
      const blocker = PREFIX_BLOCKERS.before(text, at);
      if (blocker && blocker[0].length > bound[0].length) return null;
      return { qualifier: bound[1], start: at - bound[0].length };
    }
    const filler = fillers < MAX_PREFIX_FILLERS ? PREFIX_FILLERS.before(text, at) : null;
    if (!filler) return null;
    at -= filler[0].length;
  }
}

function suffixBound(text: string, pos: number): { qualifier: Qualifier; end: number } | null {
  let at = skipSpace(text, pos);
  const inclusive = INCLUSIVE_MARKS.at(text, at);
  const bound = SUFFIX_BOUNDS.at(text, at) ?? (inclusive ? SUFFIX_BOUNDS.at(text, at + inclusive[0].length) : null);
  if (!bound) return null;
  if (!SUFFIX_BOUNDS.at(text, at)) at += inclusive![0].length;
  const end = at + bound[0].length;
  if (SUFFIX_BLOCKERS[bound[0]]?.includes(text[end] ?? "")) return null;
  return { qualifier: bound[1], end };
}

const isClauseStart = (text: string, pos: number) => pos === 0 || CLAUSE_START.test(text[pos - 1]!);

/** A numbered-list marker: 一是, 二、, 1., (3), （一）. */
function isListMarker(text: string, number: NumberReading): boolean {
  if (number.vagueness !== "exact" || number.bigMultiplier || !Number.isInteger(number.low) || number.low < 0 || number.low >= 100 || number.percent) return false;
  const next = text[number.end];
  if (text[number.start - 1] === "(" && next === ")") return isClauseStart(text, number.start - 1);
  if (!isClauseStart(text, number.start)) return false;
  if (next !== undefined && LIST_MARKER_FOLLOWERS.has(next)) return true;
  return number.arabic && next === "." && !/\d/.test(text[number.end + 1] ?? "");
}

/** 第39位, 排名全国第39位, 位居全省第一: a place in a league table; null for other ordinals. */
function rankQuantity(text: string, original: string, number: NumberReading, ordinalStart: number): Quantity | null {
  if (number.vagueness !== "exact" || number.percent || !Number.isInteger(number.low) || number.low <= 0) return null;
  const counted = RANK_COUNTERS.has(text[number.end] ?? "");
  let cued = false;
  for (let at = ordinalStart; at >= Math.max(0, ordinalStart - 8); at--) {
    if (at < ordinalStart && CLAUSE_START.test(text[at]!)) break;
    if (RANK_CUES.before(text, at)) {
      cued = true;
      break;
    }
  }
  if (!cued && !(counted && number.arabic)) return null;
  const end = counted ? number.end + 1 : number.end;
  return {
    text: original.slice(ordinalStart, end), start: ordinalStart, end, value: number.low, value_min: null, value_max: null,
    unit: "rank", counter: counted ? original.slice(number.end, end) : null, qualifier: "exact",
  };
}

/** A number read with the unit, counter or date word after it. */
interface Figure {
  number: NumberReading;
  tail: Tail;
}

function figureValue({ number, tail }: Figure): { low: number; high: number } {
  return { low: tidy((number.low + tail.add) * tail.scale), high: tidy((number.high + tail.add) * tail.scale) };
}

/** What follows a figure: nothing that makes it a range, a span of dates, or the right end of a range. */
type RangeReading =
  | { kind: "none" }
  | { kind: "dates" }
  | { kind: "range"; right: Figure; low: number; end: number };

const NO_RANGE: RangeReading = { kind: "none" };

/**
 * A range's right end after a separator (1000至3000元, 1万-5万元, 在3万与5万元之间), with the
 * multiplier and unit its bare left end borrows.
 */
function readRange(text: string, original: string, left: Figure, prefixCurrency: string | null): RangeReading {
  let at = skipSpace(text, left.tail.end);
  const inclusive = INCLUSIVE_MARKS.at(text, at);
  if (inclusive) at = skipSpace(text, at + inclusive[0].length);
  const separator = RANGE_SEPARATORS.at(text, at) ?? BETWEEN_SEPARATORS.at(text, at);
  if (!separator) return NO_RANGE;
  const rightStart = skipSpace(text, at + separator[0].length);
  if (text[rightStart] === "-" || text[rightStart] === "负") return NO_RANGE;
  const number = readNumber(text, rightStart);
  if (!number || number.percent !== left.number.percent || number.low < 0) return NO_RANGE;
  const right: Figure = { number, tail: readTail(text, original, number, prefixCurrency) };
  // 2019-2021年, 3至5月: a span of dates or a duration.
  if (right.tail.time) return { kind: "dates" };
  // 与, 和 join two figures into a range only when 之间 closes it.
  const closer = BETWEEN_CLOSERS.at(text, skipSpace(text, right.tail.end));
  if (!RANGE_SEPARATORS.at(text, at) && !closer) return NO_RANGE;
  const end = closer ? skipSpace(text, right.tail.end) + closer[0].length : right.tail.end;
  if (left.tail.unit && right.tail.unit && left.tail.unit !== right.tail.unit) return NO_RANGE;
  if (left.tail.unit && !right.tail.unit) return NO_RANGE;
  const rightValue = figureValue(right);
  let low = figureValue(left).low;
  if (!left.number.bigMultiplier && !left.tail.unit) {
    // 两到三万元, 十八至三十万日元: the bare left end takes the right end's multiplier when that
    // keeps it below the right end (从8500到3万 keeps 8500).
    low = tidy(low * right.tail.scale);
    for (const multiplier of number.trailingMultipliers) {
      if (tidy(left.number.low * multiplier * right.tail.scale) <= rightValue.low) {
        low = tidy(left.number.low * multiplier * right.tail.scale);
        break;
      }
    }
  }
  if (!(low < rightValue.high)) return NO_RANGE;
  return { kind: "range", right, low, end };
}

const BIG_MULTIPLIER_CHARS = new Set(Object.keys(numerals.bigMultipliers));

/** The measure word as written: 15万元 → 万元, 4.3万人 → 万人, 44个亿 → 个亿, 44个亿元 → 个亿元. */
function counterText(text: string, original: string, number: NumberReading, tail: Tail): string | null {
  if (tail.counter === null) return null;
  // A big multiplier (and a measure word before it) written right before the unit belongs to it.
  let from = tail.unitStart;
  if (from === number.end) {
    while (from > number.trailingStart && BIG_MULTIPLIER_CHARS.has(text[from - 1]!)) from--;
    if (number.measureWordAt === from - 1) from--;
  }
  return original.slice(from, tail.unitStart) + tail.counter;
}

const MULTIPLIER_CHARS = new Set([...Object.keys(numerals.smallMultipliers), ...Object.keys(numerals.bigMultipliers)]);

/** 上 before 千, 万 …, unless it ends another word (线上, 以上). */
function roundFigurePrefix(text: string, pos: number): [string, Qualifier] | null {
  const round = ROUND_FIGURE_PREFIXES.before(text, pos);
  const blocker = PREFIX_BLOCKERS.before(text, pos);
  return round && !(blocker && blocker[0].length > round[0].length) ? round : null;
}

/** 近万人, 上千家, 逾百亿元: a multiplier standing alone for a round figure after a bound word. */
function readRoundFigure(text: string, pos: number): NumberReading | null {
  if (!MULTIPLIER_CHARS.has(text[pos]!) || !(roundFigurePrefix(text, pos) || prefixBound(text, pos))) return null;
  return readNumber(text, pos, { bareMultiplier: true });
}

/**
 * Every quantity in `text`, in order of appearance. `text` is a line as the clean stage leaves it
 * (text/normalize.ts), which decides among other things which full-width commas group digits.
 */
export function findQuantities(text: string): Quantity[] {
  const normalized = normalizeNumberText(text);
  const mask = maskedOffsets(normalized);
  const wordEnd = wordEnds(normalized);
  const found: Quantity[] = [];
  let i = 0;
  while (i < normalized.length) {
    if (mask[i] || !NUMBER_START[normalized.charCodeAt(i)] || (normalized[i] === "-" && !isMinusSign(normalized, i))) {
      i++;
      continue;
    }
    const number = readNumber(normalized, i) ?? readRoundFigure(normalized, i);
    if (!number) {
      i++;
      continue;
    }
    if (wordEnd[i] && number.end <= wordEnd[i]!) {
      i = number.end;
      continue;
    }
    const quantity = readQuantity(normalized, text, number, mask);
    if (quantity) {
      found.push(quantity);
      i = quantity.end;
    } else i = Math.max(number.end, i + 1);
  }
  return found;
}

/** Nothing but spaces between `start`/`end` and the line's ends. */
function fillsLine(text: string, start: number, end: number): boolean {
  return /(^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 80), start)) && /^[ \t\r]*(\n|$)/.test(text.slice(end, end + 80));
}

/** Digits that belong to something else: an identifier (Q10, 5G, A3), a masked span, a code (0459, 007). */
function isPartOfOtherToken(text: string, number: NumberReading, mask: Uint8Array): boolean {
  const before = text[number.start - 1];
  if (before !== undefined && ID_CHAR.test(text[number.start]!) && ID_CHAR.test(before)) return true;
  if (ASCII_LETTER.test(text[number.end] ?? "")) return true;
  for (let k = number.start; k < number.end; k++) if (mask[k]) return true;
  // A leading zero marks a code, not an amount (0.5 and 01.10 are amounts).
  const written = text.slice(number.start, number.end);
  return /^0\d/.test(written) && !/^0\d?\./.test(written);
}

/** The words written before a number that belong to its quantity: a bound word and a currency. */
interface Lead {
  start: number;
  /** 人民币3.14, 港币两千九百六十元, $20. */
  currency: string | null;
  /** 最高, 不超过每人, 近, 上 (上千家). */
  bound: Qualifier | null;
}

function readLead(text: string, number: NumberReading): Lead {
  let start = number.start;
  let currency: string | null = null;
  const currencyEnd = text[start - 1] === " " ? start - 1 : start;
  const currencyBefore = CURRENCY_PREFIXES.before(text, currencyEnd);
  if (currencyBefore) {
    currency = currencyBefore[1];
    start = currencyEnd - currencyBefore[0].length;
  }
  const prefix = prefixBound(text, start);
  if (prefix) return { start: prefix.start, currency, bound: prefix.qualifier };
  const round = roundFigurePrefix(text, start);
  if (round && MULTIPLIER_CHARS.has(text[number.start]!)) return { start: start - round[0].length, currency, bound: round[1] };
  return { start, currency, bound: null };
}

function readQuantity(text: string, original: string, number: NumberReading, mask: Uint8Array): Quantity | null {
  if (isPartOfOtherToken(text, number, mask)) return null;
  const ordinal = ORDINAL_PREFIXES.before(text, number.start);
  if (ordinal) return rankQuantity(text, original, number, number.start - ordinal[0].length);
  if (WEEKDAY_PREFIXES.before(text, number.start) && !number.arabic && number.end - number.start === 1) return null;
  if (isListMarker(text, number)) return null;

  const lead = readLead(text, number);
  const left: Figure = { number, tail: readTail(text, original, number, lead.currency) };
  if (left.tail.time) return null;
  // 提升2位, 下降3名: places gained or lost in a ranking, not people.
  if (left.tail.unit === "person" && RANK_COUNTERS.has(text[left.tail.unitStart]!) && RANK_SHIFT_CUES.before(text, lead.start)) left.tail = EMPTY_TAIL(number.end);
  const range = readRange(text, original, left, lead.currency);
  if (range.kind === "dates") return null;
  if (range.kind === "range") return rangeQuantity(text, original, lead, range);
  return singleQuantity(text, original, lead, left);
}

function rangeQuantity(text: string, original: string, lead: Lead, range: Extract<RangeReading, { kind: "range" }>): Quantity {
  const { right } = range;
  const suffix = suffixBound(text, range.end);
  const end = suffix ? suffix.end : range.end;
  return {
    text: original.slice(lead.start, end), start: lead.start, end, value: null, value_min: range.low, value_max: figureValue(right).high,
    unit: right.tail.unit ?? lead.currency, counter: counterText(text, original, right.number, right.tail), qualifier: "range",
  };
}

function singleQuantity(text: string, original: string, lead: Lead, figure: Figure): Quantity | null {
  const { number, tail } = figure;
  let unit = tail.unit ?? lead.currency;
  const wholeLine = fillsLine(text, lead.start, tail.end) || fillsLine(text, lead.start, number.end);
  if (!unit && !wholeLine && (number.weak || number.paired)) return null;
  // 一个, 一名, 一次, 一看: an indefinite article or an adverb, not a count.
  if (number.loneOne && !wholeLine && (unit === null || COUNTED_UNITS.has(unit))) return null;
  if (number.percent) unit ??= "percent";
  const suffix = suffixBound(text, tail.end);
  const end = suffix ? suffix.end : tail.end;

  let qualifier: Qualifier = "exact";
  if (number.vagueness === "vague") qualifier = "range";
  else if (suffix) qualifier = suffix.qualifier;
  else if (lead.bound) qualifier = lead.bound;
  else if (number.vagueness === "more") qualifier = "min";
  const { low, high } = figureValue(figure);
  const bounded = number.vagueness !== "exact";
  return {
    text: original.slice(lead.start, end), start: lead.start, end,
    value: qualifier === "range" ? null : low,
    value_min: bounded ? low : null,
    value_max: bounded ? high : null,
    unit, counter: counterText(text, original, number, tail), qualifier,
  };
}

// Finds every number in a line with its unit or counter and the words that bound it
// (最高15万元, 7万余人, 近5.2万人次, 1000至3000元). Dates, times, durations, ordinals, list markers,
// figures inside identifiers, URLs, 《》 titles and short quoted names are not quantities.
import bounds from "../lexicons/quantity-bounds.json" with { type: "json" };
import exclusions from "../lexicons/quantity-exclusions.json" with { type: "json" };
import numerals from "../lexicons/quantity-numerals.json" with { type: "json" };
import units from "../lexicons/quantity-units.json" with { type: "json" };
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
  at(t: string, pos: number): [string, V] | null {
    for (const entry of this.byFirst.get(t[pos] ?? "") ?? []) if (t.startsWith(entry[0], pos)) return entry;
    return null;
  }
  /** Longest word ending at `end` (exclusive). */
  before(t: string, end: number): [string, V] | null {
    for (const entry of this.byLast.get(t[end - 1] ?? "") ?? []) if (end - entry[0].length >= 0 && t.startsWith(entry[0], end - entry[0].length)) return entry;
    return null;
  }
}

const words = (list: string[]) => list.map((w): [string, true] => [w, true]);

const CURRENCIES = new WordTable(Object.entries(units.currencies));
const CURRENCY_PREFIXES = new WordTable(Object.entries(units.currencyPrefixes));
const GENERIC_YUAN = new Set(units.genericYuan);
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

const PREFIX_BOUNDS = new WordTable(Object.entries(bounds.prefixes) as [string, Qualifier][]);
const PREFIX_FILLERS = new WordTable(words(bounds.prefixFillers));
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
const NON_NUMERAL_WORDS = new RegExp(
  [...exclusions.nonNumeralWords].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");

/** By UTF-16 code: 1 where a number can start. */
const NUMBER_START = new Uint8Array(0x10000);
for (const ch of [
  ...Object.keys(numerals.digits), ...Object.keys(numerals.tens), ...Object.keys(numerals.smallMultipliers),
  ...Object.keys(numerals.bigMultipliers), ...numerals.vague, numerals.half, ...numerals.negative, "-", ".",
  "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
]) NUMBER_START[ch.charCodeAt(0)] = 1;

/** Characters after which a figure starts a clause (for list markers such as 一是, 1、, (2)). */
const CLAUSE_START = /[\s,，。;；:：!！?？、()（）》”"\]】]/;
/** Characters before which "-" is a minus sign rather than a dash. */
const SIGN_CONTEXT = /[\s(（:：=，,、;；“"‘'为是至到从达]/;
const ID_CHAR = /[A-Za-z0-9_]/;
const ASCII_LETTER = /[A-Za-z]/;

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
function wordEnds(t: string): Int32Array {
  const ends = new Int32Array(t.length);
  for (const m of t.matchAll(NON_NUMERAL_WORDS)) ends.fill(m.index + m[0].length, m.index, m.index + m[0].length);
  return ends;
}

/** Offsets that cannot hold a quantity: URLs, dates, times, identifiers, titles, short quoted names. */
function maskedOffsets(t: string): Uint8Array {
  const mask = new Uint8Array(t.length);
  const fill = (from: number, to: number) => mask.fill(1, from, to);
  for (const pattern of MASKED_PATTERNS) for (const m of t.matchAll(pattern)) fill(m.index, m.index + m[0].length);
  for (const m of t.matchAll(ALNUM_TOKEN)) {
    if (/[A-Za-z_]/.test(m[0]) && /\d/.test(m[0]) && !NUMBER_WITH_LETTER_MULTIPLIER.test(m[0])) fill(m.index, m.index + m[0].length);
  }
  // Titles and quotes close on the line they open on; an unclosed one masks nothing.
  const closing = (close: string, from: number) => {
    const to = t.indexOf(close, from + 1);
    const newline = t.indexOf("\n", from + 1);
    return to >= 0 && (newline < 0 || to < newline) ? to : -1;
  };
  for (const [open, close] of exclusions.titleBrackets) {
    for (let from = t.indexOf(open!); from >= 0; from = t.indexOf(open!, from + 1)) {
      const to = closing(close!, from);
      if (to >= 0) fill(from, to + 1);
    }
  }
  for (const [open, close] of exclusions.quotes) {
    for (let from = t.indexOf(open!); from >= 0; ) {
      const to = closing(close!, from);
      if (to < 0) {
        from = t.indexOf(open!, from + 1);
        continue;
      }
      if (to - from - 1 <= exclusions.shortQuoteMaxChars) fill(from, to + 1);
      from = t.indexOf(open!, to + 1);
    }
  }
  return mask;
}

const skipSpace = (t: string, pos: number) => (t[pos] === " " ? pos + 1 : pos);

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
function readMoneySubunits(t: string, pos: number, afterKuai: boolean): { add: number; end: number } {
  let add = 0;
  let p = pos;
  let matched = false;
  for (let round = 0; round < 2; round++) {
    let q = p;
    if (ZEROS.has(t[q]!)) q++;
    const r = readNumber(t, q);
    if (!r || r.vagueness !== "exact" || r.low < 0 || r.low > 9 || !Number.isInteger(r.low)) break;
    const sub = MONEY_SUBUNITS.at(t, r.end);
    if (!sub || MONEY_SUBUNIT_BLOCKERS[sub[0]]?.some((b) => t.startsWith(b, r.end + sub[0].length))) break;
    add += r.low * sub[1];
    p = r.end + sub[0].length;
    matched = true;
  }
  if (!matched && afterKuai) {
    // 一块二 = 1.2, 三块零四 = 3.04: a lone digit after 块 reads as 角, after 块零 as 分.
    const zero = ZEROS.has(t[p]!);
    const r = readNumber(t, zero ? p + 1 : p);
    const next = r ? t[r.end] : undefined;
    if (r && r.vagueness === "exact" && !r.arabic && r.low >= 1 && r.low <= 9 && Number.isInteger(r.low) && r.end - r.start === 1
      && (next === undefined || !COUNTERS.at(t, r.end) && !CURRENCIES.at(t, r.end) && !/[\u4e00-\u9fff]/.test(next) || MONEY_TRAILERS.at(t, r.end))) {
      add += r.low * (zero ? 0.01 : 0.1);
      p = r.end;
    }
  }
  return { add, end: p };
}

/** The unit, counter or date word after a number ending at `pos`. */
function readTail(t: string, original: string, r: NumberReading, prefixCurrency: string | null): Tail {
  const pos = skipSpace(t, r.end);
  const tenths = PERCENT_TENTHS.at(t, pos);
  if (tenths && !r.percent && r.vagueness !== "vague" && !PERCENT_TENTHS_BLOCKERS.has(t[pos + 1] ?? "")) {
    const limit = tenths[0] === "成" ? 10 : 100;
    if (r.low > 0 && r.high <= limit && !(tenths[0] === "折" && r.low === 10)) {
      let end = pos + tenths[0].length;
      let add = 0;
      // 三成半 = 35%: half a tenth more. 75折 = 75%, 8折 = 80%.
      if (tenths[0] === "成" && t[end] === numerals.half) add = 0.5, end++;
      const scale = tenths[0] === "折" && r.low > 10 ? 1 : tenths[1];
      return { end, unit: "percent", counter: original.slice(pos, pos + tenths[0].length), scale, add, time: false, unitStart: pos };
    }
  }
  const time = TIME_UNITS.at(t, pos);
  const currency = CURRENCIES.at(t, pos);
  let counter = COUNTERS.at(t, pos);
  if (counter && COUNTER_BLOCKERS[counter[0]]?.some((b) => t.startsWith(b, pos + counter![0].length))) counter = null;
  const best = Math.max(currency?.[0].length ?? 0, counter?.[0].length ?? 0);
  if (time && time[0].length >= best) return { ...EMPTY_TAIL(pos + time[0].length), time: true };
  if (currency && currency[0].length >= best) {
    let code = currency[1];
    let end = pos + currency[0].length;
    if (GENERIC_YUAN.has(currency[0])) {
      const sub = readMoneySubunits(t, end, currency[0].startsWith(units.colloquialTenthsAfter));
      let add = sub.add;
      end = sub.end;
      // 三万元欧元, 9000元日币: the currency named after 元 is the currency.
      const named = add === 0 ? CURRENCIES.at(t, end) : null;
      if (named && !GENERIC_YUAN.has(named[0])) code = named[1], end += named[0].length;
      else if (prefixCurrency) code = prefixCurrency;
      const trailer = MONEY_TRAILERS.at(t, end);
      if (trailer) end += trailer[0].length;
      if (r.low < 0) add = -add;
      return { end, unit: code, counter: original.slice(pos, pos + currency[0].length), scale: 1, add, time: false, unitStart: pos };
    }
    return { end, unit: code, counter: original.slice(pos, end), scale: 1, add: 0, time: false, unitStart: pos };
  }
  if (counter) {
    const end = pos + counter[0].length;
    const tail: Tail = { end, unit: counter[1], counter: original.slice(pos, end), scale: SCALES[counter[0]] ?? 1, add: 0, time: false, unitStart: pos };
    const counted = tail.unit === "item" || tail.unit === "person" || tail.unit === "person_time";
    // A count is a whole number (2.2本, 0.5个 are not counts) and is not a percentage.
    if (counted && (r.percent || (r.arabic && (!Number.isInteger(tidy(r.low)) || !Number.isInteger(tidy(r.high)))))) return EMPTY_TAIL(r.end);
    return tail;
  }
  return EMPTY_TAIL(r.end);
}

/** The bound word (and filler such as 可达) ending at `pos`, and where it starts. */
function prefixBound(t: string, pos: number): { qualifier: Qualifier; start: number } | null {
  let p = pos;
  const filler = PREFIX_FILLERS.before(t, p);
  const direct = PREFIX_BOUNDS.before(t, p);
  let bound = direct;
  if (!direct && filler) {
    bound = PREFIX_BOUNDS.before(t, p - filler[0].length);
    if (bound) p -= filler[0].length;
  }
  if (!bound) return null;
  const start = p - bound[0].length;
  // 签约, 最近, 赶超: the bound word is the end of another word.
  const blocker = PREFIX_BLOCKERS.before(t, p);
  if (blocker && blocker[0].length > bound[0].length) return null;
  return { qualifier: bound[1], start };
}

function suffixBound(t: string, pos: number): { qualifier: Qualifier; end: number } | null {
  let p = skipSpace(t, pos);
  const inclusive = INCLUSIVE_MARKS.at(t, p);
  const bound = SUFFIX_BOUNDS.at(t, p) ?? (inclusive ? SUFFIX_BOUNDS.at(t, p + inclusive[0].length) : null);
  if (!bound) return null;
  if (!SUFFIX_BOUNDS.at(t, p)) p += inclusive![0].length;
  const end = p + bound[0].length;
  if (SUFFIX_BLOCKERS[bound[0]]?.includes(t[end] ?? "")) return null;
  return { qualifier: bound[1], end };
}

const isClauseStart = (t: string, pos: number) => pos === 0 || CLAUSE_START.test(t[pos - 1]!);

/** A numbered-list marker: 一是, 二、, 1., (3), （一）. */
function isListMarker(t: string, r: NumberReading): boolean {
  if (r.vagueness !== "exact" || r.bigMultiplier || !Number.isInteger(r.low) || r.low < 0 || r.low >= 100 || r.percent) return false;
  const next = t[r.end];
  if (t[r.start - 1] === "(" && next === ")") return isClauseStart(t, r.start - 1);
  if (!isClauseStart(t, r.start)) return false;
  if (next !== undefined && LIST_MARKER_FOLLOWERS.has(next)) return true;
  return r.arabic && next === "." && !/\d/.test(t[r.end + 1] ?? "");
}

/** 第39位, 排名全国第39位, 位居全省第一: a place in a league table. */
function rankAfterOrdinal(t: string, r: NumberReading, ordinalStart: number): { end: number } | null {
  if (r.vagueness !== "exact" || r.percent || !Number.isInteger(r.low) || r.low <= 0) return null;
  const counter = RANK_COUNTERS.has(t[r.end] ?? "") ? 1 : 0;
  let cued = false;
  for (let p = ordinalStart; p >= Math.max(0, ordinalStart - 8); p--) {
    if (p < ordinalStart && CLAUSE_START.test(t[p]!)) break;
    if (RANK_CUES.before(t, p)) { cued = true; break; }
  }
  if (cued || (counter && r.arabic)) return { end: r.end + counter };
  return null;
}

interface Figure {
  r: NumberReading;
  tail: Tail;
}

function figureValue(f: Figure): { low: number; high: number } {
  const { scale, add } = f.tail;
  return { low: tidy((f.r.low + add) * scale), high: tidy((f.r.high + add) * scale) };
}

/**
 * A range's right end after a separator (1000至3000元, 1万-5万元, 在3万与5万元之间), with the
 * multiplier and unit its bare left end borrows.
 */
function readRange(t: string, original: string, left: Figure, prefixCurrency: string | null): { right: Figure; low: number; end: number } | "date" | null {
  let p = skipSpace(t, left.tail.end);
  const inclusive = INCLUSIVE_MARKS.at(t, p);
  if (inclusive) p = skipSpace(t, p + inclusive[0].length);
  const separator = RANGE_SEPARATORS.at(t, p) ?? BETWEEN_SEPARATORS.at(t, p);
  if (!separator) return null;
  const q = skipSpace(t, p + separator[0].length);
  if (t[q] === "-" || t[q] === "负") return null;
  const r = readNumber(t, q);
  if (!r || r.percent !== left.r.percent || r.low < 0) return null;
  const tail = readTail(t, original, r, prefixCurrency);
  const right: Figure = { r, tail };
  // 2019-2021年, 3至5月: a span of dates or a duration.
  if (tail.time) return "date";
  // 与, 和 join two figures into a range only when 之间 closes it.
  const closer = BETWEEN_CLOSERS.at(t, skipSpace(t, tail.end));
  if (!RANGE_SEPARATORS.at(t, p) && !closer) return null;
  const end = closer ? skipSpace(t, tail.end) + closer[0].length : tail.end;
  if (left.tail.unit && tail.unit && left.tail.unit !== tail.unit) return null;
  if (left.tail.unit && !tail.unit) return null;
  const leftValue = figureValue(left);
  const rightValue = figureValue(right);
  let low = leftValue.low;
  if (!left.r.bigMultiplier && !left.tail.unit) {
    // 两到三万元, 十八至三十万日元: the bare left end takes the right end's multiplier when that
    // keeps it below the right end (从8500到3万 keeps 8500).
    low = tidy(low * tail.scale);
    for (const m of r.trailingMultipliers) {
      if (tidy(left.r.low * m * tail.scale) <= rightValue.low) {
        low = tidy(left.r.low * m * tail.scale);
        break;
      }
    }
  }
  if (!(low < rightValue.high)) return null;
  return { right, low, end };
}

const BIG_MULTIPLIER_CHARS = new Set(Object.keys(numerals.bigMultipliers));

function counterText(t: string, original: string, r: NumberReading, tail: Tail): string | null {
  if (!tail.counter) return null;
  // 15万元 → 万元, 4.3万人 → 万人: a big multiplier written right before the unit belongs to it.
  let from = tail.unitStart;
  if (from === r.end) while (from > r.trailingStart && BIG_MULTIPLIER_CHARS.has(t[from - 1]!)) from--;
  return original.slice(from, tail.unitStart) + tail.counter;
}

const MULTIPLIER_CHARS = new Set([...Object.keys(numerals.smallMultipliers), ...Object.keys(numerals.bigMultipliers)]);

/** 上 before 千, 万 …, unless it ends another word (线上, 以上). */
function roundFigurePrefix(t: string, pos: number): [string, Qualifier] | null {
  const round = ROUND_FIGURE_PREFIXES.before(t, pos);
  const blocker = PREFIX_BLOCKERS.before(t, pos);
  return round && !(blocker && blocker[0].length > round[0].length) ? round : null;
}

/** 近万人, 上千家, 逾百亿元: a multiplier standing alone for a round figure after a bound word. */
function readRoundFigure(t: string, pos: number): NumberReading | null {
  if (!MULTIPLIER_CHARS.has(t[pos]!) || !(roundFigurePrefix(t, pos) || prefixBound(t, pos))) return null;
  return readNumber(t, pos, { bareMultiplier: true });
}

/** Every quantity in `text`, in order of appearance. */
export function findQuantities(text: string): Quantity[] {
  const t = normalizeNumberText(text);
  const mask = maskedOffsets(t);
  const wordEnd = wordEnds(t);
  const found: Quantity[] = [];
  let i = 0;
  while (i < t.length) {
    if (mask[i] || !NUMBER_START[t.charCodeAt(i)]) {
      i++;
      continue;
    }
    if (t[i] === "-" && i > 0 && !SIGN_CONTEXT.test(t[i - 1]!)) {
      i++;
      continue;
    }
    const r = readNumber(t, i) ?? readRoundFigure(t, i);
    if (!r) {
      i++;
      continue;
    }
    if (wordEnd[i] && r.end <= wordEnd[i]!) {
      i = r.end;
      continue;
    }
    const q = readQuantity(t, text, r, mask);
    if (q) {
      found.push(q);
      i = q.end;
    } else i = Math.max(r.end, i + 1);
  }
  return found;
}

/** Nothing but spaces between `start`/`end` and the line's ends. */
function fillsLine(t: string, start: number, end: number): boolean {
  return /(^|\n)[ \t]*$/.test(t.slice(Math.max(0, start - 80), start)) && /^[ \t\r]*(\n|$)/.test(t.slice(end, end + 80));
}

function readQuantity(t: string, original: string, r: NumberReading, mask: Uint8Array): Quantity | null {
  const before = t[r.start - 1];
  const firstChar = t[r.start]!;
  // Digits glued to letters belong to an identifier (Q10, 5G, A3).
  if ((before !== undefined && /[0-9A-Za-z_]/.test(firstChar) && ID_CHAR.test(before)) || ASCII_LETTER.test(t[r.end] ?? "")) return null;
  for (let k = r.start; k < r.end; k++) if (mask[k]) return null;
  // 0459, +0800, 007: a leading zero marks a code, not an amount (0.5 and 01.10 are amounts).
  if (/^0\d/.test(t.slice(r.start, r.end)) && !/^0\d?\./.test(t.slice(r.start, r.end))) return null;

  const ordinal = ORDINAL_PREFIXES.before(t, r.start);
  if (ordinal) {
    const rank = rankAfterOrdinal(t, r, r.start - ordinal[0].length);
    if (!rank) return null;
    const start = r.start - ordinal[0].length;
    return {
      text: original.slice(start, rank.end), start, end: rank.end, value: r.low, value_min: null, value_max: null,
      unit: "rank", counter: rank.end > r.end ? original.slice(r.end, rank.end) : null, qualifier: "exact",
    };
  }
  if (WEEKDAY_PREFIXES.before(t, r.start) && !r.arabic && r.end - r.start === 1) return null;
  if (isListMarker(t, r)) return null;

  // Currency written before the number: 人民币3.14, 港币两千九百六十元, $20.
  let start = r.start;
  let prefixCurrency: string | null = null;
  const currencyBefore = CURRENCY_PREFIXES.before(t, t[start - 1] === " " ? start - 1 : start);
  if (currencyBefore) {
    prefixCurrency = currencyBefore[1];
    start = (t[start - 1] === " " ? start - 1 : start) - currencyBefore[0].length;
  }
  const round = roundFigurePrefix(t, start);
  const prefix = prefixBound(t, start) ?? (round && MULTIPLIER_CHARS.has(t[r.start]!) ? { qualifier: round[1], start: start - round[0].length } : null);
  if (prefix) start = prefix.start;

  const left: Figure = { r, tail: readTail(t, original, r, prefixCurrency) };
  if (left.tail.time) return null;
  // 提升2位, 下降3名: places gained or lost in a ranking, not people.
  if (left.tail.unit === "person" && RANK_COUNTERS.has(t[left.tail.unitStart]!) && RANK_SHIFT_CUES.before(t, start)) left.tail = EMPTY_TAIL(r.end);
  const range = readRange(t, original, left, prefixCurrency);
  if (range === "date") return null;

  const last = range ? range.right : left;
  let unit = last.tail.unit ?? prefixCurrency;
  const counter = counterText(t, original, last.r, last.tail);
  let end = range ? range.end : last.tail.end;
  const value = figureValue(last);
  const wholeLine = fillsLine(t, start, end) || fillsLine(t, start, last.r.end);
  if (!range) {
    if (!unit && !wholeLine && (r.weak || r.paired)) return null;
    // 一个, 一名, 一次, 一看: an indefinite article or an adverb, not a count.
    if (r.loneOne && !wholeLine && (unit === null || unit === "item" || unit === "person" || unit === "person_time")) return null;
    if (r.percent) unit ??= "percent";
  }
  const suffix = suffixBound(t, end);
  if (suffix) end = suffix.end;
  if (range) {
    return { text: original.slice(start, end), start, end, value: null, value_min: range.low, value_max: value.high, unit, counter, qualifier: "range" };
  }

  let qualifier: Qualifier = "exact";
  if (r.vagueness === "vague") qualifier = "range";
  else if (suffix) qualifier = suffix.qualifier;
  else if (prefix) qualifier = prefix.qualifier;
  else if (r.vagueness === "more") qualifier = "min";
  const bounded = r.vagueness !== "exact";
  return {
    text: original.slice(start, end), start, end,
    value: qualifier === "range" ? null : value.low,
    value_min: bounded ? value.low : null,
    value_max: bounded ? value.high : null,
    unit, counter, qualifier,
  };
}

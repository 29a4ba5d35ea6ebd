// Reads the longest number expression at a position of a normalised line (see
// normalize-number-text.ts and text/normalize.ts): Arabic digits with separators and decimals,
// Chinese numerals in every register, mixed forms (4.3万, 3万5千, 100万三千), colloquial forms
// (三万五, 百二, 44个亿), approximate forms (十多万, 3000多, 几十万, 三五百), 点 decimals,
// fractions (三分之一, 1/2, 一又十分一), 百分之 percentages, k/w suffixes and signs.
//
// A reading is an interval [low, high]: exact figures have low === high; 多/余 add one unit of
// the last written place (3000多 → [3000, 4000]); 几/数 and paired digits span their digits
// (几十万 → [100000, 1000000], 三五百 → [300, 500]).
import numerals from "../lexicons/quantity-numerals.json" with { type: "json" };

export type Vagueness = "exact" | "more" | "vague";

export interface NumberReading {
  start: number;
  /** End offset, exclusive. */
  end: number;
  low: number;
  high: number;
  vagueness: Vagueness;
  /** Written as a percentage (百分之十五): low/high are in percent. */
  percent: boolean;
  /** Multipliers written after the last digit (百亿 → [1e10, 1e8]: 百亿, then 亿), largest first. */
  trailingMultipliers: number[];
  /** Where the trailing multipliers start (end when there are none). */
  trailingStart: number;
  /** Has a multiplier of 万 or more (万, 亿, k, w, 打), so it takes none from a range partner. */
  bigMultiplier: boolean;
  /** A single character that is a numeral only in some words (两, 伍, 陆, 半 …). */
  weak: boolean;
  /** The numeral 一 on its own, usually an indefinite article (一个, 一名). */
  loneOne: boolean;
  /** Ends with paired digits and no multiplier (三五, 十四五): a range only with a counter. */
  paired: boolean;
  /** Contains Arabic digits. */
  arabic: boolean;
  /**
   * Where the measure word 个 stands between the figure and its 亿 or 万 (44个亿, 两个万), the
   * spoken way of stating an amount of money; null when there is none.
   */
  measureWordAt: number | null;
}

type NumForm = "arabic" | "digit" | "digits" | "pair" | "vague" | "half" | "decimal";

type Token =
  | { kind: "num"; lo: number; hi: number; frac: number; start: number; end: number; form: NumForm; singleDigit: boolean }
  | { kind: "small" | "big" | "letter"; value: number; start: number; end: number }
  | { kind: "zero" | "more" | "dozen"; start: number; end: number };

type NumToken = Extract<Token, { kind: "num" }>;

const DIGITS = new Map(Object.entries(numerals.digits));
const ZEROS = new Set(numerals.zeros);
const COLLECTIVE = new Set(numerals.collectiveDigits);
const TENS = new Map(Object.entries(numerals.tens));
const SMALL = new Map(Object.entries(numerals.smallMultipliers));
const BIG = new Map(Object.entries(numerals.bigMultipliers));
const LETTERS = new Map(Object.entries(numerals.letterMultipliers));
const GENERATION_SUFFIXES = new Set(numerals.generationSuffixes);
const WEAK = new Set(numerals.weak);
const VAGUE = new Set(numerals.vague);
const MORE = new Set(numerals.more);
const NEGATIVE = new Set([...numerals.negative, "-"]);
const DOZEN_BLOCKERS = new Set(numerals.dozenBlockers);
const PERCENT_PREFIXES = Object.entries(numerals.percentPrefixes).sort((a, b) => b[0].length - a[0].length);
const COLLOQUIAL_FRACTION = new Set(numerals.colloquialFractionMarkers);
const CLOCK_WORDS = new Set(numerals.clockWords);
const MIXED_COLLOQUIAL_FRACTION = new Set(numerals.mixedColloquialFractionMarkers);

// Digit groups are marked with ",": text/normalize.ts decides which full-width commas group digits.
const ARABIC = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+/y;
const ARABIC_DIGITS = /\d+/y;
const ASCII_LETTER = /[A-Za-z]/;
/** Clause punctuation and spaces that may close a colloquial fraction (二份一). */
const CLOSER = /[\s,，。;；:：!！?？、)）」』”’"]/;

const isDigitChar = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isChineseDigit = (c: string | undefined) => c !== undefined && DIGITS.has(c);
const isMultiplier = (c: string | undefined) => c !== undefined && (SMALL.has(c) || BIG.has(c));

/** Rounds away binary noise (1.97 × 10000 = 19700.000000000004) without touching large integers. */
export function tidy(x: number): number {
  return Number.isInteger(x) ? x : Number(x.toPrecision(15));
}

/** One unit of the last written place: 3000 → 1000, 4100 → 100, 1.5 → 0.1. */
function lowestPlace(x: number): number {
  const v = tidy(Math.abs(x));
  if (!Number.isInteger(v)) return 10 ** -(String(v).split(".")[1]?.length ?? 0);
  if (v === 0) return 1;
  let place = 1;
  while (v % (place * 10) === 0) place *= 10;
  return place;
}

/** Can a number start at `pos` (used after a sign)? */
function startsNumber(text: string, pos: number): boolean {
  const c = text[pos];
  if (c === undefined) return false;
  return isDigitChar(c) || (c === "." && isDigitChar(text[pos + 1])) || DIGITS.has(c) || TENS.has(c) || SMALL.has(c) || VAGUE.has(c);
}

/** Fraction digits after 点 or a decimal point: Chinese or Arabic digits; null when none. */
function readFractionDigits(text: string, pos: number): { digits: string; end: number } | null {
  ARABIC_DIGITS.lastIndex = pos;
  const arabic = ARABIC_DIGITS.exec(text);
  if (arabic) return { digits: arabic[0], end: pos + arabic[0].length };
  let digits = "";
  let end = pos;
  while (end < text.length && isChineseDigit(text[end]) && !COLLECTIVE.has(text[end]!)) digits += String(DIGITS.get(text[end]!)), end++;
  return digits ? { digits, end } : null;
}

/** 点 followed by digits, unless the digits go on into a clock time (三点五十分, 十点半). */
function readPointFraction(text: string, pos: number): { digits: string; end: number } | null {
  if (text[pos] !== numerals.point) return null;
  const fraction = readFractionDigits(text, text[pos + 1] === " " ? pos + 2 : pos + 1);
  if (!fraction) return null;
  const next = text[fraction.end];
  if (next !== undefined && (CLOCK_WORDS.has(next) || SMALL.has(next))) return null;
  return fraction;
}

/** Continue past spaces only inside a Chinese number or before a multiplier (三千 九百, 120 万). */
function continuesAfterSpace(prev: Token, c: string | undefined): boolean {
  if (c === undefined) return false;
  if (SMALL.has(c) || BIG.has(c) || c === numerals.point) return true;
  if (prev.kind === "num" && prev.form === "arabic") return false;
  return DIGITS.has(c) || MORE.has(c) || VAGUE.has(c);
}

function num(lo: number, hi: number, start: number, end: number, form: NumForm, singleDigit = false): NumToken {
  return { kind: "num", lo, hi, frac: 0, start, end, form, singleDigit };
}

/** Gives a whole-number token the decimals written after it (三点五, 一百点123 → 点123 after 百). */
function attachFraction(token: NumToken, fraction: { digits: string; end: number }): void {
  token.frac = Number(`0.${fraction.digits}`);
  token.lo = token.hi = token.lo + token.frac;
  token.end = fraction.end;
}

export interface ReadOptions {
  /** Read a multiplier on its own as its value (近万人, 上千家, 逾百亿): only where a bound word
   * before it shows that it is a round figure. */
  bareMultiplier?: boolean;
}

// Scanning: the characters of a number cut into tokens. Each token reader pushes what it reads
// and returns where scanning goes on, or STOP when the number cannot go on past it.

const STOP = -1;

interface Scan {
  readonly text: string;
  readonly tokens: Token[];
  /** Where a measure word was skipped before 亿/万 (44个亿), or null. */
  measureWordAt: number | null;
}

/** The tokens of the number starting at `start`, as far as they can be tokens of one number. */
function scanTokens(text: string, start: number): Scan {
  const scan: Scan = { text, tokens: [], measureWordAt: null };
  let pos = start;
  while (pos < text.length) {
    const at = skipSpaceInNumber(scan, pos);
    if (at === STOP) break;
    const next = readToken(scan, at);
    if (next === STOP) break;
    pos = next;
  }
  return scan;
}

/** Up to three spaces inside a number, where the number goes on after them; STOP otherwise. */
function skipSpaceInNumber({ text, tokens }: Scan, pos: number): number {
  const prev = tokens.at(-1);
  if (!prev || text[pos] !== " ") return pos;
  let end = pos;
  while (text[end] === " " && end - pos < 3) end++;
  return continuesAfterSpace(prev, text[end]) ? end : STOP;
}

function readToken(scan: Scan, at: number): number {
  const c = scan.text[at]!;
  if (isDigitChar(c) || (c === "." && isDigitChar(scan.text[at + 1]))) return readArabicNumber(scan, at);
  if (c === numerals.point) return readPointDecimals(scan, at);
  if (DIGITS.has(c)) return readChineseDigits(scan, at);
  if (TENS.has(c)) return readTens(scan, at);
  if (isMultiplier(c)) return readMultiplier(scan, at);
  if (VAGUE.has(c)) return readVagueDigit(scan, at);
  if (MORE.has(c)) return readMore(scan, at);
  if (c === numerals.half) return readLeadingHalf(scan, at);
  if (c === numerals.dozen) return readDozen(scan, at);
  return STOP;
}

/** 一半, 1半: a half, and the number ends there. */
function readHalfOfOne(token: NumToken, halfAt: number): number {
  Object.assign(token, { lo: 0.5, hi: 0.5, end: halfAt + 1, form: "half", singleDigit: false });
  return STOP;
}

/**
 * 两个亿, 44个亿, 几个亿: the measure word 个 between a figure and 亿 or 万, except before the words
 * that make 亿/万 a size class of the things 个 counts (三个亿元以上项目, 3个万人小区).
 */
function isMeasureWordBeforeBig(text: string, at: number): boolean {
  return text[at] === numerals.measureBeforeBig && BIG.has(text[at + 1] ?? "")
    && !numerals.measureBeforeBigBlockers.some((blocker) => text.startsWith(blocker, at + 1));
}

/** Reads through a measure word before 亿/万 (see isMeasureWordBeforeBig). */
function skipMeasureWord(scan: Scan, at: number): number {
  if (!isMeasureWordBeforeBig(scan.text, at)) return at;
  scan.measureWordAt ??= at;
  return at + 1;
}

/** 1,200, 3.14, .5, 15k, 1半, 44个亿. */
function readArabicNumber(scan: Scan, at: number): number {
  const { text, tokens } = scan;
  if (tokens.at(-1)?.kind === "num") return STOP;
  ARABIC.lastIndex = at;
  const written = ARABIC.exec(text)![0];
  const digits = written.replace(/,/g, "");
  const value = Number(digits.startsWith(".") ? "0" + digits : digits);
  const token = num(value, value, at, at + written.length, "arabic", /^\d$/.test(digits));
  tokens.push(token);
  const end = token.end;
  if (digits === "1" && tokens.length === 1 && text[end] === numerals.half) return readHalfOfOne(token, end);
  const letter = text[end];
  if (letter !== undefined && LETTERS.has(letter) && !ASCII_LETTER.test(text[end + 1] ?? "")) {
    // 5G, 4G name network generations, not giga-units.
    if (!(GENERATION_SUFFIXES.has(letter) && /^[2-9]$/.test(digits))) tokens.push({ kind: "letter", value: LETTERS.get(letter)!, start: end, end: end + 1 });
    return STOP;
  }
  return skipMeasureWord(scan, end);
}

/** 点 and the decimals after a whole number (三点五) or after a multiplier (一百点123). */
function readPointDecimals({ text, tokens }: Scan, at: number): number {
  const prev = tokens.at(-1);
  if (!prev) return STOP;
  const fraction = readPointFraction(text, at);
  if (!fraction) return STOP;
  const wholeNumber = prev.kind === "num" && prev.frac === 0 && (prev.form === "digit" || prev.form === "digits" || prev.form === "arabic");
  if (wholeNumber && !text.slice(prev.start, prev.end).includes(".")) {
    attachFraction(prev, fraction);
  } else if (prev.kind === "small" || prev.kind === "big") {
    const token = num(0, 0, at, fraction.end, "decimal");
    attachFraction(token, fraction);
    tokens.push(token);
  } else return STOP;
  return fraction.end;
}

/** A zero after a multiplier (一千零一), a digit, paired digits (三五) or a digit string (二〇二二). */
function readChineseDigits(scan: Scan, at: number): number {
  const { text, tokens } = scan;
  const prev = tokens.at(-1);
  if (prev?.kind === "num") return STOP;
  if (ZEROS.has(text[at]!) && prev && (prev.kind === "small" || prev.kind === "big" || prev.kind === "zero")) {
    tokens.push({ kind: "zero", start: at, end: at + 1 });
    return at + 1;
  }
  let end = at;
  const values: number[] = [];
  while (end < text.length && DIGITS.has(text[end]!)) {
    // 两, 俩, 仨 start a run but do not continue one.
    if (values.length > 0 && COLLECTIVE.has(text[end]!)) break;
    values.push(DIGITS.get(text[end]!)!);
    end++;
  }
  const [first, second] = values as [number, number | undefined];
  let token: NumToken;
  if (values.length === 2 && first > 0 && second! - first >= 1 && second! - first <= 2) {
    token = num(first, second!, at, end, "pair");
  } else if (values.length === 1 || COLLECTIVE.has(text[at]!)) {
    token = num(first, first, at, at + 1, "digit", true);
  } else {
    if (prev) return STOP;
    const value = Number(values.join(""));
    token = num(value, value, at, end, "digits");
  }
  tokens.push(token);
  const next = skipMeasureWord(scan, token.end);
  if (text[next] === numerals.half && tokens.length === 1 && token.lo === 1 && token.form === "digit") return readHalfOfOne(token, next);
  return next;
}

/** 廿, 卅: a digit and 十 in one character. */
function readTens({ text, tokens }: Scan, at: number): number {
  if (tokens.at(-1)?.kind === "num") return STOP;
  const digit = TENS.get(text[at]!)! / 10;
  tokens.push(num(digit, digit, at, at + 1, "digit"));
  tokens.push({ kind: "small", value: 10, start: at, end: at + 1 });
  return at + 1;
}

function readMultiplier({ text, tokens }: Scan, at: number): number {
  const c = text[at]!;
  tokens.push({ kind: SMALL.has(c) ? "small" : "big", value: (SMALL.get(c) ?? BIG.get(c))!, start: at, end: at + 1 });
  return at + 1;
}

/** 几, 数: any digit, before a multiplier (几十, 几个亿) or after one (十几, 十几个亿). */
function readVagueDigit(scan: Scan, at: number): number {
  const { text, tokens } = scan;
  const prev = tokens.at(-1);
  if (prev?.kind === "num") return STOP;
  const trailing = prev !== undefined && (prev.kind === "small" || prev.kind === "big" || prev.kind === "zero");
  if (!trailing && !isMultiplier(text[at + 1]) && !isMeasureWordBeforeBig(text, at + 1)) return STOP;
  tokens.push(num(trailing ? 0 : 1, 10, at, at + 1, "vague"));
  return skipMeasureWord(scan, at + 1);
}

/** 多, 余 once, after a written figure (3000多, 十多万). */
function readMore({ tokens }: Scan, at: number): number {
  const prev = tokens.at(-1);
  if (!prev || prev.kind === "zero" || prev.kind === "more" || prev.kind === "letter" || prev.kind === "dozen") return STOP;
  if (prev.kind === "num" && (prev.form === "vague" || prev.form === "pair" || prev.form === "half")) return STOP;
  if (tokens.some((token) => token.kind === "more")) return STOP;
  tokens.push({ kind: "more", start: at, end: at + 1 });
  return at + 1;
}

/** 半 opening a number: a half on its own, or half a multiplier (半百). */
function readLeadingHalf({ text, tokens }: Scan, at: number): number {
  if (tokens.length > 0) return STOP;
  tokens.push(num(0.5, 0.5, at, at + 1, "half"));
  return isMultiplier(text[at + 1]) ? at + 1 : STOP;
}

/** 打 after a figure: a dozen (五打), unless it starts a verb (打造, 打破). */
function readDozen({ text, tokens }: Scan, at: number): number {
  const prev = tokens.at(-1);
  if (!prev || prev.kind === "zero" || prev.kind === "more") return STOP;
  const next = text[at + 1];
  if (next !== undefined && (DIGITS.has(next) || DOZEN_BLOCKERS.has(next))) return STOP;
  tokens.push({ kind: "dozen", start: at, end: at + 1 });
  return STOP;
}

// Evaluation: the value of a run of tokens, or where the run stops being one number.

interface Evaluation {
  lo: number;
  hi: number;
  vagueness: Vagueness;
  bigMultiplier: boolean;
}

type Bound = "lo" | "hi";

/**
 * The value of a numeral built token by token: the groups completed under 万/亿 (or a k/w/打
 * factor), the section below 万 being written, and the digit waiting for its multiplier.
 */
class NumeralValue {
  vagueness: Vagueness = "exact";
  bigMultiplier = false;
  previous: Token["kind"] | null = null;
  private readonly groups: { lo: number; hi: number; unit: number }[] = [];
  private section = { lo: 0, hi: 0, used: false };
  private pending: NumToken | null = null;
  /** The multiplier written right before the pending digit (万 of 三万五). */
  private pendingAfter = 0;
  private lastSmall = Infinity;
  private lastMultiplier = 0;
  private afterZero = false;

  constructor(private readonly bareMultiplier: boolean) {}

  /** Adds a token; false when it cannot continue the number. */
  add(token: Token, next: Token | undefined): boolean {
    if (this.previous === "letter" || this.previous === "dozen") return false;
    if (this.vagueness === "more" && token.kind !== "big") return false;
    const added = this.addToken(token, next);
    if (added) this.previous = token.kind;
    return added;
  }

  total(): { lo: number; hi: number } {
    return { lo: this.sumGroups("lo") + this.section.lo + this.pendingValue("lo"), hi: this.sumGroups("hi") + this.section.hi + this.pendingValue("hi") };
  }

  private addToken(token: Token, next: Token | undefined): boolean {
    switch (token.kind) {
      case "num":
        return this.addDigit(token);
      case "small":
        return this.addSmallMultiplier(token.value);
      case "big":
        return this.addBigMultiplier(token.value, next);
      case "zero":
        if (this.pending) return false;
        this.afterZero = true;
        return true;
      case "more":
        return this.addMore();
      case "letter":
        return this.applyFactor(token.value);
      case "dozen":
        return this.applyFactor(12);
    }
  }

  /**
   * 三万五 → 35000, 两千六 → 2600, 百二萬 → 1200000: a lone digit right after a multiplier stands
   * for the next lower place (its decimals stay as written: 两千三点一 → 2300.1).
   */
  private pendingValue(bound: Bound, before?: number): number {
    const pending = this.pending;
    if (!pending) return 0;
    const colloquial = pending.singleDigit && this.pendingAfter > 10 && (before === undefined || this.pendingAfter < before);
    return colloquial ? (pending[bound] - pending.frac) * (this.pendingAfter / 10) + pending.frac : pending[bound];
  }

  private sumGroups(bound: Bound): number {
    return this.groups.reduce((sum, group) => sum + group[bound], 0);
  }

  private addDigit(token: NumToken): boolean {
    if (this.pending) return false;
    if (token.form === "digits" && this.previous !== null) return false;
    this.pending = token;
    this.pendingAfter = (this.previous === "small" || this.previous === "big") && !this.afterZero ? this.lastMultiplier : 0;
    if (token.form === "vague" || token.form === "pair") this.vagueness = "vague";
    return true;
  }

  /** 十, 百, 千: multiply the pending digit (or 1) into the section. */
  private addSmallMultiplier(value: number): boolean {
    const pending = this.pending;
    if (value >= this.lastSmall) return false;
    if (!pending && value !== 10 && this.previous !== null && this.previous !== "zero" && this.previous !== "big") return false;
    if (pending?.form === "digits") return false;
    this.section.lo += (pending ? pending.lo : 1) * value;
    this.section.hi += (pending ? pending.hi : 1) * value;
    this.section.used = true;
    this.pending = null;
    this.lastSmall = value;
    this.lastMultiplier = value;
    this.afterZero = false;
    return true;
  }

  /** 万, 亿: close the section into a group, taking in smaller groups before it (3千万亿). */
  private addBigMultiplier(value: number, next: Token | undefined): boolean {
    if (this.pending?.form === "digits") return false;
    if (!this.pending && !this.section.used) {
      const top = this.groups.pop();
      if (top) this.groups.push({ lo: top.lo * value, hi: top.hi * value, unit: top.unit * value });
      else {
        // A leading 万 needs a digit after it (萬九 = 19000); 万 alone is a word, not a number.
        if (next?.kind !== "num" && !this.bareMultiplier) return false;
        this.groups.push({ lo: value, hi: value, unit: value });
      }
    } else {
      let lo = this.section.lo + this.pendingValue("lo", value);
      let hi = this.section.hi + this.pendingValue("hi", value);
      while (this.groups.length > 0 && this.groups.at(-1)!.unit < value) {
        const smaller = this.groups.pop()!;
        lo += smaller.lo;
        hi += smaller.hi;
      }
      this.groups.push({ lo: lo * value, hi: hi * value, unit: value });
    }
    this.section = { lo: 0, hi: 0, used: false };
    this.pending = null;
    this.lastSmall = Infinity;
    this.lastMultiplier = value;
    this.afterZero = false;
    this.bigMultiplier = true;
    return true;
  }

  /** 多, 余: one more unit of the last written place as the upper end. */
  private addMore(): boolean {
    if (this.pending || this.section.used) {
      const step = lowestPlace(this.section.lo + this.pendingValue("lo"));
      if (this.pending) {
        this.pending = { ...this.pending, lo: this.pendingValue("lo"), hi: this.pendingValue("hi") + step, frac: 0, singleDigit: false };
        this.pendingAfter = 0;
      } else this.section.hi += step;
    } else if (this.groups.length > 0) {
      const top = this.groups.at(-1)!;
      top.hi += lowestPlace(top.lo);
    } else return false;
    this.vagueness = "more";
    return true;
  }

  /** k, w, 打: the whole figure so far times a factor. */
  private applyFactor(factor: number): boolean {
    const lo = this.sumGroups("lo") + this.section.lo + (this.pending?.lo ?? 0);
    const hi = this.sumGroups("hi") + this.section.hi + (this.pending?.hi ?? 0);
    this.groups.length = 0;
    this.groups.push({ lo: lo * factor, hi: hi * factor, unit: Infinity });
    this.section = { lo: 0, hi: 0, used: false };
    this.pending = null;
    this.bigMultiplier = true;
    return true;
  }
}

/** Evaluates tokens, or returns the index of the first token that cannot continue the number. */
function evaluate(tokens: Token[], bareMultiplier: boolean): Evaluation | { failAt: number } {
  if (tokens.length === 0) return { failAt: 0 };
  const numeral = new NumeralValue(bareMultiplier);
  for (let k = 0; k < tokens.length; k++) if (!numeral.add(tokens[k]!, tokens[k + 1])) return { failAt: k };
  const first = tokens[0]!;
  // Multipliers alone (百, 千人) are words unless a bound word made them a round figure; 十 is ten.
  const hasDigit = tokens.some((token) => token.kind === "num");
  if (!hasDigit && !bareMultiplier && !(first.kind === "small" && (first.value === 10 || tokens.length > 1))) return { failAt: tokens.length - 1 };
  if (numeral.previous === "zero") return { failAt: tokens.length - 1 };
  const { lo, hi } = numeral.total();
  return { lo: tidy(lo), hi: tidy(hi), vagueness: numeral.vagueness, bigMultiplier: numeral.bigMultiplier };
}

interface Core {
  start: number;
  end: number;
  tokens: Token[];
  value: Evaluation;
  measureWordAt: number | null;
}

/** The longest valid number made of tokens from `start`. */
function readCore(text: string, start: number, options: ReadOptions = {}): Core | null {
  const scan = scanTokens(text, start);
  let tokens = scan.tokens;
  while (tokens.length > 0) {
    const value = evaluate(tokens, options.bareMultiplier ?? false);
    if (!("failAt" in value)) {
      const end = tokens.at(-1)!.end;
      const measureWordAt = scan.measureWordAt !== null && scan.measureWordAt < end ? scan.measureWordAt : null;
      return { start, end, tokens, value, measureWordAt };
    }
    if (value.failAt === 0) return null;
    tokens = tokens.slice(0, value.failAt);
  }
  return null;
}

function skipSpace(text: string, pos: number): number {
  return text[pos] === " " ? pos + 1 : pos;
}

/** A signed plain number (no fraction), as used for the parts of fractions. */
function readSignedCore(text: string, pos: number): { lo: number; hi: number; end: number; exact: boolean } | null {
  let sign = 1;
  if (NEGATIVE.has(text[pos] ?? "") && startsNumber(text, skipSpace(text, pos + 1))) {
    sign = -1;
    pos = skipSpace(text, pos + 1);
  }
  const core = readCore(text, pos);
  if (!core) return null;
  const { lo, hi, vagueness } = core.value;
  return sign < 0 ? { lo: -hi, hi: -lo, end: core.end, exact: vagueness === "exact" } : { lo, hi, end: core.end, exact: vagueness === "exact" };
}

/**
 * X分之Y after a denominator ending at `pos`, or the Cantonese X份Y (X分Y only inside a mixed
 * number, 一又十分一) when the numerator closes the clause.
 */
function readFractionTail(text: string, pos: number, colloquial: Set<string>): { numerator: number; end: number } | null {
  let at = skipSpace(text, pos);
  for (const marker of numerals.fractionMarkers) {
    if (text.startsWith(marker, at)) {
      const numerator = readSignedCore(text, skipSpace(text, at + marker.length));
      if (numerator?.exact) return { numerator: numerator.lo, end: numerator.end };
      return null;
    }
  }
  if (colloquial.has(text[at] ?? "") && !isDigitChar(text[at + 1]) && startsNumber(text, at + 1)) {
    at++;
    const numerator = readSignedCore(text, at);
    if (numerator?.exact && (numerator.end === text.length || CLOSER.test(text[numerator.end]!))) return { numerator: numerator.lo, end: numerator.end };
  }
  return null;
}

function reading(start: number, end: number, lo: number, hi: number, extra: Partial<NumberReading>): NumberReading {
  return {
    start, end, low: lo, high: hi, vagueness: "exact", percent: false, trailingMultipliers: [], trailingStart: end,
    bigMultiplier: false, weak: false, loneOne: false, paired: false, arabic: false, measureWordAt: null, ...extra,
  };
}

/** 百分之十五, 千分之五, 负百分之三: a percentage written with its prefix. */
function readPercentPrefixed(text: string, start: number, pos: number, sign: number): NumberReading | null | undefined {
  for (const [prefix, factor] of PERCENT_PREFIXES) {
    if (!text.startsWith(prefix, pos)) continue;
    const at = pos + prefix.length;
    // 百分之百: the numerator 百 on its own.
    if (text[at] === "百" && !readCore(text, at)) return reading(start, at + 1, sign * 100 * factor, sign * 100 * factor, { percent: true });
    const numerator = readSignedCore(text, at);
    if (!numerator) return null;
    const [lo, hi] = sign < 0 ? [-numerator.hi, -numerator.lo] : [numerator.lo, numerator.hi];
    return reading(start, numerator.end, tidy(lo * factor), tidy(hi * factor), {
      percent: true, vagueness: numerator.exact ? "exact" : "vague", arabic: /\d/.test(text.slice(at, numerator.end)),
    });
  }
  return undefined;
}

/** Fractions after an exact whole number: 三分之一, 二份一, 3/4, and mixed numbers 一又三分之一. */
function readFraction(text: string, start: number, core: Core, sign: number, arabic: boolean): NumberReading | null {
  const whole = core.value.lo;
  const signed = (value: number) => (sign < 0 ? -value : value);
  const tail = readFractionTail(text, core.end, COLLOQUIAL_FRACTION);
  if (tail && whole !== 0) return reading(start, tail.end, signed(tail.numerator / whole), signed(tail.numerator / whole), { arabic });
  if (text[core.end] === "/" && core.tokens.length === 1 && arabic && Number.isInteger(whole)) {
    ARABIC_DIGITS.lastIndex = core.end + 1;
    const below = ARABIC_DIGITS.exec(text);
    const after = below ? text[core.end + 1 + below[0].length] : undefined;
    if (below && Number(below[0]) !== 0 && after !== "/" && after !== ".") {
      return reading(start, core.end + 1 + below[0].length, signed(whole / Number(below[0])), signed(whole / Number(below[0])), { arabic });
    }
  }
  if (text[core.end] === numerals.mixedFractionMarker) {
    const below = readCore(text, skipSpace(text, core.end + 1));
    if (below && below.value.vagueness === "exact" && below.value.lo !== 0) {
      const part = readFractionTail(text, below.end, MIXED_COLLOQUIAL_FRACTION);
      if (part) {
        const value = signed(whole + part.numerator / below.value.lo);
        return reading(start, part.end, value, value, { arabic });
      }
    }
  }
  return null;
}

/** Multipliers after the last digit (百亿 → 百, 亿), for ranges that carry them to a bare left end. */
function trailingMultipliersOf(tokens: Token[]): { multipliers: number[]; start: number | undefined } {
  const trailing: number[] = [];
  let start: number | undefined;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (token.kind !== "small" && token.kind !== "big" && token.kind !== "letter") break;
    trailing.unshift(token.value);
    start = token.start;
  }
  const multipliers = trailing.map((_, k) => trailing.slice(k).reduce((product, value) => product * value, 1));
  return { multipliers, start };
}

/** Reads the number expression starting exactly at `start`, or null when none starts there. */
export function readNumber(text: string, start: number, options: ReadOptions = {}): NumberReading | null {
  let pos = start;
  let sign = 1;
  if (NEGATIVE.has(text[pos] ?? "")) {
    const at = skipSpace(text, pos + 1);
    if (!startsNumber(text, at) && !PERCENT_PREFIXES.some(([prefix]) => text.startsWith(prefix, at))) return null;
    sign = -1;
    pos = at;
  }
  const percent = readPercentPrefixed(text, start, pos, sign);
  if (percent !== undefined) return percent;
  const core = readCore(text, pos, options);
  if (!core) return null;
  const { tokens } = core;
  const arabic = tokens.some((token) => token.kind === "num" && token.form === "arabic");
  if (core.value.vagueness === "exact") {
    const fraction = readFraction(text, start, core, sign, arabic);
    if (fraction) return fraction;
  }
  const trailing = trailingMultipliersOf(tokens);
  const only = tokens.length === 1 ? tokens[0] : undefined;
  const onlyChar = only && only.end - only.start === 1 ? text[only.start]! : "";
  const last = tokens.at(-1)!;
  const [lo, hi] = sign < 0 ? [-core.value.hi, -core.value.lo] : [core.value.lo, core.value.hi];
  return reading(start, core.end, lo, hi, {
    vagueness: core.value.vagueness,
    trailingMultipliers: trailing.multipliers,
    trailingStart: trailing.start ?? core.end,
    bigMultiplier: core.value.bigMultiplier,
    weak: sign > 0 && WEAK.has(onlyChar),
    loneOne: sign > 0 && onlyChar !== "" && only?.kind === "num" && only.form === "digit" && only.lo === 1 && !isDigitChar(onlyChar),
    paired: last.kind === "num" && last.form === "pair",
    arabic,
    measureWordAt: core.measureWordAt,
  });
}

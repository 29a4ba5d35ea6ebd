// Reads the longest number expression at a position of a normalised line (see
// normalize-number-text.ts): Arabic digits with separators and decimals, Chinese numerals in
// every register, mixed forms (4.3万, 3万5千, 100万三千), colloquial forms (三万五, 百二),
// approximate forms (十多万, 3000多, 几十万, 三五百), 点 decimals, fractions (三分之一, 1/2,
// 一又十分一), 百分之 percentages, k/w suffixes and signs.
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
}

type NumForm = "arabic" | "digit" | "digits" | "pair" | "vague" | "half" | "decimal";

type Token =
  | { kind: "num"; lo: number; hi: number; frac: number; start: number; end: number; form: NumForm; singleDigit: boolean }
  | { kind: "small" | "big" | "letter"; value: number; start: number; end: number }
  | { kind: "zero" | "more" | "dozen"; start: number; end: number };

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

const ARABIC = /(?:\d{1,3}(?:[,，]\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+/y;
const ARABIC_DIGITS = /\d+/y;
const ASCII_LETTER = /[A-Za-z]/;
/** Clause punctuation and spaces that may close a colloquial fraction (二份一). */
const CLOSER = /[\s,，。;；:：!！?？、)）」』”’"]/;

const isDigitChar = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isChineseDigit = (c: string | undefined) => c !== undefined && DIGITS.has(c);

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
function startsNumber(t: string, pos: number): boolean {
  const c = t[pos];
  if (c === undefined) return false;
  return isDigitChar(c) || (c === "." && isDigitChar(t[pos + 1])) || DIGITS.has(c) || TENS.has(c) || SMALL.has(c) || VAGUE.has(c);
}

/** Fraction digits after 点 or a decimal point: Chinese or Arabic digits; null when none. */
function readFractionDigits(t: string, pos: number): { digits: string; end: number } | null {
  ARABIC_DIGITS.lastIndex = pos;
  const arabic = ARABIC_DIGITS.exec(t);
  if (arabic) return { digits: arabic[0], end: pos + arabic[0].length };
  let digits = "";
  let q = pos;
  while (q < t.length && isChineseDigit(t[q]) && !COLLECTIVE.has(t[q]!)) digits += String(DIGITS.get(t[q]!)), q++;
  return digits ? { digits, end: q } : null;
}

/** 点 followed by digits, unless the digits go on into a clock time (三点五十分, 十点半). */
function readPointFraction(t: string, pos: number): { digits: string; end: number } | null {
  if (t[pos] !== numerals.point) return null;
  const fraction = readFractionDigits(t, t[pos + 1] === " " ? pos + 2 : pos + 1);
  if (!fraction) return null;
  const next = t[fraction.end];
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

type NumToken = Extract<Token, { kind: "num" }>;

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
  /** Read a full-width comma between digit groups as a thousands separator (1，200) even
   * without decimals; in running text it usually separates clauses. */
  fullWidthGroups?: boolean;
  /** Read a multiplier on its own as its value (近万人, 上千家, 逾百亿): only where a bound word
   * before it shows that it is a round figure. */
  bareMultiplier?: boolean;
}

function scanTokens(t: string, start: number, options: ReadOptions): Token[] {
  const tokens: Token[] = [];
  let pos = start;
  while (pos < t.length) {
    const prev = tokens.at(-1);
    let p = pos;
    if (prev && t[p] === " ") {
      let q = p;
      while (t[q] === " " && q - p < 3) q++;
      if (!continuesAfterSpace(prev, t[q])) break;
      p = q;
    }
    const c = t[p]!;
    const next = t[p + 1];
    if (isDigitChar(c) || (c === "." && isDigitChar(next))) {
      if (prev?.kind === "num") break;
      ARABIC.lastIndex = p;
      let written = ARABIC.exec(t)![0];
      // A full-width comma groups digits only in a formatted amount (82，225.00); otherwise it
      // separates clauses (有20，300人).
      if (!options.fullWidthGroups && written.includes("，") && !written.includes(".") && !written.includes(",")) written = written.slice(0, written.indexOf("，"));
      const text = written.replace(/[,，]/g, "");
      const value = Number(text.startsWith(".") ? "0" + text : text);
      const token = num(value, value, p, p + written.length, "arabic", /^\d$/.test(text));
      tokens.push(token);
      pos = token.end;
      if (text === "1" && tokens.length === 1 && t[pos] === numerals.half) {
        Object.assign(token, { lo: 0.5, hi: 0.5, end: pos + 1, form: "half", singleDigit: false });
        break;
      }
      const letter = t[pos];
      if (letter !== undefined && LETTERS.has(letter) && !ASCII_LETTER.test(t[pos + 1] ?? "")) {
        // 5G, 4G name network generations, not giga-units.
        if (GENERATION_SUFFIXES.has(letter) && /^[2-9]$/.test(text)) break;
        tokens.push({ kind: "letter", value: LETTERS.get(letter)!, start: pos, end: pos + 1 });
        pos++;
        break;
      }
      continue;
    }
    if (c === numerals.point && prev) {
      const fraction = readPointFraction(t, p);
      if (!fraction) break;
      if (prev.kind === "num" && prev.frac === 0 && (prev.form === "digit" || prev.form === "digits" || prev.form === "arabic") && !/\./.test(t.slice(prev.start, prev.end))) {
        attachFraction(prev, fraction);
      } else if (prev.kind === "small" || prev.kind === "big") {
        const token = num(0, 0, p, fraction.end, "decimal");
        attachFraction(token, fraction);
        tokens.push(token);
      } else break;
      pos = fraction.end;
      continue;
    }
    if (DIGITS.has(c)) {
      if (prev?.kind === "num") break;
      if (ZEROS.has(c) && prev && (prev.kind === "small" || prev.kind === "big" || prev.kind === "zero")) {
        tokens.push({ kind: "zero", start: p, end: p + 1 });
        pos = p + 1;
        continue;
      }
      let q = p;
      const run: string[] = [];
      while (q < t.length && DIGITS.has(t[q]!)) {
        if (run.length > 0 && COLLECTIVE.has(t[q]!)) break;
        run.push(t[q]!);
        q++;
      }
      const values = run.map((d) => DIGITS.get(d)!);
      let token: NumToken;
      if (run.length === 2 && values[0]! > 0 && values[1]! - values[0]! >= 1 && values[1]! - values[0]! <= 2) {
        token = num(values[0]!, values[1]!, p, q, "pair");
      } else if (run.length === 1 || COLLECTIVE.has(run[0]!)) {
        token = num(values[0]!, values[0]!, p, p + 1, "digit", true);
      } else {
        if (prev) break;
        const value = Number(values.join(""));
        token = num(value, value, p, q, "digits");
      }
      tokens.push(token);
      pos = token.end;
      // 两个亿, 一个亿: a measure word between a numeral and 亿/万 (but 三个亿元以上项目 counts projects).
      if (t[pos] === numerals.measureBeforeBig && BIG.has(t[pos + 1] ?? "") && !numerals.measureBeforeBigBlockers.some((b) => t.startsWith(b, pos + 2))) pos++;
      if (t[pos] === numerals.half && tokens.length === 1 && token.lo === 1 && token.form === "digit") {
        Object.assign(token, { lo: 0.5, hi: 0.5, end: pos + 1, form: "half", singleDigit: false });
        pos++;
        break;
      }
      continue;
    }
    if (TENS.has(c)) {
      if (prev?.kind === "num") break;
      tokens.push(num(TENS.get(c)! / 10, TENS.get(c)! / 10, p, p + 1, "digit"));
      tokens.push({ kind: "small", value: 10, start: p, end: p + 1 });
      pos = p + 1;
      continue;
    }
    if (SMALL.has(c) || BIG.has(c)) {
      tokens.push({ kind: SMALL.has(c) ? "small" : "big", value: (SMALL.get(c) ?? BIG.get(c))!, start: p, end: p + 1 });
      pos = p + 1;
      continue;
    }
    if (VAGUE.has(c)) {
      if (prev?.kind === "num") break;
      const trailing = prev !== undefined && (prev.kind === "small" || prev.kind === "big" || prev.kind === "zero");
      if (!trailing && !(SMALL.has(next ?? "") || BIG.has(next ?? ""))) break;
      tokens.push(num(trailing ? 0 : 1, 10, p, p + 1, "vague"));
      pos = p + 1;
      continue;
    }
    if (MORE.has(c)) {
      if (!prev || prev.kind === "zero" || prev.kind === "more" || prev.kind === "letter" || prev.kind === "dozen") break;
      if (prev.kind === "num" && (prev.form === "vague" || prev.form === "pair" || prev.form === "half")) break;
      if (tokens.some((tk) => tk.kind === "more")) break;
      tokens.push({ kind: "more", start: p, end: p + 1 });
      pos = p + 1;
      continue;
    }
    if (c === numerals.half && !prev) {
      tokens.push(num(0.5, 0.5, p, p + 1, "half"));
      pos = p + 1;
      if (!(SMALL.has(next ?? "") || BIG.has(next ?? ""))) break;
      continue;
    }
    if (c === numerals.dozen && prev && prev.kind !== "zero" && prev.kind !== "more") {
      if (next !== undefined && (DIGITS.has(next) || DOZEN_BLOCKERS.has(next))) break;
      tokens.push({ kind: "dozen", start: p, end: p + 1 });
      pos = p + 1;
      break;
    }
    break;
  }
  return tokens;
}

interface Evaluation {
  lo: number;
  hi: number;
  vagueness: Vagueness;
  bigMultiplier: boolean;
}

/** Evaluates tokens, or returns the index of the first token that cannot continue the number. */
function evaluate(tokens: Token[], bareMultiplier: boolean): Evaluation | { failAt: number } {
  const groups: { lo: number; hi: number; unit: number }[] = [];
  let secLo = 0, secHi = 0, sectionUsed = false;
  let pend: NumToken | null = null;
  let pendMul = 0;
  let lastSmall = Infinity, lastMul = 0, afterZero = false;
  let vagueness: Vagueness = "exact";
  let bigMultiplier = false;
  let prevKind: Token["kind"] | null = null;

  // 三万五 → 35000, 两千六 → 2600, 百二萬 → 1200000: a lone digit right after a multiplier
  // stands for the next lower place (its decimals stay as written: 两千三点一 → 2300.1).
  const pendValue = (which: "lo" | "hi", before?: number) => {
    if (!pend) return 0;
    const colloquial = pend.singleDigit && pendMul > 10 && (before === undefined || pendMul < before);
    return colloquial ? (pend[which] - pend.frac) * (pendMul / 10) + pend.frac : pend[which];
  };
  const sumGroups = (which: "lo" | "hi") => groups.reduce((s, g) => s + g[which], 0);

  for (let k = 0; k < tokens.length; k++) {
    const tk = tokens[k]!;
    if (prevKind === "letter" || prevKind === "dozen") return { failAt: k };
    if (vagueness === "more" && tk.kind !== "big") return { failAt: k };
    switch (tk.kind) {
      case "num": {
        if (pend) return { failAt: k };
        if (tk.form === "digits" && k > 0) return { failAt: k };
        pend = tk;
        pendMul = (prevKind === "small" || prevKind === "big") && !afterZero ? lastMul : 0;
        if (tk.form === "vague" || tk.form === "pair") vagueness = "vague";
        break;
      }
      case "small": {
        if (tk.value >= lastSmall) return { failAt: k };
        if (!pend && tk.value !== 10 && prevKind !== null && prevKind !== "zero" && prevKind !== "big") return { failAt: k };
        if (pend && pend.form === "digits") return { failAt: k };
        const lo = pend ? pend.lo : 1, hi = pend ? pend.hi : 1;
        secLo += lo * tk.value;
        secHi += hi * tk.value;
        sectionUsed = true;
        pend = null;
        lastSmall = tk.value;
        lastMul = tk.value;
        afterZero = false;
        break;
      }
      case "big": {
        if (pend && pend.form === "digits") return { failAt: k };
        let vLo = secLo + pendValue("lo", tk.value);
        let vHi = secHi + pendValue("hi", tk.value);
        if (!pend && !sectionUsed) {
          const top = groups.pop();
          if (top) groups.push({ lo: top.lo * tk.value, hi: top.hi * tk.value, unit: top.unit * tk.value });
          else {
            // A leading 万 needs a digit after it (萬九 = 19000); 万 alone is a word, not a number.
            const after = tokens[k + 1];
            if (after?.kind !== "num" && !bareMultiplier) return { failAt: k };
            groups.push({ lo: tk.value, hi: tk.value, unit: tk.value });
          }
        } else {
          while (groups.length > 0 && groups.at(-1)!.unit < tk.value) {
            const g = groups.pop()!;
            vLo += g.lo;
            vHi += g.hi;
          }
          groups.push({ lo: vLo * tk.value, hi: vHi * tk.value, unit: tk.value });
        }
        secLo = secHi = 0;
        sectionUsed = false;
        pend = null;
        lastSmall = Infinity;
        lastMul = tk.value;
        afterZero = false;
        bigMultiplier = true;
        break;
      }
      case "zero":
        if (pend) return { failAt: k };
        afterZero = true;
        break;
      case "more": {
        if (pend || sectionUsed) {
          const step = lowestPlace(secLo + pendValue("lo"));
          if (pend) {
            pend = { ...(pend as NumToken), lo: pendValue("lo"), hi: pendValue("hi") + step, frac: 0, singleDigit: false };
            pendMul = 0;
          } else secHi += step;
        } else if (groups.length > 0) {
          const top = groups.at(-1)!;
          top.hi += lowestPlace(top.lo);
        } else return { failAt: k };
        vagueness = "more";
        break;
      }
      case "letter":
      case "dozen": {
        const factor = tk.kind === "letter" ? tk.value : 12;
        const lo = (sumGroups("lo") + secLo + (pend?.lo ?? 0)) * factor;
        const hi = (sumGroups("hi") + secHi + (pend?.hi ?? 0)) * factor;
        groups.length = 0;
        groups.push({ lo, hi, unit: Infinity });
        secLo = secHi = 0;
        sectionUsed = false;
        pend = null;
        bigMultiplier = true;
        break;
      }
    }
    prevKind = tk.kind;
  }
  if (tokens.length === 0) return { failAt: 0 };
  const hasNum = tokens.some((tk) => tk.kind === "num");
  const first = tokens[0]!;
  if (!hasNum && !bareMultiplier && !(first.kind === "small" && (first.value === 10 || tokens.length > 1))) return { failAt: tokens.length - 1 };
  if (prevKind === "zero") return { failAt: tokens.length - 1 };
  const lo = sumGroups("lo") + secLo + pendValue("lo");
  const hi = sumGroups("hi") + secHi + pendValue("hi");
  return { lo: tidy(lo), hi: tidy(hi), vagueness, bigMultiplier };
}

interface Core {
  start: number;
  end: number;
  tokens: Token[];
  value: Evaluation;
}

/** The longest valid number made of tokens from `start`. */
function readCore(t: string, start: number, options: ReadOptions = {}): Core | null {
  let tokens = scanTokens(t, start, options);
  while (tokens.length > 0) {
    const value = evaluate(tokens, options.bareMultiplier ?? false);
    if (!("failAt" in value)) return { start, end: tokens.at(-1)!.end, tokens, value };
    if (value.failAt === 0) return null;
    tokens = tokens.slice(0, value.failAt);
  }
  return null;
}

function skipSpace(t: string, pos: number): number {
  return t[pos] === " " ? pos + 1 : pos;
}

/** A signed plain number (no fraction), as used for the parts of fractions. */
function readSignedCore(t: string, pos: number): { lo: number; hi: number; end: number; exact: boolean } | null {
  let sign = 1;
  if (NEGATIVE.has(t[pos] ?? "") && startsNumber(t, skipSpace(t, pos + 1))) {
    sign = -1;
    pos = skipSpace(t, pos + 1);
  }
  const core = readCore(t, pos);
  if (!core) return null;
  const { lo, hi, vagueness } = core.value;
  return sign < 0 ? { lo: -hi, hi: -lo, end: core.end, exact: vagueness === "exact" } : { lo, hi, end: core.end, exact: vagueness === "exact" };
}

/**
 * X分之Y after a denominator ending at `pos`, or the Cantonese X份Y (X分Y only inside a mixed
 * number, 一又十分一) when the numerator closes the clause.
 */
function readFractionTail(t: string, pos: number, colloquial: Set<string>): { numerator: number; end: number } | null {
  let p = skipSpace(t, pos);
  for (const marker of numerals.fractionMarkers) {
    if (t.startsWith(marker, p)) {
      const numerator = readSignedCore(t, skipSpace(t, p + marker.length));
      if (numerator?.exact) return { numerator: numerator.lo, end: numerator.end };
      return null;
    }
  }
  if (colloquial.has(t[p] ?? "") && !isDigitChar(t[p + 1]) && startsNumber(t, p + 1)) {
    p++;
    const numerator = readSignedCore(t, p);
    if (numerator?.exact && (numerator.end === t.length || CLOSER.test(t[numerator.end]!))) return { numerator: numerator.lo, end: numerator.end };
  }
  return null;
}

function reading(start: number, end: number, lo: number, hi: number, extra: Partial<NumberReading>): NumberReading {
  return {
    start, end, low: lo, high: hi, vagueness: "exact", percent: false, trailingMultipliers: [], trailingStart: end,
    bigMultiplier: false, weak: false, loneOne: false, paired: false, arabic: false, ...extra,
  };
}

/** Reads the number expression starting exactly at `start`, or null when none starts there. */
export function readNumber(t: string, start: number, options: ReadOptions = {}): NumberReading | null {
  let pos = start;
  let sign = 1;
  if (NEGATIVE.has(t[pos] ?? "")) {
    const q = skipSpace(t, pos + 1);
    if (!startsNumber(t, q) && !PERCENT_PREFIXES.some(([p]) => t.startsWith(p, q))) return null;
    sign = -1;
    pos = q;
  }
  for (const [prefix, factor] of PERCENT_PREFIXES) {
    if (!t.startsWith(prefix, pos)) continue;
    const q = pos + prefix.length;
    // 百分之百: the numerator 百 on its own.
    if (t[q] === "百" && !readCore(t, q)) return reading(start, q + 1, sign * 100 * factor, sign * 100 * factor, { percent: true });
    const numerator = readSignedCore(t, q);
    if (!numerator) return null;
    const [lo, hi] = sign < 0 ? [-numerator.hi, -numerator.lo] : [numerator.lo, numerator.hi];
    return reading(start, numerator.end, tidy(lo * factor), tidy(hi * factor), {
      percent: true, vagueness: numerator.exact ? "exact" : "vague", arabic: /\d/.test(t.slice(q, numerator.end)),
    });
  }
  const core = readCore(t, pos, options);
  if (!core) return null;
  const { tokens } = core;
  const arabic = tokens.some((tk) => tk.kind === "num" && tk.form === "arabic");
  const signed = (lo: number, hi: number): [number, number] => (sign < 0 ? [-hi, -lo] : [lo, hi]);

  if (core.value.vagueness === "exact") {
    // Fractions: 三分之一, 二份一, 3/4, and mixed numbers 一又三分之一.
    const denominator = core.value.lo;
    const tail = readFractionTail(t, core.end, COLLOQUIAL_FRACTION);
    if (tail && denominator !== 0) {
      const [lo] = signed(tail.numerator / denominator, tail.numerator / denominator);
      return reading(start, tail.end, lo, lo, { arabic });
    }
    if (t[core.end] === "/" && tokens.length === 1 && arabic && Number.isInteger(denominator)) {
      ARABIC_DIGITS.lastIndex = core.end + 1;
      const below = ARABIC_DIGITS.exec(t);
      const after = below ? t[core.end + 1 + below[0].length] : undefined;
      if (below && Number(below[0]) !== 0 && after !== "/" && after !== ".") {
        const [lo] = signed(denominator / Number(below[0]), denominator / Number(below[0]));
        return reading(start, core.end + 1 + below[0].length, lo, lo, { arabic });
      }
    }
    if (t[core.end] === numerals.mixedFractionMarker) {
      const whole = denominator;
      const below = readCore(t, skipSpace(t, core.end + 1));
      if (below && below.value.vagueness === "exact" && below.value.lo !== 0) {
        const part = readFractionTail(t, below.end, MIXED_COLLOQUIAL_FRACTION);
        if (part) {
          const value = whole + part.numerator / below.value.lo;
          const [lo] = signed(value, value);
          return reading(start, part.end, lo, lo, { arabic });
        }
      }
    }
  }

  // Trailing multipliers (百亿 → 百, 亿), for ranges that carry them to a bare left end.
  const trailing: Token[] = [];
  for (let k = tokens.length - 1; k >= 0; k--) {
    const tk = tokens[k]!;
    if (tk.kind === "small" || tk.kind === "big" || tk.kind === "letter") trailing.unshift(tk);
    else break;
  }
  const trailingMultipliers: number[] = [];
  for (let k = 0; k < trailing.length; k++) trailingMultipliers.push(trailing.slice(k).reduce((m, tk) => m * (tk as { value: number }).value, 1));
  const only = tokens.length === 1 ? tokens[0] : undefined;
  const onlyChar = only && only.end - only.start === 1 ? t[only.start]! : "";
  const last = tokens.at(-1)!;
  const [lo, hi] = signed(core.value.lo, core.value.hi);
  return reading(start, core.end, lo, hi, {
    vagueness: core.value.vagueness,
    trailingMultipliers,
    trailingStart: trailing[0]?.start ?? core.end,
    bigMultiplier: core.value.bigMultiplier,
    weak: sign > 0 && WEAK.has(onlyChar),
    loneOne: sign > 0 && onlyChar !== "" && only?.kind === "num" && only.form === "digit" && only.lo === 1 && !isDigitChar(onlyChar),
    paired: last.kind === "num" && last.form === "pair",
    arabic,
  });
}

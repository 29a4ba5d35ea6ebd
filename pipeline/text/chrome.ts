// Page chrome among the lines of an article: the menus, bylines, counters and footers that a
// copy of a web page carries around its body. General rules: where a line stands (head or tail),
// whether it reads as prose (long, with sentence punctuation), whether it is only links, numbers
// or separators, and a small lexicon of boilerplate words.
import lexicon from "../lexicons/chrome-lines.json" with { type: "json" };
import { countHan } from "./han.js";

/** Where the body lies among the lines, and which lines inside it are chrome too. */
export interface ChromeLayout {
  /** First body line; the lines before it are the head chrome. */
  bodyStart: number;
  /** One past the last body line; the lines from it on are the tail chrome. */
  bodyEnd: number;
  /** Lines between bodyStart and bodyEnd that are chrome all the same. */
  innerChrome: ReadonlySet<number>;
}

const BOILERPLATE = lexicon.boilerplate.map((word) => word.toLowerCase());
const byLength = (a: string, b: string) => b.length - a.length;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LABELLED = new RegExp(`^[(（【\\[]?\\s*(?:${[...lexicon.labels].sort(byLength).map(escape).join("|")})\\s*[:：]`, "i");
const FOOTER_START = new RegExp(`^[\\s【\\[(（]*(?:${[...lexicon.footerStarts].sort(byLength).map(escape).join("|")})`, "i");
const MARKDOWN_LINK = /!?\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const URL = /(?:https?:)?\/\/[^\s)｜|]+|www\.[^\s)｜|]+/gi;
// Separators, counters, times and dates: what is left of a line of widgets without words.
const ONLY_MARKS_AND_NUMBERS = /^[\d\s:：/／|｜.\-–—×·•>»›<«‹()（）[\]【】_,，、]*$/;
// A short line: at most this many Han characters. Titles, bylines and menu lines are short; a
// body paragraph is rarely this short without a full stop.
const SHORT_LINE_HAN = 30;
// A line reads as prose with a full stop (。, or . after a character) or semicolon and a few words, with commas or !/? and a
// sentence's worth of words, or by length alone.
const PROSE_WITH_STOP_HAN = 8;
const PROSE_WITH_COMMA_HAN = 20;
const PROSE_BY_LENGTH_HAN = 40;
// A boilerplate line inside the body leaves at most this many Han characters besides its
// boilerplate words (打印 纠错 leaves none; 3D打印产业园建设 leaves five, and stays).
const BOILERPLATE_REMAINDER_HAN = 4;

// The first item of an enumeration: (一), 一、, 1., 1、, (1), 第一.
const FIRST_ITEM = /^\s*(?:[(（]\s*[一1]\s*[)）]|一\s*、|1\s*[、.．](?!\d)|第一(?![百千万亿]))/;

const isShort = (line: string) => countHan(line) <= SHORT_LINE_HAN && !line.includes("。");

function readsAsProse(line: string): boolean {
  const han = countHan(line);
  if (/[。；;]|\p{Script=Han}\.(?!\d)/u.test(line) && han >= PROSE_WITH_STOP_HAN) return true;
  if (/[，,！？!?]/.test(line) && han >= PROSE_WITH_COMMA_HAN) return true;
  return han >= PROSE_BY_LENGTH_HAN;
}

/** Han characters of a line once its boilerplate words are taken out, or -1 when it has none. */
function hanBesidesBoilerplate(line: string): number {
  let rest = line.toLowerCase();
  let found = false;
  for (const word of BOILERPLATE) {
    if (rest.includes(word)) {
      found = true;
      rest = rest.split(word).join(" ");
    }
  }
  return found ? countHan(rest) : -1;
}

/** A short line made of boilerplate words. */
export function isBoilerplateLine(line: string): boolean {
  if (!isShort(line)) return false;
  const rest = hanBesidesBoilerplate(line);
  return rest >= 0 && rest <= BOILERPLATE_REMAINDER_HAN;
}

/** A short line holding a boilerplate word, or opening with a byline or source label (来源:, 编辑:). */
function isChromeMarked(line: string): boolean {
  return isShort(line) && (hanBesidesBoilerplate(line) >= 0 || LABELLED.test(line));
}

/** A line of links only: Markdown links and URLs, with nothing but separators between them. */
export function isLinkOnlyLine(line: string): boolean {
  const rest = line.replace(MARKDOWN_LINK, " ").replace(URL, " ");
  return rest !== line && ONLY_MARKS_AND_NUMBERS.test(rest);
}

/** A line without words: counters (1 1 1), times (00:00/00:00), separators, links. */
export function isWordlessLine(line: string): boolean {
  return ONLY_MARKS_AND_NUMBERS.test(line) || isLinkOnlyLine(line);
}

function isBodyLine(line: string): boolean {
  return readsAsProse(line) && !isChromeMarked(line) && !isWordlessLine(line);
}

/** Chrome that goes wherever it stands. */
function isChromeAnywhere(line: string): boolean {
  return isWordlessLine(line) || isBoilerplateLine(line);
}

/**
 * Finds the body among the lines (Simplified text, one paragraph a line). The head chrome runs
 * up to the first line that reads as prose (or the heading of a list it opens), the tail chrome
 * back from the last one; a footer word (最新推荐, 相关阅读) in the second half cuts the tail
 * there. When no line reads as prose, only lines that are chrome anywhere go.
 */
export function locateChrome(lines: readonly string[]): ChromeLayout {
  const count = lines.length;
  let bodyStart = 0;
  while (bodyStart < count && !isBodyLine(lines[bodyStart])) bodyStart++;
  // A heading right before the first item of a list heads that list (an excerpt of a notice
  // starting at 补贴事项及标准 then (一)…); a title is followed by a byline or a paragraph.
  if (bodyStart > 0 && bodyStart < count && FIRST_ITEM.test(lines[bodyStart]) && !isChromeMarked(lines[bodyStart - 1]) && !isWordlessLine(lines[bodyStart - 1])) {
    bodyStart--;
  }
  let bodyEnd = count;
  if (bodyStart === count) {
    bodyStart = 0;
    while (bodyStart < count && isChromeAnywhere(lines[bodyStart])) bodyStart++;
    while (bodyEnd > bodyStart && isChromeAnywhere(lines[bodyEnd - 1])) bodyEnd--;
  } else {
    while (bodyEnd > bodyStart + 1 && !isBodyLine(lines[bodyEnd - 1])) bodyEnd--;
    const secondHalf = bodyStart + Math.ceil((bodyEnd - bodyStart) / 2);
    for (let i = Math.max(secondHalf, bodyStart + 1); i < bodyEnd; i++) {
      if (isShort(lines[i]) && FOOTER_START.test(lines[i])) {
        bodyEnd = i;
        break;
      }
    }
    // Bylines and widgets above the footer are tail chrome too.
    while (bodyEnd > bodyStart + 1 && !isBodyLine(lines[bodyEnd - 1])) bodyEnd--;
  }
  const innerChrome = new Set<number>();
  for (let i = bodyStart; i < bodyEnd; i++) if (isChromeAnywhere(lines[i])) innerChrome.add(i);
  return { bodyStart, bodyEnd, innerChrome };
}

// Page chrome among the lines of an article: the menus, bylines, counters and footers that a
// copy of a web page carries around its body. General rules: where a line stands (head or tail),
// whether it reads as prose, whether it is only links, numbers, separators or file names, and a
// small lexicon of boilerplate words. The body is what a reader came for, so a line goes only when
// it is clearly chrome: short closing sentences, figures and list items stay.
import lexicon from "../lexicons/chrome-lines.json" with { type: "json" };
import labelLexicon from "../lexicons/metadata-labels.json" with { type: "json" };
import unitLexicon from "../lexicons/quantity-units.json" with { type: "json" };
import { countHan, HAN_CLASS } from "./han.js";

/** Where the body lies among the lines, and which lines inside it are chrome too. */
export interface ChromeLayout {
  /** First body line; the lines before it are the head chrome. */
  bodyStart: number;
  /** One past the last body line; the lines from it on are the tail chrome. */
  bodyEnd: number;
  /** Lines between bodyStart and bodyEnd that are chrome all the same. */
  innerChrome: ReadonlySet<number>;
  /** Body lines that open with chrome (a bracketed copy of the headline, a site's domain and a date), and where it ends: the line is kept from there. */
  prefixChromeEnds: ReadonlyMap<number, number>;
}

const byLength = (a: string, b: string) => b.length - a.length;
// Longest first, so that a phrase goes whole (微信扫一扫 before 扫一扫).
const BOILERPLATE = lexicon.boilerplate.map((word) => word.toLowerCase()).sort(byLength);
const CHROME_TOKENS = new Set([...lexicon.tokens, ...lexicon.boilerplate].map((word) => word.toLowerCase()));
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) => [...words].sort(byLength).map(escape).join("|");

// Field labels (来源, 编辑, 浏览次数) open a line with a colon or a bar (编辑 | 张三, 文/张三); byline
// labels (记者 张三) also with a space and a name, counter labels (浏览 3256次) with a number.
const FIELD_LABELS = Object.entries(labelLexicon).flatMap(([key, words]) => (Array.isArray(words) && key !== "bylineWithoutSeparator" ? words : []));
const LABELLED = new RegExp(
  String.raw`^[(（【\[]?\s*(?:(?:${alternation(FIELD_LABELS)})\s*[:：|｜丨/]|(?:${alternation(labelLexicon.bylineWithoutSeparator)})\s+${HAN_CLASS}|` +
    String.raw`(?:${alternation(labelLexicon.counter)})\s*\d[\d.,]*\s*[万千]?次?(?=$|[\s|｜丨]))`,
  "iu",
);
const FOOTER_START = new RegExp(`^[\\s【\\[(（]*(?:${alternation(lexicon.footerStarts)})`, "i");
const FOOTER_HEADING = new RegExp(
  String.raw`^[\s【\[(（]*(?:${alternation(lexicon.footerHeadings.openers)})\S{0,4}?(?:${alternation(lexicon.footerHeadings.closers)})\s*(?:$|[:：】\])）>»|｜])`,
);
// A pager: links to pages only (第1页 第2页, 上一页 1 2 3 下一页, 共5页), between separators and brackets.
const PAGE_LINK = new RegExp(String.raw`^(?:${alternation(lexicon.pageLinks)}|[第共]\s*\d{1,4}\s*页|\d{1,4})$`);
// A site's bare domain (52abc.cn, news.example.com.cn) and maybe a date (07-02, 2022/7/2) stamped in
// front of the first paragraph by a copying site: the domain ends in a known top-level domain.
const DOMAIN_PREFIX = new RegExp(
  String.raw`^\s*[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.(?:${alternation(lexicon.topLevelDomains)})(?:\s+(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*|\s+)(?=\S)`,
  "i",
);
const MARKDOWN_LINK = /!?\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)/g;
const URL = /(?:https?:)?\/\/[^\s)｜|]+|www\.[^\s)｜|]+/gi;
// Separators, counters, times and dates: what is left of a line of widgets without words.
const ONLY_MARKS_AND_NUMBERS = /^[\d\s:：/／|｜.\-–—×·•>»›<«‹()（）[\]【】_,，、]*$/;
// Where a line splits into tokens: white space, bars, brackets, separators of menus and fields.
const TOKEN_BREAK = /[\s|｜丨>»＞/:：【】[\]（）()·•×,，、]+/;
// A file name or a CMS identifier: words glued by underscores (微信图片_20220517151231), an image
// or document file name, or a long run mixing Latin letters and digits (NW202205062370668757).
const IDENTIFIER = /[\p{L}\p{N}]+(?:_[\p{L}\p{N}]+)+(?:\.[a-z\d]{2,5})?|[\w-]+\.(?:jpe?g|png|gif|webp|bmp|svg|tiff?|pdf|docx?|xlsx?)(?![a-z\d])|(?<![a-z\d])(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]{8,}(?![a-z\d])/giu;
const MAY_HOLD_IDENTIFIER = /_|\.[a-z]|[a-z\d]{8}/i;
// A figure with its unit or counter (120人, 800套, 20,300人, 10万元, 18.6%): the stuff of a fact.
const UNITS = alternation([...Object.keys(unitLexicon.counters), ...Object.keys(unitLexicon.currencies)]);
const FIGURE_WITH_UNIT = new RegExp(String.raw`\d(?:[\d,.]*\d)?\s*[十百千万亿]*\s*(?:${UNITS})`);
// A line ends a sentence with 。 or ； (closing quotes and brackets may follow); at the tail also
// with ！, which at the head may close a headline.
const STATEMENT_END = /[。；;]["”’」』)）\]】]*\s*$/;
const SENTENCE_END = /[。；;！!]["”’」』)）\]】]*\s*$/;
// A full stop or a semicolon; after a Han character also an ASCII period that closes no number.
const FULL_STOP = new RegExp(String.raw`[。；;]|${HAN_CLASS}\.(?!\d)`, "u");
// An item of a list: (一), 一、, 1., 1、, (1), 1), ①.
const LIST_MARKER = /^\s*(?:[(（]\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[)）]|[一二三四五六七八九十]+\s*、|\d{1,2}\s*(?:[、.．](?!\d)|[)）])|[\u2460-\u2473\u2776-\u277f])/u;
// The first item of an enumeration: (一), 一、, 1., 1、, (1), 第一.
const FIRST_ITEM = /^\s*(?:[(（]\s*[一1]\s*[)）]|一\s*、|1\s*[、.．](?!\d)|第一(?![百千万亿]))/;
// A tag before a headline naming its column or a keyword: 【焦点新闻】, [视频], 〖人才强市〗, or a word of
// a few letters and a bar (人才|, 财经 |). Two parts of a headline joined by a bar are longer.
export const COLUMN_TAG = String.raw`(?:【[^】]{1,10}】|\[[^\]]{1,10}\]|〖[^〗]{1,10}〗)`;
const HEADLINE_TAG = new RegExp(String.raw`^\s*(?:${COLUMN_TAG}|(?:${HAN_CLASS}|[A-Za-z]){1,4}\s*[|｜丨])\s*`, "u");
// Where a headline splits into the parts a page repeats alone as captions: exclamation and question marks, bars, spaces.
const HEADLINE_PART_BREAK = /[!！?？|｜丨\s]+/;
// A copy of the headline in brackets, glued in front of a paragraph: 【人才|重磅!…】在…方面,…
const BRACKETED_OPENING = /^\s*(?:【([^】]+)】|\[([^\]]+)\]|〖([^〗]+)〗)\s*/;
// A line wholly in quotation marks: speech.
const QUOTED_SPEECH = /^\s*[“"「『][^“”"「」『』]*[”"」』]\s*$/;
// A counter of a reaction or share widget on a line of its own (0, 3, 128), and the button label under it.
const BARE_COUNTER = /^\s*\d{1,6}\s*$/;
const BUTTON_LABEL = new RegExp(String.raw`^\s*${HAN_CLASS}{1,4}\s*$`, "u");
// A sign-off: a name or word of at most four characters framed by marks (·佟永云·, （完）, ——张三).
const SIGN_OFF = new RegExp(String.raw`^\s*[\p{P}\p{S}]+\s*${HAN_CLASS}{1,4}\s*[\p{P}\p{S}]*\s*$`, "u");

// A short line: at most this many Han characters. Titles, bylines and menu lines are short; a
// body paragraph is rarely this short without a full stop.
const SHORT_LINE_HAN = 30;
// A line reads as prose with a full stop (。, or . after a character) or semicolon and a few words, with commas or !/? and a
// sentence's worth of words, or by length alone.
const PROSE_WITH_STOP_HAN = 8;
const PROSE_WITH_COMMA_HAN = 20;
const PROSE_BY_LENGTH_HAN = 40;
// A headline over a list has at least this many Han characters; the heading of a list's section
// is shorter (补贴事项及标准, 目标任务).
const HEADLINE_OVER_LIST_HAN = 10;
// A line repeating a part of the headline this long is a copy of it, not a heading of its own.
const HEADLINE_PART_HAN = 6;
// A boilerplate line inside the body leaves at most this many Han characters besides its
// boilerplate words (打印 纠错 leaves none; 3D打印产业园建设 leaves five, and stays). A line of
// file names leaves as few (图1 微信图片_20220517151231).
const BOILERPLATE_REMAINDER_HAN = 4;
// A menu: at least this many tokens, none longer than MENU_TOKEN_CHARS (新闻 图片 视频 专题).
const MENU_TOKENS = 3;
const MENU_TOKEN_CHARS = 4;

const isShort = (line: string) => countHan(line) <= SHORT_LINE_HAN && !line.includes("。");
const tokensOf = (line: string) => line.toLowerCase().split(TOKEN_BREAK).filter(Boolean);

function readsAsProse(line: string): boolean {
  const han = countHan(line);
  if (FULL_STOP.test(line) && han >= PROSE_WITH_STOP_HAN) return true;
  if (/[，,！？!?]/.test(line) && han >= PROSE_WITH_COMMA_HAN) return true;
  return han >= PROSE_BY_LENGTH_HAN;
}

/** A line opening with the marker of a list item (一、, (二), 3., ①): a heading or a point of the body, never chrome. */
export function opensListItem(line: string): boolean {
  return LIST_MARKER.test(line);
}

/** A line that states something: it ends a sentence (。；！) or holds a figure with its unit (120人, 10万元). */
export function statesFact(line: string): boolean {
  return (SENTENCE_END.test(line) && countHan(line) > 0) || FIGURE_WITH_UNIT.test(line);
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

/** A line with a chrome word as one of its tokens (共产党员网 打印 纠错, 登录 | 注册, 【关闭】). */
export function holdsChromeToken(line: string): boolean {
  return tokensOf(line).some((token) => CHROME_TOKENS.has(token));
}

/** A short line made of boilerplate words: phrases with at most a few other characters, or chrome tokens only. */
export function isBoilerplateLine(line: string): boolean {
  if (!isShort(line)) return false;
  const rest = hanBesidesBoilerplate(line);
  if (rest >= 0 && rest <= BOILERPLATE_REMAINDER_HAN) return true;
  const tokens = tokensOf(line);
  return tokens.length > 0 && tokens.every((token) => CHROME_TOKENS.has(token));
}

/** A short line opening with a field label and a separator (来源：, 编辑 | , 浏览次数：), a byline (记者 张三) or a counter (浏览 3256次). */
export function isLabelledLine(line: string): boolean {
  return isShort(line) && LABELLED.test(line);
}

/** A short line holding a boilerplate word or chrome token, or opening with a label. */
function isChromeMarked(line: string): boolean {
  return isShort(line) && (hanBesidesBoilerplate(line) >= 0 || holdsChromeToken(line) || LABELLED.test(line));
}

/** A line of links only: Markdown links and URLs, with nothing but separators between them. */
export function isLinkOnlyLine(line: string): boolean {
  const rest = line.replace(MARKDOWN_LINK, " ").replace(URL, " ");
  return rest !== line && ONLY_MARKS_AND_NUMBERS.test(rest);
}

/** A line of page links only: 【 第1页 第2页 】, 上一页 1 2 3 下一页, 首页 尾页 共5页. */
export function isPagerLine(line: string): boolean {
  const tokens = line.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => PAGE_LINK.test(token)) && tokens.some((token) => !/^\d+$/.test(token));
}

/** Where a site's domain and a date stamped in front of a paragraph end (52abc.cn 07-02 记者…), or 0 when the line opens with none. */
export function domainPrefixEnd(line: string): number {
  return DOMAIN_PREFIX.exec(line)?.[0].length ?? 0;
}

/** A line without words: counters (1 1 1), times (00:00/00:00), separators, links. */
export function isWordlessLine(line: string): boolean {
  return ONLY_MARKS_AND_NUMBERS.test(line) || isLinkOnlyLine(line);
}

/** A line that is a file name or identifier (微信图片_20220517151231.jpg), with at most a few words besides. */
export function isIdentifierLine(line: string): boolean {
  // Most lines hold no underscore, file extension or long Latin run: they need no full scan.
  if (!isShort(line) || !MAY_HOLD_IDENTIFIER.test(line)) return false;
  const rest = line.replace(IDENTIFIER, " ");
  return rest !== line && countHan(rest) <= BOILERPLATE_REMAINDER_HAN && !statesFact(rest);
}

/** A menu: a line of a few short tokens and no figures (新闻 图片 视频 专题, 无障碍 | 长者模式 | 繁体). */
export function isMenuLine(line: string): boolean {
  if (/\d/.test(line) || countHan(line) === 0) return false;
  const tokens = line.split(TOKEN_BREAK).filter(Boolean);
  return tokens.length >= MENU_TOKENS && tokens.every((token) => token.length <= MENU_TOKEN_CHARS);
}

/** A short line that opens the footer of a page: 上一篇, 猜你喜欢, a heading such as 相关新闻 or 其他焦点新闻. */
function opensFooter(line: string): boolean {
  return isShort(line) && (FOOTER_START.test(line) || FOOTER_HEADING.test(line));
}

/**
 * A headline that reads as prose by its marks alone (重磅！…，…！, 好消息!!…,…!!): an exclamation
 * mark, commas maybe, no full stop or semicolon, shorter than a paragraph, not running on into the
 * next line, and not speech wholly in quotation marks (“…，…！”).
 */
function isExclamatoryHeadline(line: string): boolean {
  return (
    /[!！]/.test(line) && !FULL_STOP.test(line) && !/[，,、：:…]\s*$/.test(line) &&
    !QUOTED_SPEECH.test(line) && countHan(line) < PROSE_BY_LENGTH_HAN && !opensListItem(line)
  );
}

/** A headline without the column and keyword tags before it (【热点】人才｜某某县… → 某某县…); a line that is only a tag stays. */
export function withoutHeadlineTags(line: string): string {
  let rest = line;
  for (let tag = HEADLINE_TAG.exec(rest); tag && tag[0].length < rest.length; tag = HEADLINE_TAG.exec(rest)) rest = rest.slice(tag[0].length);
  return rest;
}

/** What a page repeats of its headlines as captions or pasted copies: each whole, without its tags, and its parts between ！, bars and spaces. */
function headlineCopies(headlines: readonly string[]): Set<string> {
  const copies = new Set<string>();
  for (const headline of headlines) {
    const untagged = withoutHeadlineTags(headline.trim());
    for (const part of [headline.trim(), untagged, ...untagged.split(HEADLINE_PART_BREAK)]) {
      if (countHan(part) >= HEADLINE_PART_HAN) copies.add(part);
    }
  }
  return copies;
}

/** A line of text above the body that is no chrome: a headline, a kicker, a caption. */
function isHeadText(line: string): boolean {
  return !isChromeMarked(line) && !isWordlessLine(line) && !isMenuLine(line) && !line.includes("。");
}

/** A headline over a list: the first line of text, longer than a section's heading, not a lead-in ending with a colon. */
function isHeadlineOverList(lines: readonly string[], at: number): boolean {
  return lines.findIndex(isHeadText) === at && countHan(lines[at]) >= HEADLINE_OVER_LIST_HAN && !/[：:]\s*$/.test(lines[at]);
}

/** The first line of the body: one that reads as prose, ends a statement or opens a list item, and bears no chrome mark. */
function opensBody(line: string): boolean {
  return (readsAsProse(line) || (STATEMENT_END.test(line) && countHan(line) > 1) || opensListItem(line)) && !isChromeMarked(line) && !isWordlessLine(line);
}

/** Chrome that goes wherever it stands. */
function isChromeAnywhere(line: string): boolean {
  if (isWordlessLine(line) || isPagerLine(line)) return true;
  // Long lines and list items are body: most lines stop here.
  if (!isShort(line) || opensListItem(line)) return false;
  return isBoilerplateLine(line) || isIdentifierLine(line);
}

/**
 * Chrome at the end of the text: lines without words, file names, field and byline lines, sign-offs,
 * menus, the labels of a widget's counters (0 / 支持 / 3 / 好正), and lines marked by boilerplate
 * words unless they state something. A list item is body.
 */
function isTailChrome(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (opensListItem(line)) return false;
  if (isChromeAnywhere(line) || isLabelledLine(line) || SIGN_OFF.test(line)) return true;
  if (i > 0 && BUTTON_LABEL.test(line) && BARE_COUNTER.test(lines[i - 1])) return true;
  return (isMenuLine(line) || isChromeMarked(line)) && !statesFact(line);
}

/**
 * Finds the body among the lines (Simplified text, one paragraph a line). The head chrome runs
 * up to the first line that opens the body (or the heading of a list it opens), past an
 * exclamatory headline; lines of the body repeating the headline are chrome. A footer word
 * (上一篇, 相关阅读) on a short line in the second half of the prose cuts the tail there; before
 * it, only lines that are clearly chrome go. When no line opens the body, only lines that are
 * chrome anywhere go.
 */
export function locateChrome(lines: readonly string[]): ChromeLayout {
  const count = lines.length;
  const opensBodyAt = (from: number) => {
    let at = from;
    while (at < count && !opensBody(lines[at])) at++;
    return at;
  };
  let bodyStart = opensBodyAt(0);
  // An exclamatory headline is not the first paragraph when one follows it.
  if (bodyStart < count && isExclamatoryHeadline(lines[bodyStart]) && opensBodyAt(bodyStart + 1) < count) bodyStart = opensBodyAt(bodyStart + 1);
  // A heading right before the first item of a list heads that list (an excerpt of a notice
  // starting at 补贴事项及标准 then (一)…); a title is followed by a byline or a paragraph, or it
  // opens the text and is longer than a section's heading.
  const heading = bodyStart - 1;
  if (heading >= 0 && bodyStart < count && FIRST_ITEM.test(lines[bodyStart]) && isHeadText(lines[heading]) && !isHeadlineOverList(lines, heading)) {
    bodyStart--;
  }
  let bodyEnd = count;
  if (bodyStart === count) {
    bodyStart = 0;
    while (bodyStart < count && isChromeAnywhere(lines[bodyStart])) bodyStart++;
    while (bodyEnd > bodyStart && isChromeAnywhere(lines[bodyEnd - 1])) bodyEnd--;
  } else {
    // The second half is measured on the prose, so that a long footer does not push it down.
    let proseEnd = count;
    while (proseEnd > bodyStart + 1 && !readsAsProse(lines[proseEnd - 1])) proseEnd--;
    const secondHalf = bodyStart + Math.ceil((proseEnd - bodyStart) / 2);
    for (let i = Math.max(secondHalf, bodyStart + 1); i < count; i++) {
      if (opensFooter(lines[i])) {
        bodyEnd = i;
        break;
      }
    }
    while (bodyEnd > bodyStart + 1 && isTailChrome(lines, bodyEnd - 1)) bodyEnd--;
  }
  // Copies of the headline in the body are chrome: captions repeating it or a part of it, and a
  // bracketed copy in front of a paragraph, which keeps its own text; so is a site's domain stamped in
  // front of the first paragraph (later, a domain opening a sentence is its subject).
  const copies = headlineCopies(lines.slice(0, bodyStart).filter(isHeadText));
  const innerChrome = new Set<number>();
  const prefixChromeEnds = new Map<number, number>();
  for (let i = bodyStart; i < bodyEnd; i++) {
    const line = lines[i];
    const bracketed = BRACKETED_OPENING.exec(line);
    const bracketedCopy = bracketed !== null && copies.has((bracketed[1] ?? bracketed[2] ?? bracketed[3]).trim());
    if (isChromeAnywhere(line) || copies.has(line.trim()) || (bracketedCopy && bracketed[0].length === line.length)) innerChrome.add(i);
    else if (bracketedCopy) prefixChromeEnds.set(i, bracketed[0].length);
    else if (i === bodyStart && domainPrefixEnd(line) > 0) prefixChromeEnds.set(i, domainPrefixEnd(line));
  }
  return { bodyStart, bodyEnd, innerChrome, prefixChromeEnds };
}

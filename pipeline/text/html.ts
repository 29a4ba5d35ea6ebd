// The article in an HTML page (or in the HTML body of a Markdown file): its text, one block a
// line, mapped to the page's source, and the metadata the page declares. The article is the
// part of the page that holds most of its prose outside links, with the headline above it;
// navigation, share widgets, footers, scripts and styles are left out.
import { Parser } from "htmlparser2";
import chromeHtml from "../lexicons/chrome-html.json" with { type: "json" };
import type { DeclaredMetadata, MappedText } from "../types.js";
import { isLinkOnlyLine } from "./chrome.js";
import { toIsoDate } from "./dates.js";
import { countHan, HAN_CLASS } from "./han.js";
import { joinMapped, MappedTextBuilder, replaceMapped } from "./mapped-text.js";

interface ElementNode {
  kind: "element";
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: ElementNode | null;
  /** Position in document order, and the last position inside the element. */
  order: number;
  lastOrder: number;
  excluded: boolean;
  /** Han characters of the element's text outside links, once exclusions apply. */
  prose: number;
}

interface TextNode {
  kind: "text";
  text: string;
  /** Offset of the text in the source. */
  at: number;
  /** True when the text is the source as written (false for a decoded character reference). */
  verbatim: boolean;
  order: number;
  inLink: boolean;
}

type HtmlNode = ElementNode | TextNode;

// Elements whose content is never article text.
const NEVER_TEXT = new Set(["head", "title", "script", "style", "noscript", "template"]);
// Elements that break lines: the HTML block-level elements, list items and table rows.
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p",
  "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const CELLS = new Set(["td", "th"]);
// Elements the search for the article may descend into: containers, not paragraphs or lists.
const CONTAINERS = new Set(["html", "body", "div", "section", "article", "main", "center", "form", "table", "tbody", "tr", "td", "th", "span", "font"]);
const HEADINGS = new Set(["h1", "h2", "h3"]);
const CHROME_TAGS = new Set(chromeHtml.tags);
const CHROME_ROLES = new Set(chromeHtml.roles);
const CHROME_CLASS_TOKENS = new Set(chromeHtml.classTokens);
const TITLE_CLASS_TOKENS = new Set(["title", "headline", "biaoti", "bt"]);

// A part of the page marked as chrome is kept when it holds more than this share of the page's
// prose: it is a wrapper around the article.
const CHROME_MAX_SHARE = 0.5;
// The search for the article descends into a child holding at least this share of its parent's prose.
const ARTICLE_DESCENT_SHARE = 0.65;
// Between headline and article, a byline and date line is kept; more prose than this is something else.
const PREAMBLE_MAX_HAN = 200;

const CJK = new RegExp(String.raw`${HAN_CLASS}|[\u3000-\u303f\uff00-\uffef]`, "u");
// What a line of links has besides the links: separators and white space.
const SEPARATORS = /^[\s|｜/／·•>»›<«‹\-–—_:：,，、()（）[\]【】.]*$/;

const classTokens = (element: ElementNode) =>
  `${element.attrs.class ?? ""} ${element.attrs.id ?? ""}`.toLowerCase().split(/[^a-z0-9]+/).filter((token) => token !== "");

function parseTree(source: string, base: number): ElementNode {
  const root: ElementNode = { kind: "element", tag: "#root", attrs: {}, children: [], parent: null, order: 0, lastOrder: 0, excluded: false, prose: 0 };
  let current = root;
  let order = 1;
  let linkDepth = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const element: ElementNode = { kind: "element", tag: name, attrs, children: [], parent: current, order: order++, lastOrder: 0, excluded: false, prose: 0 };
        current.children.push(element);
        current = element;
        if (name === "a") linkDepth++;
      },
      ontext(text) {
        const verbatim = parser.endIndex - parser.startIndex + 1 === text.length;
        current.children.push({ kind: "text", text, at: base + parser.startIndex, verbatim, order: order++, inLink: linkDepth > 0 });
      },
      onclosetag(name) {
        // Close up to the element of that name; htmlparser2 reports implied closes one by one.
        for (let element: ElementNode | null = current; element !== null && element !== root; element = element.parent) {
          if (element.tag !== name) continue;
          for (let closing: ElementNode = current; ; closing = closing.parent!) {
            closing.lastOrder = order - 1;
            if (closing.tag === "a") linkDepth--;
            if (closing === element) break;
          }
          current = element.parent!;
          return;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  for (let element: ElementNode | null = current; element !== null; element = element.parent) element.lastOrder = order - 1;
  root.lastOrder = order - 1;
  return root;
}

function isHidden(element: ElementNode): boolean {
  return "hidden" in element.attrs || element.attrs["aria-hidden"] === "true" || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(element.attrs.style ?? "");
}

function isMarkedChrome(element: ElementNode): boolean {
  if (CHROME_TAGS.has(element.tag) || CHROME_ROLES.has(element.attrs.role ?? "")) return true;
  return classTokens(element).some((token) => CHROME_CLASS_TOKENS.has(token));
}

/** Counts each element's prose (Han characters outside links), skipping excluded elements. */
function countProse(element: ElementNode): number {
  let prose = 0;
  for (const child of element.children) {
    if (child.kind === "text") {
      if (!child.inLink) prose += countHan(child.text);
    } else if (!child.excluded) {
      prose += countProse(child);
    } else {
      countProse(child);
    }
  }
  element.prose = element.excluded ? 0 : prose;
  return element.prose;
}

function* elementsOf(element: ElementNode): Generator<ElementNode> {
  yield element;
  for (const child of element.children) if (child.kind === "element") yield* elementsOf(child);
}

function* visibleTexts(element: ElementNode): Generator<TextNode> {
  for (const child of element.children) {
    if (child.kind === "text") yield child;
    else if (!child.excluded) yield* visibleTexts(child);
  }
}

function textOf(element: ElementNode): string {
  return element.children.map((child) => (child.kind === "text" ? child.text : child.excluded ? "" : textOf(child))).join("");
}

/** Leaves out what is never text, hidden parts, and marked chrome that is not a wrapper of most prose. */
function excludeChrome(root: ElementNode): void {
  for (const element of elementsOf(root)) if (NEVER_TEXT.has(element.tag) || isHidden(element)) element.excluded = true;
  const total = countProse(root);
  const marked = [...elementsOf(root)].filter((element) => !element.excluded && isMarkedChrome(element) && element.prose <= CHROME_MAX_SHARE * total);
  for (const element of marked) element.excluded = true;
  countProse(root);
}

/** The element holding the article: descend while one container child holds most of the prose. */
function findArticle(root: ElementNode): ElementNode {
  let article = root;
  for (;;) {
    let best: ElementNode | null = null;
    for (const child of article.children) {
      if (child.kind === "element" && !child.excluded && (best === null || child.prose > best.prose)) best = child;
    }
    if (best === null || !CONTAINERS.has(best.tag) || best.prose === 0 || best.prose < ARTICLE_DESCENT_SHARE * article.prose) return article;
    article = best;
  }
}

/** The headline above the article: the last heading before it that the page title names, else the last h1 before it. */
function findHeadline(root: ElementNode, article: ElementNode, pageTitle: string | null): ElementNode | null {
  let named: ElementNode | null = null;
  let lastH1: ElementNode | null = null;
  for (const element of elementsOf(root)) {
    if (element.order >= article.order) break;
    if (element.excluded || element.lastOrder >= article.order) continue;
    const isHeading = HEADINGS.has(element.tag) || classTokens(element).some((token) => TITLE_CLASS_TOKENS.has(token));
    if (!isHeading) continue;
    const text = textOf(element).replace(/\s+/g, "");
    if (text.length < 4) continue;
    if (element.tag === "h1") lastH1 = element;
    const title = pageTitle?.replace(/\s+/g, "") ?? "";
    if (title !== "" && (title.includes(text) || text.includes(title))) named = element;
  }
  return named ?? lastH1;
}

/** Builds lines from text nodes: block elements break lines; a line of nothing but link text is navigation and goes. */
class LineCollector {
  readonly lines: MappedText[] = [];
  private line = new MappedTextBuilder();
  private hasWords = false;
  private hasLink = false;

  constructor(private readonly sourceLinesAreBlocks: boolean) {}

  addText(node: TextNode): void {
    for (const run of node.text.matchAll(/\s+|\S+/g)) {
      const at = node.verbatim ? node.at + run.index : node.at;
      if (/\S/.test(run[0])) {
        if (node.verbatim) this.line.appendSpan(run[0], at);
        else this.line.appendReplacement(run[0], at);
        if (node.inLink) this.hasLink = true;
        else if (!SEPARATORS.test(run[0])) this.hasWords = true;
      } else if (this.sourceLinesAreBlocks && /[\r\n]/.test(run[0])) {
        this.breakLine();
      } else {
        const next = node.text[run.index + run[0].length] ?? "";
        // A line break in the source between two Chinese characters is no space in the text.
        const joinsChinese = /[\r\n]/.test(run[0]) && CJK.test(this.line.lastChar) && CJK.test(next);
        if (!joinsChinese && this.line.size > 0 && this.line.lastChar !== " ") this.line.appendReplacement(" ", at);
      }
    }
  }

  breakLine(): void {
    if (this.line.size > 0 && (this.hasWords || !this.hasLink)) this.lines.push(this.line.build());
    this.line = new MappedTextBuilder();
    this.hasWords = false;
    this.hasLink = false;
  }

  /** A space between table cells or around an image, standing just after the text before it. */
  space(): void {
    if (this.line.size > 0 && this.line.lastChar !== " ") this.line.appendReplacement(" ", this.line.lastOrigin + 1);
  }
}

type OrderRange = readonly [number, number];

const overlaps = (ranges: readonly OrderRange[], from: number, to: number) => ranges.some(([start, end]) => from <= end && to >= start);

function emit(element: ElementNode, ranges: readonly OrderRange[], collector: LineCollector): void {
  for (const child of element.children) {
    if (child.kind === "text") {
      if (overlaps(ranges, child.order, child.order)) collector.addText(child);
      continue;
    }
    if (child.excluded || !overlaps(ranges, child.order, Math.max(child.order, child.lastOrder))) continue;
    if (child.tag === "br" || BLOCKS.has(child.tag)) collector.breakLine();
    else if (CELLS.has(child.tag) || child.tag === "img") collector.space();
    emit(child, ranges, collector);
    if (BLOCKS.has(child.tag)) collector.breakLine();
  }
}

const MARKDOWN_INLINE: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)/g, () => ""],
  [/!\[[^\]]*\]\([^)\s]*(?:\s+"[^"]*")?\)/g, () => ""],
  [/\[([^\]]*)\]\([^)\s]*(?:\s+"[^"]*")?\)/g, (match) => match[1]],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, (match) => match[2]],
];
// Lines that are Markdown syntax only: rules, code fences, link reference definitions.
const MARKDOWN_SYNTAX_LINE = /^\s*(?:([-*_])(?:\s*\1){2,}|```.*|~~~.*|\[[^\]]+\]:\s*\S+.*)\s*$/;

/** Markdown inline syntax taken out of a line: headings, quotes, bullets, images, link syntax, bold. */
function stripMarkdown(line: MappedText): MappedText | null {
  if (isLinkOnlyLine(line.text) || MARKDOWN_SYNTAX_LINE.test(line.text)) return null;
  let text = line;
  for (const [pattern, replace] of MARKDOWN_INLINE) text = replaceMapped(text, pattern, replace);
  return text;
}

export interface HtmlArticle {
  body: MappedText;
  declared: DeclaredMetadata;
}

const META_TITLE = ["og:title", "twitter:title", "articletitle", "title", "headline"];
const META_PUBLISHED = [
  "article:published_time", "datepublished", "pubdate", "publishdate", "publish_date", "publishtime", "published_time", "firstpublishedtime",
  "og:release_date", "release_date", "dc.date.issued", "dc.date", "date", "parsely-pub-date", "sailthru.date",
];
const META_AUTHOR = ["author", "article:author", "dc.creator", "byl", "articleauthor"];
const META_URL = ["og:url", "url"];
// The outlet named by the page as the article's source; og:site_name names the site showing the
// page, which may have copied the article from elsewhere, so it is not read as the publisher.
const META_PUBLISHER = ["contentsource", "source", "publisher", "article:publisher", "dc.publisher"];

const isUrl = (value: string) => /^(?:https?:)?\/\//i.test(value);

function readMetadata(root: ElementNode): { metas: Map<string, string>; title: string | null; canonical: string | null; timeStamp: string | null } {
  const metas = new Map<string, string>();
  let title: string | null = null;
  let canonical: string | null = null;
  let timeStamp: string | null = null;
  for (const element of elementsOf(root)) {
    const { attrs } = element;
    if (element.tag === "title" && title === null) title = textOf(element).replace(/\s+/g, " ").trim() || null;
    if (element.tag === "meta" && attrs.content !== undefined) {
      const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? "").toLowerCase();
      const value = attrs.content.trim();
      if (key !== "" && value !== "" && !metas.has(key)) metas.set(key, value);
    }
    if (element.tag === "link" && /\bcanonical\b/i.test(attrs.rel ?? "") && attrs.href && canonical === null) canonical = attrs.href.trim();
    if (attrs.itemprop?.toLowerCase() === "datepublished" && !element.excluded && timeStamp === null) timeStamp = attrs.content ?? attrs.datetime ?? textOf(element);
    if (element.tag === "time" && attrs.datetime && !element.excluded && timeStamp === null) timeStamp = attrs.datetime;
  }
  return { metas, title, canonical, timeStamp };
}

// Separators between a headline and the site's name in <title>: 标题_新华网, 标题 - 人民网.
const TITLE_SITE_SEPARATOR = /\s*(?:[_|｜]|\s[-–—]\s|--|——|－)\s*/;
const MIN_TITLE_LENGTH = 4;

/** The headline in a page <title>: the first part before a site name, when it is long enough to be one. */
function headlineOfPageTitle(title: string): string {
  const first = title.split(TITLE_SITE_SEPARATOR)[0].trim();
  return first.length >= MIN_TITLE_LENGTH ? first : title;
}

function firstMeta(metas: Map<string, string>, keys: readonly string[], accept: (value: string) => boolean = () => true): string | null {
  for (const key of keys) {
    const value = metas.get(key);
    if (value !== undefined && accept(value)) return value;
  }
  return null;
}

/**
 * The article of an HTML page or fragment held in `source` (which starts at offset `base` of the
 * decoded file). With `markdown`, the source is Markdown with inline HTML: each source line is a
 * block, and Markdown syntax is taken out.
 */
export function extractHtmlArticle(source: string, base: number, options: { markdown: boolean }): HtmlArticle {
  // Markdown autolinks (<http://…>) would read as tags: their brackets become spaces, same length.
  const parsed = options.markdown ? source.replace(/<((?:https?:)?\/\/[^\s<>]+)>/gi, " $1 ") : source;
  const root = parseTree(parsed, base);
  excludeChrome(root);
  const { metas, title: pageTitle, canonical, timeStamp } = readMetadata(root);
  const metaTitle = firstMeta(metas, META_TITLE);

  const article = findArticle(root);
  const headline = article === root ? null : findHeadline(root, article, metaTitle ?? pageTitle);
  const ranges: OrderRange[] = [[article.order, article.lastOrder]];
  if (headline !== null) {
    // The byline and date between headline and article come along when they are short.
    let preambleProse = 0;
    for (const text of visibleTexts(root)) {
      if (!text.inLink && text.order > headline.lastOrder && text.order < article.order) preambleProse += countHan(text.text);
    }
    ranges.push(preambleProse <= PREAMBLE_MAX_HAN ? [headline.order, article.order - 1] : [headline.order, headline.lastOrder]);
  }
  const collector = new LineCollector(options.markdown);
  emit(root, ranges, collector);
  collector.breakLine();

  let lines = collector.lines;
  if (options.markdown) lines = lines.map(stripMarkdown).filter((line): line is MappedText => line !== null);

  const headlineText = headline === null ? null : textOf(headline).replace(/\s+/g, " ").trim();
  const declared: DeclaredMetadata = {
    title: metaTitle ?? headlineText ?? (pageTitle === null ? null : headlineOfPageTitle(pageTitle)),
    published: toIsoDate(firstMeta(metas, META_PUBLISHED, (value) => toIsoDate(value) !== null) ?? timeStamp ?? ""),
    author: firstMeta(metas, META_AUTHOR, (value) => !isUrl(value)),
    url: canonical !== null && isUrl(canonical) ? canonical : firstMeta(metas, META_URL, isUrl),
    publisher: firstMeta(metas, META_PUBLISHER, (value) => !isUrl(value)),
  };
  return { body: joinMapped(lines, "\n"), declared };
}

// A page starts with a doctype, <html>, <head>, <body>, <meta> or a comment; a fragment has block tags on several lines.
const PAGE_START = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title[\s>]|<!--)/i;
const BLOCK_TAG = /<(?:p|div|br|table|tr|td|li|h[1-6]|article|section|span|strong|img)\b[^>]*>/gi;
const MIN_FRAGMENT_TAGS = 3;

/** Whether a text is an HTML page, or a fragment of HTML rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  if (PAGE_START.test(text)) return true;
  return (text.match(BLOCK_TAG)?.length ?? 0) >= MIN_FRAGMENT_TAGS;
}

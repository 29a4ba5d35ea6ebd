// The text around a figure, cut into the zones the indicator rules read: the noun phrase right
// after it (head), the words right before it (lead), its clause and its sentence.
import topics from "../lexicons/extract-topics.json" with { type: "json" };
import type { Quantity } from "../types.js";
import { lexiconPattern } from "./lexicon-pattern.js";

export interface Span {
  start: number;
  end: number;
}

/** Where a sentence ends: full stops, semicolons, exclamation and question marks, line breaks. */
const SENTENCE_BREAKS = /[。；;！!？?\n]/g;
/** Where a clause ends: a sentence break, a comma or a colon; an ASCII comma between digits is a thousands separator. */
const CLAUSE_BREAKS = /[。；;！!？?\n，：:]|(?<!\d),|,(?!\d)/g;
const LINE_BREAKS = /\n/g;
/** Where an item of an enumeration ends inside a clause. */
const ITEM_BREAK = /[、]/;
/** Punctuation that ends the noun phrase after a figure; a space or 【】 separates the parts of a heading. */
const HEAD_BREAK = /[。；;！!？?\n，,：:、（(）)【】\s]/;
/** Longest noun phrase after a figure worth reading: longer ones run into the next statement. */
const HEAD_MAX = 16;
/**
 * A short aside in brackets right after a figure (（含）, （税前）, （约合人民币90万元） once that
 * conversion is set aside): the noun after it still names the figure.
 */
const ASIDE = /^[（(][^（()）\n。；;！!？?，,：:]{1,20}[)）]/u;
/** Topics opening a sentence (购房补贴方面，…): pipeline/lexicons/extract-topics.json. */
const TOPICS = topics.patterns.map((p) => lexiconPattern(p));

/** The topic that opens a sentence, read on the sentence up to a figure, or "". */
function topicOf(sentenceBefore: string): string {
  for (const re of TOPICS) {
    const topic = re.exec(sentenceBefore)?.groups?.topic;
    if (topic) return topic;
  }
  return "";
}

/** Longest label between two listed figures that share a noun (本科1万元、硕士3万元…, 博士后研究人员10万元、博士研究生6万元…的人才奖励). */
export const SHARED_LABEL_MAX = 8;

/** Spans between the matches of `breaks` (a global pattern), without leading and trailing white space; empty spans are dropped. */
function spansBetween(text: string, breaks: RegExp): Span[] {
  const spans: Span[] = [];
  const add = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  for (const found of text.matchAll(breaks)) {
    add(start, found.index);
    start = found.index + 1;
  }
  add(start, text.length);
  return spans;
}

export interface Segmentation {
  lines: Span[];
  sentences: Span[];
  clauses: Span[];
}

export function segmentText(text: string): Segmentation {
  return {
    lines: spansBetween(text, LINE_BREAKS),
    sentences: spansBetween(text, SENTENCE_BREAKS),
    clauses: spansBetween(text, CLAUSE_BREAKS),
  };
}

/** The span holding `offset` (spans sorted and disjoint); a one-point span if none does. */
export function spanAt(spans: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: offset, end: offset };
}

/**
 * Whether a span overlaps any of `spans`, for spans asked about in order of start: the spans are
 * merged once and swept, so that n figures against m spans take n + m log m steps.
 */
export function overlapsInOrder(spans: readonly Span[]): (span: Span) => boolean {
  const merged: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  let i = 0;
  return (span) => {
    while (i < merged.length && merged[i].end <= span.start) i++;
    return i < merged.length && merged[i].start < span.end;
  };
}

/** The zones of one figure, as text; `near` is lead, a placeholder for the figure, then head. */
export interface FigureContext {
  head: string;
  lead: string;
  before: string;
  after: string;
  clause: string;
  sentence: string;
  sentenceBefore: string;
  sentenceAfter: string;
  near: string;
  /** The topic opening the sentence before the figure (生活补贴 of 生活补贴方面，…), or "". */
  topic: string;
  clauseSpan: Span;
}

export const FIGURE_MARK = "□";

/** Words the quantity finder keeps in a figure ahead of its number (最高给予, 不超过, 近). */
const WORDS_AHEAD = /^[^\d０-９.零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟廿卅几数半]*/u;

/** The words a figure as written holds ahead of its number (最高给予 of 最高给予15万元). */
export const wordsAhead = (figure: string): string => WORDS_AHEAD.exec(figure)?.[0] ?? "";

/**
 * Builds the zones of `figures[index]`. `figures` are the quantities still in play, sorted by
 * start: a neighbouring figure ends the head and the lead, so that one figure's nouns are not
 * read for the next. A figure followed only by 、 and another figure shares that one's head
 * (2万套、100万平方米公寓), and so does one followed by 、, a short label and a figure of its
 * own unit (本科1万元、硕士3万元、博士5万元的一次性生活补贴).
 */
export function figureContext(text: string, seg: Segmentation, figures: readonly Quantity[], index: number): FigureContext {
  const q = figures[index];
  const clauseSpan = spanAt(seg.clauses, q.start);
  const sentenceSpan = spanAt(seg.sentences, q.start);
  const clauseEnd = Math.max(clauseSpan.end, q.end);
  const sentenceEnd = Math.max(sentenceSpan.end, q.end);

  const head = headAfter(text, figures, index, clauseEnd);

  // The zones before the figure run up to its number, so that they hold its bound words and verbs.
  const numberStart = q.start + wordsAhead(q.text).length;
  const previousEnd = index > 0 ? figures[index - 1].end : 0;
  let leadStart = Math.max(clauseSpan.start, previousEnd);
  for (let i = q.start - 1; i >= leadStart; i--) {
    if (ITEM_BREAK.test(text[i])) {
      leadStart = i + 1;
      break;
    }
  }
  const lead = text.slice(Math.min(leadStart, q.start), numberStart);
  const sentenceBefore = text.slice(Math.min(sentenceSpan.start, q.start), numberStart);

  return {
    head,
    lead,
    before: text.slice(Math.min(clauseSpan.start, q.start), numberStart),
    after: text.slice(q.end, clauseEnd),
    clause: text.slice(Math.min(clauseSpan.start, q.start), clauseEnd),
    sentence: text.slice(Math.min(sentenceSpan.start, q.start), sentenceEnd),
    sentenceBefore,
    sentenceAfter: text.slice(q.end, sentenceEnd),
    near: `${lead}${FIGURE_MARK}${head}`,
    topic: topicOf(sentenceBefore),
    clauseSpan: { start: Math.min(clauseSpan.start, q.start), end: clauseEnd },
  };
}

function headAfter(text: string, figures: readonly Quantity[], index: number, clauseEnd: number): string {
  const q = figures[index];
  const next = figures[index + 1];
  const aside = ASIDE.exec(text.slice(q.end, q.end + HEAD_MAX))?.[0] ?? "";
  const start = next && next.start < q.end + aside.length ? q.end : q.end + aside.length;
  const limit = Math.min(clauseEnd, next ? next.start : text.length, start + HEAD_MAX);
  let end = start;
  while (end < limit && !HEAD_BREAK.test(text[end])) end++;
  const label = next ? text.slice(end + 1, next.start) : "";
  const listed = next && (label === "" || (next.unit === q.unit && label.length <= SHARED_LABEL_MAX && !HEAD_BREAK.test(label)));
  if (end === q.end && listed && ITEM_BREAK.test(text[end] ?? "")) {
    return headAfter(text, figures, index + 1, Math.max(clauseEnd, next.end));
  }
  return text.slice(start, end);
}

// Text that remembers where each of its UTF-16 units came from in a parent text, so that every
// cleaning step can be traced back to the bytes of the raw file.
import type { CleanedArticle, MappedText } from "../types.js";

/** A text that is its own parent: unit i comes from offset i. */
export function identityMapped(text: string): MappedText {
  return spanMapped(text, 0);
}

/** A text found in its parent at `at`: unit i comes from offset at + i. */
export function spanMapped(text: string, at: number): MappedText {
  const origin = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) origin[i] = at + i;
  return { text, origin };
}

/** Units [start, end) of a mapped text, keeping their origins. */
export function sliceMapped(source: MappedText, start: number, end: number): MappedText {
  return { text: source.text.slice(start, end), origin: source.origin.slice(start, end) };
}

/**
 * Builds a mapped text piece by piece: copied runs keep their origins, inserted text takes the
 * origin it is given (the place in the parent it stands for).
 */
export class MappedTextBuilder {
  private readonly chunks: string[] = [];
  private origin = new Int32Array(32);
  private length = 0;

  get size(): number {
    return this.length;
  }

  /** The origin of the last unit appended, or -1 when empty. */
  get lastOrigin(): number {
    return this.length === 0 ? -1 : this.origin[this.length - 1];
  }

  /** The last unit appended, or "" when empty. */
  get lastChar(): string {
    const last = this.chunks[this.chunks.length - 1];
    return last === undefined ? "" : last[last.length - 1];
  }

  /** Appends units [start, end) of `source` with their origins. */
  appendSlice(source: MappedText, start = 0, end = source.text.length): this {
    if (end <= start) return this;
    this.reserve(end - start);
    this.chunks.push(source.text.slice(start, end));
    this.origin.set(source.origin.subarray(start, end), this.length);
    this.length += end - start;
    return this;
  }

  /** Appends text of the parent itself: unit i of `text` comes from `at + i`. */
  appendSpan(text: string, at: number): this {
    this.reserve(text.length);
    this.chunks.push(text);
    for (let i = 0; i < text.length; i++) this.origin[this.length + i] = at + i;
    this.length += text.length;
    return this;
  }

  /** Appends text that replaces something: every unit of it comes from `at`. */
  appendReplacement(text: string, at: number): this {
    this.reserve(text.length);
    this.chunks.push(text);
    this.origin.fill(at, this.length, this.length + text.length);
    this.length += text.length;
    return this;
  }

  build(): MappedText {
    return { text: this.chunks.join(""), origin: this.origin.slice(0, this.length) };
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.origin.length) return;
    const grown = new Int32Array(Math.max(this.origin.length * 2, this.length + extra));
    grown.set(this.origin.subarray(0, this.length));
    this.origin = grown;
  }
}

/**
 * Replaces every match of `pattern` (a global regular expression) in a mapped text. `replace`
 * returns the new text for a match, or null to keep it. A replacement as long as its match keeps
 * the origins unit by unit; one found inside its match (syntax taken away: **加粗** → 加粗)
 * keeps the origins of the units it was found at; any other takes the origin of the match's first unit.
 */
export function replaceMapped(
  source: MappedText,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | null,
): MappedText {
  if (!pattern.global) throw new Error(`replaceMapped needs a global pattern: ${pattern}`);
  let builder: MappedTextBuilder | null = null;
  let copied = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source.text); match !== null; match = pattern.exec(source.text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replace(match);
    if (replacement === null || replacement === match[0]) continue;
    builder ??= new MappedTextBuilder();
    const start = match.index;
    const end = start + match[0].length;
    builder.appendSlice(source, copied, start);
    const inside = replacement === "" ? -1 : match[0].indexOf(replacement);
    if (replacement.length === match[0].length) appendAligned(builder, replacement, source.origin.subarray(start, end));
    else if (inside >= 0) builder.appendSlice(source, start + inside, start + inside + replacement.length);
    else builder.appendReplacement(replacement, source.origin[start]);
    copied = end;
  }
  if (builder === null) return source;
  builder.appendSlice(source, copied, source.text.length);
  return builder.build();
}

function appendAligned(builder: MappedTextBuilder, text: string, origins: Int32Array): void {
  for (let i = 0; i < text.length; i++) builder.appendReplacement(text[i], origins[i]);
}

/**
 * Joins mapped texts with a separator. A separator unit takes the origin just after the last
 * unit of the part before it.
 */
export function joinMapped(parts: readonly MappedText[], separator: string): MappedText {
  const builder = new MappedTextBuilder();
  parts.forEach((part, i) => {
    if (i > 0) builder.appendReplacement(separator, builder.lastOrigin + 1);
    builder.appendSlice(part);
  });
  return builder.build();
}

/**
 * `child` maps into `parent.text`; the result is `child`'s text mapped into `parent`'s own parent.
 */
export function composeMapped(child: MappedText, parent: MappedText): MappedText {
  const origin = new Int32Array(child.origin.length);
  const last = parent.origin.length - 1;
  for (let i = 0; i < origin.length; i++) {
    const at = child.origin[i];
    origin[i] = at > last ? (last < 0 ? 0 : parent.origin[last] + 1) : parent.origin[at];
  }
  return { text: child.text, origin };
}

/** The smallest [start, end) of the parent that holds the units [start, end) of a mapped text. */
export function parentSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (start < 0 || end > mapped.text.length || start > end) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of ${mapped.text.length} units`);
  }
  if (start === end) {
    const at = start < mapped.origin.length ? mapped.origin[start] : mapped.origin.length === 0 ? 0 : mapped.origin[mapped.origin.length - 1] + 1;
    return { start: at, end: at };
  }
  let low = Infinity;
  let high = -Infinity;
  for (let i = start; i < end; i++) {
    const at = mapped.origin[i];
    if (at < low) low = at;
    if (at > high) high = at;
  }
  return { start: low, end: high + 1 };
}

/** Where a span of the cleaned Simplified text comes from. */
export interface SourceSpan {
  /** The span in the cleaned text in the original script, and its text. */
  original: { start: number; end: number; text: string };
  /** The span in the decoded raw file (IngestedArticle.decoded), end exclusive. */
  decoded: { start: number; end: number };
}

/** Maps [start, end) of `cleaned.simplified.text` back to the original-script text and the decoded file. */
export function sourceSpanOf(cleaned: CleanedArticle, start: number, end: number): SourceSpan {
  const original = parentSpan(cleaned.simplified, start, end);
  const decoded = parentSpan(cleaned.original, original.start, original.end);
  return { original: { ...original, text: cleaned.original.text.slice(original.start, original.end) }, decoded };
}

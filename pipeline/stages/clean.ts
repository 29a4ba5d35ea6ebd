// Stage: an ingested article's body to clean text, in its original script and in Simplified,
// each mapped back to the decoded file. Per line: encoding damage repaired, pinyin annotations
// removed, normalized; then page chrome is set apart (with the chrome glued in front of body
// lines: copies of the headline, a site's domain) and the text converted to Simplified.
import { locateChrome } from "../text/chrome.js";
import { findEncodingRepairs } from "../text/encoding-repair.js";
import { composeMapped, joinMapped, MappedTextBuilder, sliceMapped, spanMapped } from "../text/mapped-text.js";
import { normalizeLine } from "../text/normalize.js";
import { ANNOTATED_TEXT_MIN, countTonedAnnotations, removePinyinAnnotations } from "../text/pinyin.js";
import { detectScript, detectTraditionalVariant, toSimplifiedMapped } from "../text/script.js";
import type { CleanedArticle, IngestedArticle, MappedText } from "../types.js";

/** A line with its encoding damage repaired; the map gives each repair the origin of the run it replaces. */
function repairLine(line: MappedText): MappedText {
  const repairs = findEncodingRepairs(line.text);
  if (repairs.length === 0) return line;
  const builder = new MappedTextBuilder();
  let copied = 0;
  for (const repair of repairs) {
    builder.appendSlice(line, copied, repair.start);
    builder.appendReplacement(repair.text, line.origin[repair.start]);
    copied = repair.end;
  }
  builder.appendSlice(line, copied);
  return builder.build();
}

/** The lines of a text, each repaired, without pinyin annotations and normalized, mapped into the text; empty lines dropped. */
function cleanLines(text: string): MappedText[] {
  const annotated = countTonedAnnotations(text) >= ANNOTATED_TEXT_MIN;
  const lines: MappedText[] = [];
  let start = 0;
  for (const raw of text.split("\n")) {
    const line = normalizeLine(removePinyinAnnotations(repairLine(spanMapped(raw, start)), annotated));
    if (line.text !== "") lines.push(line);
    start += raw.length + 1;
  }
  return lines;
}

/** A line in both scripts from Simplified unit `from` on; the Simplified units map into the original line. */
function lineFrom(original: MappedText, simplified: MappedText, from: number): { original: MappedText; simplified: MappedText } {
  if (from === 0) return { original, simplified };
  const originalFrom = simplified.origin[from];
  const rest = sliceMapped(simplified, from, simplified.text.length);
  return {
    original: sliceMapped(original, originalFrom, original.text.length),
    simplified: { text: rest.text, origin: rest.origin.map((at) => at - originalFrom) },
  };
}

export function cleanArticle(article: IngestedArticle): CleanedArticle {
  const lines = cleanLines(article.body.text);
  const variant = detectTraditionalVariant(lines.map((line) => line.text).join("\n"));
  const simplifiedLines = lines.map((line) => toSimplifiedMapped(line.text, variant));
  const layout = locateChrome(simplifiedLines.map((line) => line.text));

  const kept: { original: MappedText; simplified: MappedText }[] = [];
  for (let i = layout.bodyStart; i < layout.bodyEnd; i++) {
    if (!layout.innerChrome.has(i)) kept.push(lineFrom(lines[i], simplifiedLines[i], layout.prefixChromeEnds.get(i) ?? 0));
  }
  const original = composeMapped(joinMapped(kept.map((line) => line.original), "\n"), article.body);

  // Simplified lines map into their own line; shift them to where that line starts in `original`.
  const simplified = new MappedTextBuilder();
  let lineStart = 0;
  kept.forEach((line, k) => {
    if (k > 0) simplified.appendReplacement("\n", lineStart - 1);
    const shifted = line.simplified.origin.map((at) => at + lineStart);
    simplified.appendSlice({ text: line.simplified.text, origin: shifted });
    lineStart += line.original.text.length + 1;
  });

  const simplifiedText = simplified.build();
  const chromeOf = (texts: MappedText[]) => ({
    head: texts.slice(0, layout.bodyStart).map((line) => line.text),
    tail: texts.slice(layout.bodyEnd).map((line) => line.text),
  });
  return {
    sourceFile: article.sourceFile,
    original,
    simplified: simplifiedText,
    script: detectScript(original.text, simplifiedText),
    chrome: { ...chromeOf(lines), simplified: chromeOf(simplifiedLines) },
  };
}

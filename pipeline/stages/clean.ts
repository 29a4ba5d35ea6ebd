// Stage: an ingested article's body to clean text, in its original script and in Simplified,
// each mapped back to the decoded file. Per line: encoding damage repaired, pinyin annotations
// removed, normalized; then page chrome is set apart and the text converted to Simplified.
import { locateChrome } from "../text/chrome.js";
import { findEncodingRepairs } from "../text/encoding-repair.js";
import { composeMapped, joinMapped, MappedTextBuilder, spanMapped } from "../text/mapped-text.js";
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

export function cleanArticle(article: IngestedArticle): CleanedArticle {
  const lines = cleanLines(article.body.text);
  const variant = detectTraditionalVariant(lines.map((line) => line.text).join("\n"));
  const simplifiedLines = lines.map((line) => toSimplifiedMapped(line.text, variant));
  const layout = locateChrome(simplifiedLines.map((line) => line.text));

  const kept: number[] = [];
  for (let i = layout.bodyStart; i < layout.bodyEnd; i++) if (!layout.innerChrome.has(i)) kept.push(i);
  const original = composeMapped(joinMapped(kept.map((i) => lines[i]), "\n"), article.body);

  // Simplified lines map into their own line; shift them to where that line starts in `original`.
  const simplified = new MappedTextBuilder();
  let lineStart = 0;
  kept.forEach((lineIndex, k) => {
    if (k > 0) simplified.appendReplacement("\n", lineStart - 1);
    const line = simplifiedLines[lineIndex];
    const shifted = line.origin.map((at) => at + lineStart);
    simplified.appendSlice({ text: line.text, origin: shifted });
    lineStart += lines[lineIndex].text.length + 1;
  });

  const simplifiedText = simplified.build();
  return {
    sourceFile: article.sourceFile,
    original,
    simplified: simplifiedText,
    script: detectScript(original.text, simplifiedText),
    chrome: {
      head: lines.slice(0, layout.bodyStart).map((line) => line.text),
      tail: lines.slice(layout.bodyEnd).map((line) => line.text),
    },
  };
}

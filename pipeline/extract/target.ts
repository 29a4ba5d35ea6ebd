// Whether a figure states a goal or plan rather than an outcome (pipeline/lexicons/extract-targets.json).
import lexicon from "../lexicons/extract-targets.json" with { type: "json" };
import type { FigureContext } from "./context.js";

const SENTENCE_BEFORE = new RegExp(lexicon.sentence_before, "u");
const CLAUSE_BEFORE = new RegExp(lexicon.clause_before, "u");
const AFTER = new RegExp(lexicon.after, "u");

export function isTarget(ctx: FigureContext): boolean {
  return SENTENCE_BEFORE.test(ctx.sentenceBefore) || CLAUSE_BEFORE.test(ctx.before) || AFTER.test(ctx.sentenceAfter);
}

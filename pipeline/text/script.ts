// Simplified/Traditional script: detection, the regional variant of Traditional text, and
// conversion to Simplified with opencc-js, with place and organisation names protected from
// conversions that are right for words but wrong for names (乾安县 is not 干安县).
import OpenCC from "opencc-js";
import { divisions, shortDivisionName } from "../divisions.js";
import extraProtectedPhrases from "../lexicons/script-protected-phrases.json" with { type: "json" };
import type { MappedText, Script } from "../types.js";
import { isHanChar } from "./han.js";
import { identityMapped, MappedTextBuilder } from "./mapped-text.js";
import { perCharacter } from "./per-character.js";

/**
 * Regional variant of a Traditional text: Hong Kong, or OpenCC's generic standard. Taiwan texts
 * take the generic table: opencc's Taiwan table turns every 著 outside its phrase list into 着
 * (原著 → 原着, 著有 → 着有), a worse error than leaving 著 as it is; for every other character
 * the generic table already converts Taiwan forms (裡, 啟).
 */
export type TraditionalVariant = "hk" | "t";

type Converter = (text: string) => string;


/** A value made on first use: opencc tables take tens of milliseconds to load. */
function onFirstUse<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

const toSimplifiedConverters = new Map<TraditionalVariant, Converter>();
const simplifiedToTraditional = onFirstUse(() => OpenCC.ConverterFactory(OpenCC.Locale.from.cn));

type DictGroups = (typeof OpenCC.Locale.to)[string];

/** Variant forms to OpenCC standard Traditional (none for the generic variant), then `final`. */
function conversionChain(variant: TraditionalVariant, ...final: DictGroups[]): Converter {
  return variant === "t" ? OpenCC.ConverterFactory(...final) : OpenCC.ConverterFactory(OpenCC.Locale.from[variant], ...final);
}

function plainToSimplified(variant: TraditionalVariant): Converter {
  return conversionChain(variant, OpenCC.Locale.to.cn);
}

function traditionalOf(text: string): string {
  return simplifiedToTraditional()(text);
}

/**
 * Names that a plain conversion would change, each in its Simplified form and its Traditional
 * forms, mapped to the Simplified name. Fed from the division list (full and short names) and
 * from a small lexicon of other names.
 */
function buildProtectedPairs(): [string, string][] {
  const plain = (["t", "hk"] as const).map(plainToSimplified);
  const names = new Set<string>(extraProtectedPhrases.phrases);
  for (const division of divisions) {
    names.add(division.name);
    // A name without its suffix (乾安) is still the name.
    const short = shortDivisionName(division.name);
    if (short.length >= 2) names.add(short);
  }
  const pairs = new Map<string, string>();
  for (const name of names) {
    for (const form of new Set([name, traditionalOf(name)])) {
      if (plain.some((convert) => convert(form) !== name)) pairs.set(form, name);
    }
  }
  return [...pairs];
}

const protectedPairs = onFirstUse(buildProtectedPairs);

function converterFor(variant: TraditionalVariant): Converter {
  const known = toSimplifiedConverters.get(variant);
  if (known !== undefined) return known;
  // The protected names join the final group so that longest match prefers them to the
  // character and phrase tables of that same pass.
  const [finalGroup] = OpenCC.Locale.to.cn;
  const converter = conversionChain(variant, [[...finalGroup, protectedPairs()]]);
  toSimplifiedConverters.set(variant, converter);
  return converter;
}

/** Characters that only the Hong Kong table converts (衞, 敍, 枱): a text using them is from Hong Kong. */
const hongKongOnlyCharacters = onFirstUse(() => {
  const generic = plainToSimplified("t");
  const hongKong = plainToSimplified("hk");
  const characters = new Set<string>();
  for (const dict of OpenCC.Locale.from.hk.flat()) {
    const pairs = typeof dict === "string" ? dict.split("|").map((pair) => pair.split(" ")) : dict;
    for (const [form] of pairs) {
      if (form.length === 1 && generic(form) === form && hongKong(form) !== form) characters.add(form);
    }
  }
  return characters;
});

/** The regional variant of a Traditional text, from the variant characters it uses. */
export function detectTraditionalVariant(text: string): TraditionalVariant {
  const markers = hongKongOnlyCharacters();
  for (const char of text) if (markers.has(char)) return "hk";
  return "t";
}

/** Converts Chinese text to Simplified (Mainland) characters; Simplified text comes back as it was. */
export function toSimplified(text: string, variant: TraditionalVariant = detectTraditionalVariant(text)): string {
  return converterFor(variant)(text);
}

/**
 * Converts to Simplified keeping a map to the input. opencc-js converts phrase by phrase and
 * almost always keeps the length; where it does not, the text is converted in clauses so that
 * only the clause that changed length loses its unit-by-unit map.
 */
export function toSimplifiedMapped(text: string, variant: TraditionalVariant): MappedText {
  const convert = converterFor(variant);
  const converted = convert(text);
  if (converted.length === text.length) return { text: converted, origin: identityMapped(text).origin };
  const builder = new MappedTextBuilder();
  for (const clause of text.matchAll(/[^，。；！？、,;!?\s]+|[，。；！？、,;!?\s]+/gu)) {
    const start = clause.index;
    const out = convert(clause[0]);
    if (out.length === clause[0].length) builder.appendSpan(out, start);
    else builder.appendReplacement(out, start);
  }
  return builder.build();
}

/** A single character in Simplified form (context-free). */
export const simplifiedChar = perCharacter((char: string) => converterFor("t")(char));

const traditionalChar = perCharacter(traditionalOf);

/**
 * Counts of Han characters that only a Traditional text uses (the conversion to Simplified
 * changed them; protected names such as 乾县 are left alone by it, so they are no evidence) and
 * that only a Simplified text uses (they would change to Traditional).
 */
function scriptEvidence(text: string, converted: MappedText): { traditional: number; simplified: number } {
  const changed = new Set<number>();
  for (let i = 0; i < converted.text.length; i++) {
    const at = converted.origin[i];
    if (converted.text[i] !== text[at]) changed.add(at);
  }
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (!isHanChar(char)) continue;
    if (changed.has(i)) traditional++;
    else if (traditionalChar(char) !== char && simplifiedChar(char) === char) simplified++;
  }
  return { traditional, simplified };
}

// A text is of one script when the other script's characters are under this share of the
// characters that tell the scripts apart: a few stray forms (乾, 著, 後 in a name) do not make it mixed.
const STRAY_SHARE = 0.15;

/** Simplified, Traditional or mixed, from the characters that the conversion to Simplified (`converted`, mapped into `text`) changed. */
export function detectScript(text: string, converted: MappedText = toSimplifiedMapped(text, detectTraditionalVariant(text))): Script {
  const { traditional, simplified } = scriptEvidence(text, converted);
  const telling = traditional + simplified;
  if (telling === 0 || traditional <= STRAY_SHARE * telling) return "simplified";
  if (simplified <= STRAY_SHARE * telling) return "traditional";
  return "mixed";
}

// The administrative division an article is about. Every division name and its short form
// (绥化市 and 绥化) is looked up in one pass over the text; names written back to back (哈尔滨市呼兰区)
// are one mention of the last, narrowed by the ones before it; ambiguous names (鼓楼区, 朝阳区) are
// settled by the provinces and cities the article names elsewhere, and a short form shared by one
// prefecture-level city and county-level namesakes (西安: 西安区 in 牡丹江) means the city. Names that
// are also words (资源, 日照) count only as region-stopwords.json says. The region is then found by
// descending from the whole country: to the province holding more than half of all mentions, to
// the city holding more than half of its province's, to the county holding more than half of its
// city's. A short name opening the name of a university (北京大学) is not a mention.
import { divisions, type Division } from "../divisions.js";
import aliasLexicon from "../lexicons/region-aliases.json" with { type: "json" };
import ethnicLexicon from "../lexicons/region-ethnic-groups.json" with { type: "json" };
import institutionLexicon from "../lexicons/region-institutions.json" with { type: "json" };
import stopLexicon from "../lexicons/region-stopwords.json" with { type: "json" };
import suffixLexicon from "../lexicons/region-suffixes.json" with { type: "json" };
import { HAN_CLASS } from "../text/han.js";

export interface Region {
  region_code: string;
  province: string;
  city: string | null;
  county: string | null;
}

/** A string that names divisions: an official name (绥化市, 延边州) or a short form (绥化). */
interface Surface {
  text: string;
  divisions: Division[];
  short: boolean;
  /** A short form or a one-character name with its suffix (兴县, 成县: 人才兴县, 建成县级): counts only when the article names its parent. */
  weak: boolean;
  /** Also a common word (资源, 合作, 日照): counts only right after the name of a parent division, or as wordlike cities do. */
  common: boolean;
  /** A prefecture-level city's short form that is also a word, seldom used as one in these articles (日照, 来宾): counts too when its province is named or it is repeated. */
  wordlikeCity: boolean;
}

// A mention in the title counts as much as several in the body: a headline states the subject.
const TITLE_WEIGHT = 3;

const wordlikeCities = new Set(stopLexicon.wordlikeCities);
const commonWords = new Set([...stopLexicon.commonWords, ...wordlikeCities]);
const ethnicGroups = [...ethnicLexicon.groups].sort((a, b) => b.length - a.length);
const ethnicGroupNames = new Set(ethnicLexicon.groups);
const autonomousSuffixes: Record<string, string> = suffixLexicon.autonomousSuffixes;
const compoundsAfterSuffix: Record<string, string> = suffixLexicon.compoundsAfterSuffix;

/** The name without its administrative suffix and, for autonomous units, the peoples named in it. */
function stemOf(name: string): { stem: string; suffix: string } | null {
  if (suffixLexicon.zoneSuffixes.some((s) => name.endsWith(s))) return null;
  const suffix = suffixLexicon.suffixes.find((s) => name.endsWith(s) && name.length > s.length);
  if (!suffix) return null;
  let stem = name.slice(0, -suffix.length);
  if (suffix.startsWith("自治")) {
    // A people is stripped only when a place name of two characters or more remains (内蒙古 keeps its 蒙古).
    const strippable = () => ethnicGroups.find((g) => stem.endsWith(g) && stem.length - g.length >= 2);
    for (let group = strippable(); group; group = strippable()) stem = stem.slice(0, -group.length);
    // 鄂伦春自治旗, 东乡族自治县: a name that is only a people's name has no short form.
    if (ethnicGroupNames.has(stem)) return null;
  }
  return stem.length >= 2 ? { stem, suffix } : null;
}

// 东莞市 and 中山市 are listed both as a city and as their own only county, under one code: the city wins.
const byCode = new Map<string, Division>();
for (const d of divisions) if (!byCode.has(d.code)) byCode.set(d.code, d);

/** The two UTF-16 units at `i` as one number: a map key that costs no string. */
const openingAt = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);

function buildSurfaces(): Map<number, Surface[]> {
  const surfaces = new Map<string, Surface>();
  const add = (text: string, division: Division, short: boolean) => {
    const known = surfaces.get(text);
    if (!known) {
      surfaces.set(text, { text, divisions: [division], short, weak: short || text.length <= 2, common: commonWords.has(text), wordlikeCity: wordlikeCities.has(text) });
    } else if (!known.divisions.includes(division)) {
      known.divisions.push(division);
      known.short &&= short;
      known.weak &&= short || text.length <= 2;
    }
  };
  for (const d of divisions) add(d.name, d, false);
  for (const d of divisions) {
    const stem = stemOf(d.name);
    if (!stem) continue;
    const autonomous = autonomousSuffixes[stem.suffix];
    if (autonomous) add(stem.stem + autonomous, d, false);
    add(stem.stem, d, true);
  }
  for (const [alias, code] of Object.entries(aliasLexicon.aliases)) add(alias, byCode.get(code)!, true);
  // Keyed by the first two characters (every name has at least two), longest first, so a scan
  // tries few names at each position and the longest one first.
  const byOpening = new Map<number, Surface[]>();
  for (const s of surfaces.values()) {
    const opening = openingAt(s.text, 0);
    const list = byOpening.get(opening) ?? [];
    list.push(s);
    byOpening.set(opening, list);
  }
  for (const list of byOpening.values()) list.sort((a, b) => b.text.length - a.text.length);
  return byOpening;
}

const surfacesByOpening = buildSurfaces();

interface Mention {
  surface: Surface;
  start: number;
  end: number;
  weight: number;
  candidates: Division[];
  /** Narrowed by a parent division written right before it. */
  qualified: boolean;
  /** Written right before a child division: only narrows it, does not count on its own. */
  qualifier: boolean;
}

/** A name ending in 区 or 市 that runs into 域 or 场 is part of a word (新建区域, 合作市场), not a mention. */
function runsIntoWord(surface: Surface, next: string | undefined): boolean {
  if (surface.short || next === undefined) return false;
  const compounds = compoundsAfterSuffix[surface.text[surface.text.length - 1]];
  return compounds !== undefined && compounds.includes(next);
}

const INSTITUTION = new RegExp(`^${HAN_CLASS}{0,${institutionLexicon.maxInfix}}?(?=${institutionLexicon.suffixes.join("|")})`, "u");
const INSTITUTION_REACH = institutionLexicon.maxInfix + Math.max(...institutionLexicon.suffixes.map((s) => s.length));

/** A short name that opens an institution's name (北京大学, 西安交通大学), but not 大学生 or 大学城. */
function opensInstitutionName(surface: Surface, text: string, end: number): boolean {
  if (!surface.short) return false;
  const infix = INSTITUTION.exec(text.slice(end, end + INSTITUTION_REACH));
  if (!infix) return false;
  const at = end + infix[0].length;
  return !institutionLexicon.continuations.some((word) => text.startsWith(word, at));
}

function scan(text: string, weight: number): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < text.length) {
    const list = i + 1 < text.length ? surfacesByOpening.get(openingAt(text, i)) : undefined;
    const surface = list?.find((s) => text.startsWith(s.text, i) && !runsIntoWord(s, text[i + s.text.length]));
    if (!surface) {
      i++;
      continue;
    }
    const end = i + surface.text.length;
    if (!opensInstitutionName(surface, text, end)) mentions.push({ surface, start: i, end, weight, candidates: surface.divisions, qualified: false, qualifier: false });
    i = end;
  }
  return mentions;
}

const isAncestor = (a: Division, b: Division) =>
  a !== b && ((a.level === "province" && b.code.startsWith(a.code.slice(0, 2))) || (a.level === "city" && b.code.startsWith(a.code.slice(0, 4)) && b.level === "county"));

/** 哈尔滨市呼兰区: the city narrows the district's candidates and is not counted by itself. */
function linkParents(mentions: Mention[]): Mention[] {
  for (let k = 1; k < mentions.length; k++) {
    const parent = mentions[k - 1];
    const child = mentions[k];
    if (parent.end !== child.start) continue;
    const narrowed = child.candidates.filter((c) => parent.candidates.some((p) => isAncestor(p, c)));
    if (narrowed.length === 0) continue;
    child.candidates = narrowed;
    child.qualified = true;
    parent.candidates = parent.candidates.filter((p) => narrowed.some((c) => isAncestor(p, c)));
    parent.qualifier = true;
  }
  return mentions;
}

/** How deep the named context reaches into a candidate's ancestry: 2 for its city, 1 for its province. */
function contextDepth(d: Division, named: Set<string>): number {
  if (d.level === "county" && named.has(`${d.code.slice(0, 4)}00`)) return 2;
  return d.level !== "province" && named.has(`${d.code.slice(0, 2)}0000`) ? 1 : 0;
}

function settle(m: Mention, named: Set<string>): Division | null {
  let candidates = m.candidates;
  if (candidates.length > 1) {
    const depth = Math.max(...candidates.map((c) => contextDepth(c, named)));
    if (depth > 0) candidates = candidates.filter((c) => contextDepth(c, named) === depth);
  }
  if (candidates.length === 1) return candidates[0];
  // 通化 is both a city and a county of that city: the city is meant.
  const ancestor = candidates.find((a) => candidates.every((c) => c === a || isAncestor(a, c)));
  if (ancestor) return ancestor;
  if (m.surface.short) {
    // 吉林, 河南: a short form shared by a province and a distant county means the province.
    const provinces = candidates.filter((c) => c.level === "province");
    if (provinces.length === 1) return provinces[0];
    // 西安, 大同, 资阳: shared by a prefecture-level city and districts elsewhere (西安区, 大同区), the city.
    const cities = candidates.filter((c) => c.level === "city");
    if (provinces.length === 0 && cities.length === 1) return cities[0];
  }
  return null;
}

/** A county written weakly (呼兰, 兴县) counts only if the article also names its city or its full name. */
function supported(d: Division, m: Mention, named: Set<string>, fullNames: Set<string>): boolean {
  if (!m.surface.weak || m.qualified || d.level !== "county") return true;
  const parent = d.city === null ? `${d.code.slice(0, 2)}0000` : `${d.code.slice(0, 4)}00`;
  return named.has(parent) || fullNames.has(d.code);
}

function regionOf(d: Division): Region {
  return { region_code: d.code, province: d.province, city: d.city, county: d.county };
}

/**
 * A wordlike city's short form (日照, 来宾) not written after a parent counts when the article names
 * the city's province, or when its mentions together weigh enough to be what the article is about.
 */
function wordlikeCityCounts(m: Mention, named: Set<string>, surfaceWeights: Map<Surface, number>): boolean {
  if (!m.surface.wordlikeCity) return false;
  const city = m.candidates.find((c) => c.level === "city");
  if (!city) return false;
  return named.has(`${city.code.slice(0, 2)}0000`) || (surfaceWeights.get(m.surface) ?? 0) >= stopLexicon.repeatedMentions;
}

/** Weights of the divisions mentioned in a title and a body text. */
function mentionWeights(title: string, text: string): Map<string, number> {
  const mentions = [...linkParents(scan(title, TITLE_WEIGHT)), ...linkParents(scan(text, 1))];
  const asWord = (m: Mention) => m.surface.common && !m.qualified && !m.qualifier;
  const countable = mentions.filter((m) => !asWord(m));
  const named = new Set<string>();
  const fullNames = new Set<string>();
  for (const m of countable) {
    if (m.candidates.length !== 1) continue;
    named.add(m.candidates[0].code);
    if (!m.surface.weak) fullNames.add(m.candidates[0].code);
  }
  const surfaceWeights = new Map<Surface, number>();
  for (const m of mentions) if (asWord(m)) surfaceWeights.set(m.surface, (surfaceWeights.get(m.surface) ?? 0) + m.weight);
  countable.push(...mentions.filter((m) => asWord(m) && wordlikeCityCounts(m, named, surfaceWeights)));
  const weights = new Map<string, number>();
  for (const m of countable) {
    if (m.qualifier) continue;
    const d = settle(m, named);
    if (!d || !supported(d, m, named, fullNames)) continue;
    weights.set(d.code, (weights.get(d.code) ?? 0) + m.weight);
  }
  return weights;
}

/** The child holding more than half of `total`, if any. */
function dominant(scores: Map<string, number>, total: number): string | null {
  for (const [code, score] of scores) if (score > total / 2) return code;
  return null;
}

/** The most specific division the article is about, or null when no place dominates it. */
export function resolveRegion(title: string, text: string): Region | null {
  const weights = mentionWeights(title, text);
  const provinces = new Map<string, number>();
  const children = new Map<string, number>();
  const counties = new Map<string, number>();
  let total = 0;
  for (const [code, weight] of weights) {
    const d = byCode.get(code)!;
    total += weight;
    const province = `${code.slice(0, 2)}0000`;
    provinces.set(province, (provinces.get(province) ?? 0) + weight);
    if (d.level === "province") continue;
    // A county directly under its province (仙桃市, 北京的区) is the province's child itself.
    const child = d.level === "city" || d.city === null ? code : `${code.slice(0, 4)}00`;
    children.set(child, (children.get(child) ?? 0) + weight);
    if (d.level === "county" && d.city !== null) counties.set(code, (counties.get(code) ?? 0) + weight);
  }
  const province = dominant(provinces, total);
  if (!province) return null;
  const inProvince = new Map([...children].filter(([code]) => code.startsWith(province.slice(0, 2))));
  const child = dominant(inProvince, provinces.get(province)!);
  if (!child) return regionOf(byCode.get(province)!);
  const childDivision = byCode.get(child)!;
  if (childDivision.level === "county") return regionOf(childDivision);
  const inCity = new Map([...counties].filter(([code]) => code.startsWith(child.slice(0, 4))));
  const county = dominant(inCity, children.get(child)!);
  return regionOf(byCode.get(county ?? child)!);
}

/** A division given by code (230111) or by name (呼兰区, 哈尔滨市呼兰区), as a maintainer writes it in the manifest. */
export function lookupRegion(value: string): Region | null {
  const trimmed = value.trim();
  if (/^\d{6}$/.test(trimmed)) {
    const d = byCode.get(trimmed);
    return d ? regionOf(d) : null;
  }
  return resolveRegion("", trimmed);
}

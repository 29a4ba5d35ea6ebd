// Describe stage: what an article is (title, date, publisher, author, address) and the place it
// is about. Fields come from the declared metadata (front matter, HTML meta) first, then from the
// page's header and footer lines: the chrome removed at the head and tail, and the first and last
// lines of the body when they only carry fields (（文章来源：经济日报）) or credit an outlet
// (湖北日报讯（记者…）). A row of the manifest overrides any field.
import {
  bulletByline,
  bylineNames,
  creditedOutlet,
  creditNames,
  isChromeLine,
  isFieldLine,
  isHeadline,
  isOrganisation,
  labelledByline,
  labelledFields,
  opensArticle,
  publisherName,
  urlOf,
  withoutColumnTag,
  withoutSiteName,
} from "../describe/header-lines.js";
import { lookupRegion, resolveRegion } from "../describe/region.js";
import { findDates, toIsoDate } from "../text/dates.js";
import { toSimplified } from "../text/script.js";
import type { ArticleDescription, CleanedArticle, DeclaredMetadata, ManifestEntry } from "../types.js";

export interface DescribeInput {
  declared: DeclaredMetadata;
  cleaned: CleanedArticle;
  manifest?: ManifestEntry;
}

// Fields sit in the first and last few lines of a body when the cleaner kept them there.
const BODY_EDGE_LINES = 3;
// An organisation byline stands within this many lines under the headline.
const ORGANISATION_BYLINE_REACH = 2;
const NO_REGION = { region_code: null, province: null, city: null, county: null };

/** The header and footer lines of an article, Simplified, around its headline. */
interface Surroundings {
  title: string | null;
  /** Head lines after the headline (all head lines when there is none): the article's own field lines. */
  underTitle: string[];
  /** Head lines before the headline: site banners, today's date, breadcrumbs. */
  aboveTitle: string[];
  /** The first and last lines of the body, where some sites keep their field lines and credits. */
  bodyEdges: string[];
  /** Those of them that only carry fields (（文章来源：经济日报）). */
  bodyFields: string[];
  tail: string[];
}

/**
 * Where the headline stands: right above the line that opens the article (its fields, byline or
 * dateline), in the head or among the first lines of the body, so that a kicker above the headline
 * is passed over; else the first headline of the head. A headline left in the body needs more body
 * under it than its opening line.
 */
function headlinePlace(head: string[], body: string[]): { inHead: boolean; at: number } | null {
  const lines = [...head, ...body.slice(0, BODY_EDGE_LINES)];
  for (let k = 0; k + 1 < lines.length; k++) {
    const inHead = k < head.length;
    const at = inHead ? k : k - head.length;
    if (!inHead && at + 2 >= body.length) break;
    if (isHeadline(lines[k]) && opensArticle(lines[k + 1])) return { inHead, at };
  }
  const at = head.findIndex(isHeadline);
  return at >= 0 ? { inHead: true, at } : null;
}

function surroundingsOf(cleaned: CleanedArticle): Surroundings {
  const head = cleaned.chrome.simplified.head;
  const body = cleaned.simplified.text.split("\n").map((line) => line.trim()).filter(Boolean);
  const edges = [...new Set([...body.slice(0, BODY_EDGE_LINES), ...body.slice(-BODY_EDGE_LINES)])];
  const place = headlinePlace(head, body);
  const titleAt = place?.inHead ? place.at : -1;
  return {
    title: place === null ? null : place.inHead ? head[place.at] : body[place.at],
    underTitle: head.slice(titleAt + 1),
    aboveTitle: titleAt >= 0 ? head.slice(0, titleAt) : [],
    bodyEdges: edges,
    bodyFields: edges.filter(isFieldLine),
    tail: cleaned.chrome.simplified.tail,
  };
}

/** The date of a line's 发布时间 or 来源 field (来源:黑龙江日报 | 2021-12-23). */
function labelledDate(line: string): string | null {
  for (const field of labelledFields(line)) {
    if (field.kind !== "published" && field.kind !== "source") continue;
    const date = findDates(field.value)[0];
    if (date) return date.iso;
  }
  return null;
}

function publishedOf(s: Surroundings): string | null {
  const fieldLines = [...s.bodyFields, ...s.tail.filter(isFieldLine)];
  for (const line of [...s.underTitle, ...fieldLines, ...s.aboveTitle]) {
    const date = labelledDate(line);
    if (date) return date;
  }
  // An unlabelled date counts under the headline or on a line of fields (2022-07-07 11:59:00 浏览:).
  for (const line of [...s.underTitle, ...fieldLines]) {
    const date = findDates(line)[0];
    if (date) return date.iso;
  }
  return null;
}

function publisherOf(s: Surroundings, declared: string | null): string | null {
  const lines = [...s.underTitle, ...s.aboveTitle, ...s.bodyFields, ...s.tail];
  for (const line of lines) {
    for (const field of labelledFields(line)) {
      const name = field.kind === "source" ? publisherName(field.value) : null;
      if (name) return name;
    }
  }
  const declaredName = declared ? publisherName(toSimplified(declared)) : null;
  if (declaredName) return declaredName;
  // The outlet a dateline or credit group names (湖北日报讯, （连云港日报记者 李慧）) wrote the article, wherever it is copied.
  for (const line of [...s.underTitle, ...s.bodyEdges]) {
    const outlet = creditedOutlet(line);
    if (outlet) return outlet;
  }
  return null;
}

function authorsInLine(line: string): string[] {
  const bullet = bulletByline(line);
  if (bullet) return bullet;
  const fields = labelledFields(line).filter((f) => f.kind === "author").flatMap((f) => bylineNames(f.value));
  return fields.length > 0 ? fields : labelledByline(line);
}

function authorOf(s: Surroundings): string | null {
  const names = (list: string[]) => (list.length > 0 ? list.join("、") : null);
  for (const line of s.underTitle) {
    const found = names(authorsInLine(line));
    if (found) return found;
  }
  if (s.title !== null) {
    const organisation = s.underTitle.slice(0, ORGANISATION_BYLINE_REACH).find((line) => !isChromeLine(line) && isOrganisation(line));
    if (organisation) return organisation.replace(/\s+/g, "");
  }
  for (const line of s.bodyEdges) {
    const found = names(s.bodyFields.includes(line) || bulletByline(line) ? authorsInLine(line) : creditNames(line));
    if (found) return found;
  }
  for (const line of s.tail) {
    const found = names(authorsInLine(line));
    if (found) return found;
  }
  return null;
}

function urlOfSurroundings(s: Surroundings): string | null {
  for (const line of [...s.underTitle, ...s.aboveTitle, ...s.bodyEdges, ...s.tail]) {
    const url = urlOf(line);
    if (url) return url;
  }
  return null;
}

/** A declared byline without its labels (记者 李明 → 李明); a value with no Chinese name in it stays as it is. */
function declaredAuthorName(value: string): string {
  const names = bylineNames(value);
  return names.length > 0 ? names.join("、") : value;
}

/** A headline on one line, without a column tag before it or the 《》 some copies wrap a whole headline in. */
function headlineText(title: string): string {
  const text = withoutColumnTag(title.replace(/\s+/g, " ").trim());
  const wrapped = /^《([^《》]+)》$/.exec(text);
  return wrapped ? wrapped[1] : text;
}

const present = (value: string | null | undefined): string | null => (value && value.trim() !== "" ? value.trim() : null);

/** The article's bibliographic metadata and region; fields it does not state are null. */
export function describeArticle({ declared, cleaned, manifest }: DescribeInput): ArticleDescription {
  const s = surroundingsOf(cleaned);
  const declaredTitle = present(declared.title);
  const declaredAuthor = present(declared.author);
  const declaredPublished = present(declared.published);
  const title = present(manifest?.title) ?? (declaredTitle ? withoutSiteName(toSimplified(declaredTitle)) : s.title);
  const manifestRegion = present(manifest?.region);
  const region = manifestRegion ? lookupRegion(manifestRegion) : resolveRegion(title ?? "", cleaned.simplified.text);
  return {
    title: title === null ? null : headlineText(title),
    published: present(manifest?.published) ?? (declaredPublished ? toIsoDate(declaredPublished) : null) ?? publishedOf(s),
    publisher: present(manifest?.publisher) ?? publisherOf(s, present(declared.publisher)),
    author: present(manifest?.author) ?? (declaredAuthor ? declaredAuthorName(toSimplified(declaredAuthor)) : authorOf(s)),
    url: present(manifest?.url) ?? present(declared.url) ?? urlOfSurroundings(s),
    ...(region ?? NO_REGION),
  };
}

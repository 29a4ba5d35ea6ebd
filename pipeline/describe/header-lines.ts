// Reading the lines around an article (headline, source and date lines, bylines, link lines) in
// Simplified script. Every rule here looks at the shape of one line: its labels (来源：, 作者：,
// 发布时间：), its dates, its length, and whether it reads like a sentence, a menu or a name.
import bylineLexicon from "../lexicons/metadata-bylines.json" with { type: "json" };
import labelLexicon from "../lexicons/metadata-labels.json" with { type: "json" };
import publisherLexicon from "../lexicons/metadata-publisher.json" with { type: "json" };
import { COLUMN_TAG, holdsChromeToken, isBoilerplateLine, isMenuLine, withoutHeadlineTags } from "../text/chrome.js";
import { findDates } from "../text/dates.js";
import { countHan, HAN_CLASS } from "../text/han.js";
import { halfWidth } from "../text/width.js";

type LabelKind = "source" | "author" | "editor" | "published" | "url" | "counter" | "other";

/** One labelled field of a line: 来源：黑龙江日报 → source, 黑龙江日报. */
export interface LabelledField {
  kind: LabelKind;
  label: string;
  start: number;
  value: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

const LABEL_KINDS: LabelKind[] = ["source", "author", "editor", "published", "url", "counter", "other"];
const kindOfLabel = new Map<string, LabelKind>();
for (const kind of LABEL_KINDS) for (const label of labelLexicon[kind]) if (!kindOfLabel.has(label)) kindOfLabel.set(label, kind);

// A label starts a field when a separator follows it; byline labels may also be followed by white
// space and a name (记者 刘楠). It must not be glued to a preceding Han character (资金来源 is prose),
// except in a line that opens with a field, where values run into the next label (来源:南宁晚报作者:韩沛).
const LABEL_FORM =
  `(?:(${byLength([...kindOfLabel.keys()]).map(escape).join("|")})\\s*[:：/|｜丨]|` +
  `(${byLength(labelLexicon.bylineWithoutSeparator).map(escape).join("|")})\\s+(?=${HAN_CLASS}))\\s*`;
const LABEL = new RegExp(`(?<!${HAN_CLASS})${LABEL_FORM}`, "gu");
const LABEL_IN_FIELD_LINE = new RegExp(LABEL_FORM, "gu");
// Fields on one line are set apart by bars, brackets or wide gaps (来源:黑龙江日报  |  2021-12-23, 【作者：张三】【来源：XX】).
const FIELD_BREAK = /\s*[|｜丨【】[\]（）()]\s*|\s{2,}|\t/;
const URL = /(?:https?:)?\/\/[^\s<>()（）\]]+/;
const BYLINE_LABELS = byLength(labelLexicon.bylineWithoutSeparator).map(escape).join("|");
const BYLINE_LABEL = new RegExp(`[^\\s（()）]*?(?:${BYLINE_LABELS})`, "g");
const BARE_BYLINE_LABEL = new RegExp(BYLINE_LABELS, "g");
const FIRST_BYLINE_LABEL = new RegExp(BYLINE_LABELS);
const PERSON_NAME = new RegExp(`^${HAN_CLASS}{2,4}$|^${HAN_CLASS}+(?:·${HAN_CLASS}+)+$`, "u");
// Most names have two or three characters; a four-character item under a bullet is a heading.
const BULLET_NAME = new RegExp(`^${HAN_CLASS}{2,3}$|^${HAN_CLASS}+(?:·${HAN_CLASS}+)+$`, "u");
// An organisation written as a byline: Han characters and brackets only.
const ORGANISATION_NAME = new RegExp(`^(?:${HAN_CLASS}|[（）()]){4,30}$`, "u");
const BYLINE_START = new RegExp(`^(?:${byLength(labelLexicon.bylineWithoutSeparator).map(escape).join("|")})`);
// Longer lines are paragraphs: a line with a date, a source, an author and a counter runs to about 70 characters.
const FIELD_LINE_LIMIT = 120;
const channelSuffixes = byLength(publisherLexicon.channelSuffixes);
const siteSuffixes = publisherLexicon.siteSuffixes;
const notPublishers = new Set(publisherLexicon.notPublishers);
const bullets = new Set(bylineLexicon.bullets);
const orgSuffixes = byLength(bylineLexicon.orgSuffixes);
const roleQualifiers = byLength(bylineLexicon.roleQualifiers);
// 湖北日报讯, 新华社北京5月6日电, 重庆日报消息: an outlet (and a place), maybe a date, then 讯, 电 or 消息 and a
// break; a column tag (【连网】) may stand before it.
const DATELINE = new RegExp(
  String.raw`^${COLUMN_TAG}?\s*(${HAN_CLASS}{2,16}?)\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*` +
    String.raw`(?:${byLength(publisherLexicon.datelineWords).map(escape).join("|")})(?=[\s（(【[,，:：—]|$)`,
  "u",
);
// A credit group opening a line: （连云港日报记者 李慧）日前…
const OPENING_CREDIT = new RegExp(String.raw`^${COLUMN_TAG}?\s*[（(]([^（）()]{2,60})[）)]`);

/** The labelled fields of a line, each value running to the next label or field break. */
export function labelledFields(line: string): LabelledField[] {
  const text = halfWidth(line);
  let found = [...text.matchAll(LABEL)];
  if (found.length > 0 && /^[\s[【（(〔]*$/.test(text.slice(0, found[0].index))) found = [...text.matchAll(LABEL_IN_FIELD_LINE)];
  return found.map((m, k) => {
    const label = m[1] ?? m[2];
    const end = k + 1 < found.length ? found[k + 1].index : text.length;
    const value = text.slice(m.index + m[0].length, end).split(FIELD_BREAK)[0].trim();
    return { kind: kindOfLabel.get(label)!, label, start: m.index, value };
  });
}

/** A line that only carries fields: it opens with a label (来源：, 【作者：) or with a date (2022-07-07 11:59:00 浏览:). */
export function isFieldLine(line: string): boolean {
  if (line.length > FIELD_LINE_LIMIT) return false;
  const text = halfWidth(line).trim().replace(/^[[【（(〔]\s*/, "");
  if (labelledFields(text)[0]?.start === 0) return true;
  const dates = findDates(text);
  if (dates.length === 0 || dates[0].start > 4) return false;
  const rest = text.replace(/\d{1,2}:\d{2}(?::\d{2})?/g, "").slice(dates[0].end);
  return countHan(rest.replace(/星期.|周[一二三四五六日天]/g, "")) <= 6;
}

/**
 * The outlet named by a source value: 《党建研究》2021年第4期 → 党建研究; 人民日报客户端 → 人民日报.
 * A value naming a site and then an outlet (人民网-人民日报) means the outlet's article on that site.
 */
export function publisherName(value: string): string | null {
  const parts = value.trim().split(/\s*[-－—–]+\s*(?=[^\d\s])/).filter(Boolean);
  for (let k = parts.length - 1; k >= 0; k--) {
    const name = singlePublisherName(parts[k]);
    if (name) return name;
  }
  return null;
}

function singlePublisherName(value: string): string | null {
  let name = value.trim();
  const title = /^《([^》]+)》/.exec(name);
  if (title) name = title[1];
  else {
    const date = findDates(name)[0];
    if (date) name = name.slice(0, date.start);
    name = name.split(/\d{4}\s*年|第\s*\d+\s*[期版]|\s+(?=[^\sA-Za-z])/)[0];
  }
  name = name.replace(/^[[【（(“"「『《\s]+|[\]】）)”"」』》，,。.;；:：\s]+$/g, "");
  for (const suffix of channelSuffixes) {
    if (name.endsWith(suffix) && name.length > suffix.length + 1) {
      name = name.slice(0, -suffix.length);
      break;
    }
  }
  if (name.length < 2 || name.length > 30 || notPublishers.has(name)) return null;
  if (/https?:|www\.|[A-Za-z0-9-]+\.(?:com|cn|net|org|gov|edu|xyz|info|top|cc|io|tv)\b/i.test(name)) return null;
  if (/[。！？，]/.test(name)) return null;
  return name;
}

/** An organisation written as a byline (中共山东省阳谷县委). */
export function isOrganisation(text: string): boolean {
  const compact = text.replace(/\s+/g, "");
  return ORGANISATION_NAME.test(compact) && orgSuffixes.some((s) => compact.endsWith(s));
}

/** `text` without the role qualifiers at its end (连云港日报全媒体 → 连云港日报). */
function withoutRoleQualifiers(text: string): string {
  let rest = text.trim();
  for (let q = roleQualifiers.find((r) => rest.endsWith(r)); q; q = roleQualifiers.find((r) => rest.endsWith(r))) rest = rest.slice(0, -q.length).trim();
  return rest;
}

const NAME_SEPARATOR = /[\s、，,；;/]+/;

/**
 * Person names and organisations in a byline value (刘楠 赵吉会, 中共山东省阳谷县委), labels removed.
 * What is glued to the first label is the outlet and role (连云港日报全媒体记者); what stands
 * between two labels names the first one's people, even when glued to the next (记者肖霄通讯员陈斌).
 */
export function bylineNames(value: string): string[] {
  const trimmed = value.trim();
  if (isOrganisation(trimmed)) return [trimmed.replace(/\s+/g, "")];
  const labels = [...trimmed.matchAll(BARE_BYLINE_LABEL)];
  if (labels.length === 0) return trimmed.split(NAME_SEPARATOR).filter((token) => PERSON_NAME.test(token));
  const beforeLabels = trimmed.slice(0, labels[0].index).split(NAME_SEPARATOR).slice(0, -1);
  const afterLabels = labels.flatMap((m, k) => trimmed.slice(m.index + m[0].length, labels[k + 1]?.index).split(NAME_SEPARATOR));
  return [...beforeLabels, ...afterLabels].map(withoutRoleQualifiers).filter((token) => PERSON_NAME.test(token));
}

/** Names in a bullet byline line (■ 任鹏来), or null when the line is not one: a bulleted point (● 引才聚才) is longer or is prose. */
export function bulletByline(line: string): string[] | null {
  const text = line.trim();
  if (!bullets.has(text[0])) return null;
  const rest = text.slice(1).replace(BYLINE_LABEL, " ");
  const tokens = rest.split(/[\s、，,]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((token) => BULLET_NAME.test(token)) ? tokens : null;
}

/** Names on a line that opens with a byline label, written with or without a gap (本报记者张三 通讯员李四). */
export function labelledByline(line: string): string[] {
  const text = line.trim();
  if (text.length > 40 || /[。！？]/.test(text) || !BYLINE_START.test(text)) return [];
  return bylineNames(text);
}

/** The credit groups of a line holding a byline label: one closing it ((经济日报记者吴浩)), one near its start (本报讯（记者 张三）). */
function creditGroups(line: string): string[] {
  const text = line.trim();
  const found = [/[（(]([^（）()]{2,60})[）)]\s*$/.exec(text), /^[^。，！？]{0,15}?[（(]([^（）()]{2,60})[）)]/.exec(text)];
  return found.flatMap((match) => (match && FIRST_BYLINE_LABEL.test(match[1]) ? [match[1]] : []));
}

/** Names in a credit group closing or opening the body: (经济日报记者吴浩), 本报讯（记者 张三 通讯员 李四）. */
export function creditNames(line: string): string[] {
  for (const group of creditGroups(line)) {
    const names = bylineNames(group);
    if (names.length > 0) return names;
  }
  return [];
}

/** The outlet that opens `text`: its shortest opening ending with the most specific outlet suffix in it (新华社北京 → 新华社). */
function outletOpening(text: string): string | null {
  for (const suffix of publisherLexicon.outletSuffixes) {
    const at = text.indexOf(suffix, 1);
    if (at > 0) return text.slice(0, at + suffix.length);
  }
  return null;
}

/** The outlet of a news dateline opening a line: 湖北日报讯 → 湖北日报, 新华社北京5月6日电 → 新华社, 本报讯 → 本报. */
function datelineOutlet(line: string): string | null {
  const m = DATELINE.exec(halfWidth(line).trim());
  return m ? outletOpening(m[1]) : null;
}

/** The outlet written before the first byline label of a credit group: 连云港日报全媒体记者 李慧 → 连云港日报. */
function creditGroupOutlet(group: string): string | null {
  const label = FIRST_BYLINE_LABEL.exec(group);
  const before = label ? withoutRoleQualifiers(group.slice(0, label.index)) : "";
  return before !== "" && outletOpening(before) === before ? publisherName(before) : null;
}

/** The outlet a line credits at its start or end: a dateline (湖北日报讯) or a credit group ((连云港日报全媒体记者 李慧)). */
export function creditedOutlet(line: string): string | null {
  const dateline = datelineOutlet(line);
  if (dateline) return publisherName(dateline);
  for (const group of creditGroups(line)) {
    const outlet = creditGroupOutlet(group);
    if (outlet) return outlet;
  }
  return null;
}

/**
 * The line that opens an article right under its headline: a line of fields (来源：…), a byline
 * (记者 张三, ■ 任鹏来, 中共山东省阳谷县委), or text opening with a dateline or a credit group
 * (湖北日报讯（记者…）, （连云港日报记者 李慧）日前…).
 */
export function opensArticle(line: string): boolean {
  if (isFieldLine(line) || labelledByline(line).length > 0 || bulletByline(line) || isOrganisation(line)) return true;
  return datelineOutlet(line) !== null || FIRST_BYLINE_LABEL.test(OPENING_CREDIT.exec(line.trim())?.[1] ?? "");
}

/** A line that names a website only (共产党员网, www.example.cn) or is made of links (返回首页 links, bare URLs). */
function isSiteOrLinkLine(text: string): boolean {
  if (/\]\(|^<?(?:https?:)?\/\/\S+>?$/.test(text)) return true;
  return text.length <= 10 && !/\s/.test(text) && siteSuffixes.some((s) => text.endsWith(s));
}

/** Page chrome: lines without words (1 1 1), link and site lines, and by the cleaner's rules menus and chrome words (手机版, 打印 纠错, 登录 注册). */
export function isChromeLine(line: string): boolean {
  const text = halfWidth(line).trim();
  if (countHan(text) === 0 || isSiteOrLinkLine(text)) return true;
  return isMenuLine(text) || holdsChromeToken(text) || isBoilerplateLine(text);
}

/** A headline: a short line of prose that is neither chrome, nor a field line, nor a byline, nor a sentence. */
export function isHeadline(line: string): boolean {
  const text = line.trim();
  const han = countHan(text);
  if (han < 5 || han > 60 || text.includes("。")) return false;
  // A line wrapped whole in brackets is a note (（资料图片仅供参考）); one opening with a dash is a subtitle (——访…).
  if (/^[（(][^（）()]*[）)]$|^[—–-]/.test(text)) return false;
  if (isChromeLine(text) || isFieldLine(text) || labelledFields(text).length > 0) return false;
  if (bulletByline(text) || isOrganisation(text)) return false;
  const dates = findDates(text);
  return dates.length === 0 || countHan(text.slice(dates[dates.length - 1].end)) >= 6;
}

/** A headline without the column or keyword tags before it (【焦点新闻】广州… → 广州…, 人才|重磅!… → 重磅!…), when what follows them is a headline itself. */
export function withoutColumnTag(title: string): string {
  const rest = withoutHeadlineTags(title);
  return rest !== title && isHeadline(rest) ? rest : title;
}

/** A site's name written after a headline (长春人才新政_新闻_人民网 → 长春人才新政). */
export function withoutSiteName(title: string): string {
  const parts = title.split(/\s*(?:[_|｜]|\s[-–—]\s)\s*/);
  const isSite = (part: string) => URL.test(part) || /\.[a-z]{2,4}$/i.test(part) || (part.length <= 12 && siteSuffixes.some((s) => part.endsWith(s)));
  let keep = parts.length;
  if (keep > 1 && isSite(parts[keep - 1])) {
    keep--;
    while (keep > 1 && parts[keep - 1].length <= 6) keep--;
  }
  return keep === parts.length ? title.trim() : parts.slice(0, keep).join(" ").trim();
}

/** The article's address in a line: a labelled link (原文链接：…) or a line that is one absolute URL. */
export function urlOf(line: string): string | null {
  const field = labelledFields(line).find((f) => f.kind === "url");
  const text = field ? field.value : line.trim();
  const m = /^<?(https?:\/\/[^\s<>]+?)>?$/.exec(text) ?? (field ? URL.exec(text) : null);
  return m ? (m[1] ?? m[0]) : null;
}

// From raw bytes to text: what the bytes are (a document format, binary data, text) and, for
// text, which encoding decodes them. Supported: UTF-8 (with or without BOM), UTF-16 LE/BE with a
// BOM, GB18030/GBK, Big5, and any charset an HTML page declares when it decodes cleanly.
import { meanHanLogProbability } from "./plausibility.js";

export type ByteVerdict = { ok: true; text: string; encoding: string } | { ok: false; rule: "binary" | "unsupported_format" | "undecodable"; reason: string };

interface Signature {
  bytes: readonly (number | null)[];
  /** Offset of the signature in the file. */
  at?: number;
  name: string;
  rule: "binary" | "unsupported_format";
}

// Magic bytes; null matches any byte.
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: "a PDF document", rule: "unsupported_format" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "a ZIP archive (an Office, OpenDocument or EPUB document, or a plain archive)", rule: "unsupported_format" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], name: "a legacy Office document (.doc, .xls, .ppt)", rule: "unsupported_format" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: "an RTF document", rule: "unsupported_format" },
  { bytes: [0x25, 0x21, 0x50, 0x53], name: "a PostScript document", rule: "unsupported_format" },
  { bytes: [0x1f, 0x8b], name: "a gzip archive", rule: "unsupported_format" },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: "a 7-Zip archive", rule: "unsupported_format" },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], name: "a RAR archive", rule: "unsupported_format" },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], name: "a PNG image", rule: "binary" },
  { bytes: [0xff, 0xd8, 0xff], name: "a JPEG image", rule: "binary" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "a GIF image", rule: "binary" },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], name: "a WebP image", rule: "binary" },
  { bytes: [0x49, 0x49, 0x2a, 0x00], name: "a TIFF image", rule: "binary" },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], name: "a TIFF image", rule: "binary" },
  { bytes: [0x66, 0x74, 0x79, 0x70], at: 4, name: "an ISO media file (HEIC image or MP4 video)", rule: "binary" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: "an executable", rule: "binary" },
];

/** The format named by the file's magic bytes, when it is one that is not text. */
function matchSignature(bytes: Uint8Array): Signature | null {
  return (
    SIGNATURES.find(({ bytes: signature, at = 0 }) => bytes.length >= at + signature.length && signature.every((byte, i) => byte === null || bytes[at + i] === byte)) ?? null
  );
}

// Control bytes other than tab, line feed, form feed and carriage return (and ESC, used by
// ISO-2022 encodings): a text file has hardly any, binary data has many.
const CONTROL_SHARE_OF_BINARY = 0.01;

function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  return controls / bytes.length;
}

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The WHATWG encoding name of a charset label, or null when the label is unknown. */
function encodingOfLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

// How far into a page its charset declaration is looked for: the HTML standard's prescan reads 1024 bytes.
const CHARSET_PRESCAN_BYTES = 1024;

/** The charset an HTML page declares in <meta charset> or <meta http-equiv="Content-Type">. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, CHARSET_PRESCAN_BYTES));
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const charset = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta[0]);
    if (charset) return encodingOfLabel(charset[1]);
  }
  return null;
}

// Mean log10 frequency of the Han characters of a decoding below which it is not Chinese but
// other bytes (Latin-1 text, Shift_JIS) read as Chinese: real prose is near -3.3, and even a
// technical text with many rare characters stays above -4.5.
const IMPLAUSIBLE_HAN_MEAN = -5.5;

const hasNonAscii = (bytes: Uint8Array) => bytes.some((byte) => byte >= 0x80);

/**
 * Decodes a file's bytes, or says why they are not an article's text. The BOM decides when there
 * is one; then valid UTF-8; then the charset the page declares, when it decodes cleanly; then
 * GB18030 or Big5, whichever decodes cleanly into the more plausible Chinese.
 */
export function decodeArticleBytes(bytes: Uint8Array): ByteVerdict {
  const signature = matchSignature(bytes);
  if (signature) return { ok: false, rule: signature.rule, reason: `the file is ${signature.name}, not an article's text` };

  const bom: [number[], string][] = [
    [[0xef, 0xbb, 0xbf], "utf-8"],
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"],
  ];
  for (const [mark, encoding] of bom) {
    if (!mark.every((byte, i) => bytes[i] === byte)) continue;
    const text = strictDecode(bytes, encoding);
    if (text === null) return { ok: false, rule: "undecodable", reason: `the file starts with a ${encoding} byte order mark but is not valid ${encoding}` };
    if (text.includes("\0")) return { ok: false, rule: "binary", reason: "the file holds NUL characters: it is binary data, not text" };
    return { ok: true, text, encoding };
  }

  if (bytes.includes(0)) return { ok: false, rule: "binary", reason: "the file holds NUL bytes: it is binary data, not text" };
  if (controlShare(bytes) > CONTROL_SHARE_OF_BINARY) return { ok: false, rule: "binary", reason: "the file is mostly control bytes: it is binary data, not text" };

  const declared = declaredCharset(bytes);
  const utf8 = strictDecode(bytes, "utf-8");
  if (utf8 !== null && (hasNonAscii(bytes) || declared === null)) return { ok: true, text: utf8, encoding: "utf-8" };
  if (declared !== null && declared !== "utf-8" && !declared.startsWith("utf-16") && declared !== "replacement") {
    const text = strictDecode(bytes, declared);
    if (text !== null) return { ok: true, text, encoding: declared };
  }

  let best: { text: string; encoding: string; plausibility: number } | null = null;
  for (const encoding of ["gb18030", "big5"]) {
    const text = strictDecode(bytes, encoding);
    if (text === null) continue;
    const plausibility = meanHanLogProbability(text).mean;
    if (best === null || plausibility > best.plausibility) best = { text, encoding, plausibility };
  }
  if (best === null) return { ok: false, rule: "undecodable", reason: "the bytes are not valid in UTF-8, GB18030, Big5 or a charset the file declares" };
  if (best.plausibility < IMPLAUSIBLE_HAN_MEAN) {
    return { ok: false, rule: "undecodable", reason: `the bytes are not UTF-8 and read as ${best.encoding} only into rare characters: the encoding is not a supported one` };
  }
  return { ok: true, text: best.text, encoding: best.encoding };
}

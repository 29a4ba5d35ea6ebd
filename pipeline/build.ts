// The runner's core: reads a raw folder, runs every article through the stages concurrently,
// drops duplicates, validates, and lays out the release in memory. Writing is left to the CLI.
import { open, readFile, readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { availableParallelism } from "node:os";
import pMap from "p-map";
import type { IndicatorRow } from "../schemas/columns.js";
import type { RejectEntry, ValidationReport } from "../schemas/reports.js";
import { processArticle } from "./process.js";
import { assembleRelease } from "./stages/release.js";
import { ArticleWorkerPool } from "./worker-pool.js";
import { MANIFEST_FILE, readManifest } from "./stages/manifest.js";
import type { TabulatedArticle } from "./stages/tabulate.js";
import type { RawArticleFile } from "./types.js";
import { validateRelease } from "./stages/validate.js";
import { DATASET, type ReleaseInfo } from "./writers/release-info.js";

// 5 MB: the largest article seen is about 200 KB of HTML; anything far bigger is not one article.
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export interface BuildOptions {
  rawDir: string;
  maxBytes?: number;
  /** Worker threads; 0 processes in this thread. Default: one per core for large folders. */
  workers?: number;
}

// Below this many files, starting workers (each loads the dictionaries) costs more than it saves.
const FILES_WORTH_WORKERS = 200;

export interface BuiltRelease {
  info: ReleaseInfo;
  files: Map<string, Uint8Array>;
  report: ValidationReport;
  rejects: RejectEntry[];
  inputBytes: number;
}

/** Files of the raw folder that are articles: all regular files but the manifest, dotfiles and READMEs. */
export async function listArticleFiles(rawDir: string): Promise<string[]> {
  const entries = await readdir(rawDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(rawDir, join(e.parentPath, e.name)).split(sep).join("/"))
    .filter((p) => p !== MANIFEST_FILE && !p.split("/").some((part) => part.startsWith(".")) && !/^readme(\.[a-z]+)?$/i.test(p.split("/").pop()!))
    .sort();
}

/** Reads a raw file, but no more than `limit` bytes of it: a file over the size limit is never loaded whole. */
async function readArticleFile(rawDir: string, sourceFile: string, limit: number): Promise<RawArticleFile> {
  const handle = await open(join(rawDir, sourceFile), "r");
  try {
    const size = (await handle.stat()).size;
    const buffer = new Uint8Array(Math.min(limit, size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.byteLength, 0);
    return { sourceFile, bytes: buffer.subarray(0, bytesRead), size };
  } finally {
    await handle.close();
  }
}

export async function readReleaseInfo(projectDir: string): Promise<ReleaseInfo> {
  const pkg = JSON.parse(await readFile(join(projectDir, "package.json"), "utf8")) as { version: string; releaseDate: string; description: string };
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(pkg.version)) throw new Error(`package.json version "${pkg.version}" is not semver`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pkg.releaseDate)) throw new Error(`package.json releaseDate "${pkg.releaseDate}" is not YYYY-MM-DD`);
  return { ...DATASET, description: pkg.description, version: pkg.version, date: pkg.releaseDate };
}

export async function buildRelease(info: ReleaseInfo, options: BuildOptions): Promise<BuiltRelease> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const paths = await listArticleFiles(options.rawDir);
  const manifestText = await readFile(join(options.rawDir, MANIFEST_FILE), "utf8").catch((e: NodeJS.ErrnoException) => {
    if (e.code === "ENOENT") return null;
    throw e;
  });
  const manifest = manifestText === null ? { entries: new Map(), rejects: [] } : readManifest(manifestText, new Set(paths));

  const workerCount = options.workers ?? (paths.length >= FILES_WORTH_WORKERS ? availableParallelism() : 0);
  const pool = workerCount > 0 ? new ArticleWorkerPool(workerCount) : null;
  let inputBytes = 0;
  const outcomes = await pMap(paths, async (sourceFile) => {
    const file = await readArticleFile(options.rawDir, sourceFile, maxBytes + 1);
    inputBytes += file.bytes.byteLength;
    const processOptions = { maxBytes, manifest: manifest.entries.get(sourceFile) };
    return pool ? pool.process(file, processOptions) : processArticle(file, processOptions);
  }, { concurrency: Math.max(4, 4 * workerCount) }).finally(() => pool?.close());

  const rejects: RejectEntry[] = [...manifest.rejects];
  const published: TabulatedArticle[] = [];
  const firstWithText = new Map<string, string>();
  for (const outcome of outcomes) {
    if (!outcome.ok) { rejects.push(outcome.reject); continue; }
    const { article } = outcome.value;
    const first = firstWithText.get(article.id);
    if (first !== undefined) {
      rejects.push({ source_file: article.source_file, stage: "deduplicate", rule: "duplicate_article", message: `same cleaned text as ${first}, which is published`, duplicate_of: first, row: null });
      continue;
    }
    firstWithText.set(article.id, article.source_file);
    published.push(outcome.value);
  }

  const validated = validateRelease({
    articles: published.map((p) => p.article),
    indicators: published.flatMap((p): IndicatorRow[] => p.indicators),
    rejects,
    filesSeen: paths.length,
  });
  return { info, files: assembleRelease(validated, info), report: validated.report, rejects: validated.rejects, inputBytes };
}

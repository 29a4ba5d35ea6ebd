// A worker thread that runs articles through the stages, so that a large raw folder uses every core.
import { parentPort } from "node:worker_threads";
import { processArticle, type ProcessOptions } from "./process.js";
import type { RawArticleFile } from "./types.js";

export interface ArticleJob { id: number; file: RawArticleFile; options: ProcessOptions }

parentPort!.on("message", ({ id, file, options }: ArticleJob) => {
  parentPort!.postMessage({ id, outcome: processArticle(file, options) });
});

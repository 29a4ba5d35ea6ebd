// A fixed pool of article workers. processArticle is pure and synchronous, so threads are the only
// way to use more than one core; results come back in submission order through p-map.
import { Worker } from "node:worker_threads";
import type { ArticleJob } from "./article-worker.js";
import type { ProcessedOutcome, ProcessOptions } from "./process.js";
import type { RawArticleFile } from "./types.js";

export class ArticleWorkerPool {
  private readonly workers: { worker: Worker; busy: number }[];
  private readonly pending = new Map<number, { resolve: (outcome: ProcessedOutcome) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(size: number) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL("./article-worker-entry.mjs", import.meta.url));
      worker.on("message", ({ id, outcome }: { id: number; outcome: ProcessedOutcome }) => {
        const slot = this.workers.find((w) => w.worker === worker)!;
        slot.busy--;
        this.pending.get(id)!.resolve(outcome);
        this.pending.delete(id);
      });
      // A worker dies only on a bug outside processArticle (which catches per article): fail the build.
      worker.on("error", (error) => {
        for (const job of this.pending.values()) job.reject(error);
        this.pending.clear();
      });
      return { worker, busy: 0 };
    });
  }

  process(file: RawArticleFile, options: ProcessOptions): Promise<ProcessedOutcome> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      slot.worker.postMessage({ id, file, options } satisfies ArticleJob);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

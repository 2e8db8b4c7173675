import { Worker } from 'node:worker_threads';
import type { CustomRecord } from 'pagefind';

/** What a Pagefind bundle is made of: its records (all in one language) and where it is written. */
export interface PagefindBundleJob {
  language: string;
  records: Omit<CustomRecord, 'language'>[];
  outputPath: string;
  /** Variables the Pagefind service reads when it starts (e.g. an index chunk size). */
  env?: Record<string, string>;
}

/**
 * Writes one Pagefind bundle through a Pagefind service of its own, in a worker thread, so several
 * bundles are built side by side (the `pagefind` module's one service would take them in turn).
 * The records go in the order given, so the bundle's bytes do not depend on what runs beside it.
 */
export function writePagefindBundle(job: PagefindBundleJob): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./pagefind-bundle-worker.ts', import.meta.url), {
      workerData: job,
      env: { ...process.env, ...job.env },
    });
    let written = false;
    worker.once('message', () => {
      written = true;
    });
    worker.once('error', fail);
    worker.once('exit', (code) =>
      written ? done() : fail(new Error(`Pagefind bundle ${job.outputPath}: worker stopped (exit ${code})`)),
    );
  });
}

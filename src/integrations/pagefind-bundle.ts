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
 * Writes Pagefind bundles, in turn, through a Pagefind service of their own, in a worker thread, so
 * several such calls run side by side (the `pagefind` module's one service would take them in turn).
 * The records go in the order given, so the bundles' bytes do not depend on what runs beside them.
 * The service reads the first job's `env`.
 */
export function writePagefindBundles(jobs: readonly PagefindBundleJob[]): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL('./pagefind-bundle-worker.ts', import.meta.url), {
      workerData: jobs,
      env: { ...process.env, ...jobs[0]?.env },
    });
    let written = false;
    worker.once('message', () => {
      written = true;
    });
    worker.once('error', fail);
    worker.once('exit', (code) =>
      written ? done() : fail(new Error(`Pagefind bundle ${jobs[0]?.outputPath}: worker stopped (exit ${code})`)),
    );
  });
}

/** Writes one Pagefind bundle (see `writePagefindBundles`). */
export function writePagefindBundle(job: PagefindBundleJob): Promise<void> {
  return writePagefindBundles([job]);
}

// One Pagefind bundle, written in a worker thread by a Pagefind service of its own: the `pagefind`
// module keeps one service per module instance, and each worker has its own. See pagefind-bundle.ts.
import childProcess, { type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import type { PagefindBundleJob } from './pagefind-bundle.ts';

// The service process `pagefind` spawns is unreferenced and killed on close(); a worker that ended then would
// leave it for init to reap (its CPU uncounted by `time`, a process outliving its build). Kept here to wait for.
const services: ChildProcess[] = [];
const spawn = childProcess.spawn;
childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
  const child = spawn(...args);
  services.push(child);
  return child;
}) as typeof spawn;
const pagefind = await import('pagefind');

async function writeBundle({ language, records, outputPath }: PagefindBundleJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord({ ...record, language });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}

async function write(jobs: readonly PagefindBundleJob[]): Promise<void> {
  try {
    for (const job of jobs) await writeBundle(job);
  } finally {
    const exited = services.map((child) =>
      child.exitCode === null && child.signalCode === null ? once(child, 'exit') : undefined,
    );
    await pagefind.close();
    // close() unreferences the process; referenced again, this worker lives until it is reaped.
    for (const child of services) child.ref();
    await Promise.all(exited);
  }
}

await write(workerData as PagefindBundleJob[]);
parentPort?.postMessage('written');

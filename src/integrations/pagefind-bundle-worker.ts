// One Pagefind bundle, written in a worker thread by a Pagefind service of its own: the `pagefind`
// module keeps one service per module instance, and each worker has its own. See pagefind-bundle.ts.
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { PagefindBundleJob } from './pagefind-bundle.ts';

async function write({ language, records, outputPath }: PagefindBundleJob): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    for (const record of records) {
      const added = await index.addCustomRecord({ ...record, language });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

await write(workerData as PagefindBundleJob);
parentPort?.postMessage('written');

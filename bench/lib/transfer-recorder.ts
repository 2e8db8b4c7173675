import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** One response as it would travel from a host that gzips everything (the loopback server does not). */
export interface Transfer {
  url: string;
  /** Playwright's resource type: document, stylesheet, script, font, image, fetch… */
  type: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface TransferRecorder {
  /** Every response since the last `take()`, once all their bodies have been read. */
  take(): Promise<Transfer[]>;
}

async function toTransfer(response: Response): Promise<Transfer> {
  const body = await response.body().catch(() => Buffer.alloc(0));
  return {
    url: response.url(),
    type: response.request().resourceType(),
    rawBytes: body.length,
    gzipBytes: body.length === 0 ? 0 : gzipSync(body).length,
  };
}

/** Records the responses a page receives, measured as gzip-compressed bytes (zlib, default level). */
export function recordTransfers(page: Page): TransferRecorder {
  let pending: Promise<Transfer>[] = [];
  page.on('response', (response) => {
    pending.push(toTransfer(response));
  });
  return {
    async take() {
      const taken = pending;
      pending = [];
      return Promise.all(taken);
    },
  };
}

export function sumGzipBytes(transfers: Transfer[]): number {
  return transfers.reduce((total, transfer) => total + transfer.gzipBytes, 0);
}

import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from '../support/browser-site.ts';
import { distFiles } from '../support/dist-files.ts';

// Reads .htmlvalidate.json, as the html-validate CLI does.
const validator = new HtmlValidate();

function errorsOf(report: Awaited<ReturnType<HtmlValidate['validateString']>>): string[] {
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}

describe('valid HTML: html-validate with the committed config', () => {
  it('still rejects broken markup (the config disables nothing wholesale)', async () => {
    const broken =
      '<!doctype html><html lang="zh-CN"><head><title>x</title></head><body><p><div></p><img src="a.png"></body></html>';
    expect(errorsOf(await validator.validateString(broken, 'broken.html')).length).toBeGreaterThan(1);
  });

  it.each(distFiles('.html'))('%s has zero errors', async (page) => {
    expect(errorsOf(await validator.validateFile(join(DIST_DIR, page)))).toEqual([]);
  });
});

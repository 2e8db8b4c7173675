import type { Page } from 'playwright-core';

/** What the browser did while tests drove a page: every request, CSP violation, console error and dialog. */
export interface VisitRecord {
  requests: string[];
  violations: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/**
 * Starts recording on a fresh page. Violations are reported through an exposed binding from a listener
 * installed before any page script (`securitypolicyviolation`, CSP 3 §5.3), so they survive navigation
 * and the page's own policy cannot block the report.
 */
export async function recordVisit(page: Page): Promise<VisitRecord> {
  const record: VisitRecord = { requests: [], violations: [], consoleErrors: [], dialogs: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('console', (message) => {
    // Chromium probes /favicon.ico on its own; no page asks for it (the site has no icon yet: reading work).
    if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
    record.consoleErrors.push(`${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on('dialog', (dialog) => {
    record.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.exposeFunction('__reportCspViolation', (violation: string) => record.violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (violation: string) => void }).__reportCspViolation;
      report(
        `${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`,
      );
    });
  });
  return record;
}

/** The path of every request `page` makes from now on, in order (filled as the page runs). */
export function requestedPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  return paths;
}

/** Inline event handler attributes (`onclick`…) and `javascript:` URLs in the page's DOM. */
export function inlineCode(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value))
        .map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`),
    ),
  );
}

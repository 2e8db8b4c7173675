import type { Report } from '../schemas/report.ts';

/** A page of the source that text comes from, with its original URL when the scrape recorded one. */
export interface SourcePage {
  number: number;
  url?: string;
}

/** The source pages behind `pageNumbers`, in that order, with the URLs the report record holds. */
export function sourcePagesOf(pageNumbers: number[], reportPages: Report['pages']): SourcePage[] {
  return pageNumbers.map((number) => ({
    number,
    url: reportPages.find((page) => page.number === number)?.url,
  }));
}

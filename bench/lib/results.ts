import type { BuildPhases } from '../../scripts/lib/build-phases.ts';
import type { FirstView } from './first-view.ts';
import type { LighthouseScores } from './lighthouse.ts';
import type { Measured } from './measured.ts';
import type { IndexBudget } from './search-scale.ts';
import type { Summary } from './stats.ts';

/** Search figures of one site on the bench's query set. */
export interface SearchFigures {
  /** Gzip bytes from loading the search code through the first query's shown results. */
  coldBytes: number;
  /** Of the cold bytes, what the first query loaded once the search code was ready: the cost of a query. */
  firstQueryBytes: number;
  /** Median gzip bytes a later query adds. */
  laterQueryBytes: number;
  warmLatency: Summary;
  /** Gzip bytes of each query alone, on a fresh visit with the search code loaded: what the scale target bounds. */
  queryBytes: { q: string; bytes: number }[];
  recall: number;
  precision: number;
}

/** A page type's first view: the home page, a chapter, the print edition, search, the 404 page. */
export interface PageWeight {
  type: string;
  path: string;
  view: FirstView;
}

export interface SiteFigures {
  build: Measured<Summary>;
  chapterFirstView: Measured<FirstView>;
  search: Measured<SearchFigures>;
  lighthouseHome: Measured<LighthouseScores>;
  lighthouseChapter: Measured<LighthouseScores>;
}

/** Our pipeline on a synthetic report `scale`× the real one. */
export interface ScaleFigures {
  scale: number;
  pages: number;
  hanCount: number;
  sourceBytes: number;
  convert: Measured<Summary>;
  /** `npm run build` of the converted synthetic report (REPORT_CONTENT_DIR: the convert step is the row before). */
  build: Measured<Summary>;
  /** The same build with an empty build cache (BUILD_CACHE_DIR): every search index and print font made again. */
  coldBuild: Measured<Summary>;
  /** Starlight's `npm run build` of the same chapters, run in turns with ours. */
  starlightBuild: Measured<Summary>;
  /** Where our build's time went (BUILD_PHASES), medians over the timed runs. */
  phases: Measured<BuildPhases>;
  /** The same for the builds with an empty build cache. */
  coldPhases: Measured<BuildPhases>;
  /** Bytes on disk of the Pagefind index files (meta, chunks, filters, fragments), code and UI left out. */
  indexBytes: Measured<number>;
  /** Our exact search's index on disk: token chunks and meta plus text windows, code left out. */
  exactIndex: Measured<IndexBudget>;
  /** Stock Pagefind's API on the Pagefind index of the same text. */
  search: Measured<SearchFigures>;
  /** Our search (search:eval) on the same site. */
  ourSearch: Measured<SearchFigures>;
}

export interface Throughput {
  inputBytes: number;
  convert: Summary;
  /** Input megabytes (10⁶ bytes) per second at the median time. */
  megabytesPerSecond: number;
}

export interface Machine {
  cpus: number;
  memoryGiB: number;
  node: string;
  chromium: string;
}

export interface BenchResults {
  date: string;
  mode: 'full' | 'smoke';
  machine: Machine;
  runsPerTiming: number;
  warmups: number;
  queryCount: number;
  ours: SiteFigures & {
    /** The 1× build with an empty build cache (BUILD_CACHE_DIR): every search index and print font made again. */
    coldBuild: Measured<Summary>;
    /** Where the 1× build's time went, convert included. */
    phases: Measured<BuildPhases>;
    pageWeights: Measured<PageWeight[]>;
  };
  /** Wall clock of the last whole `npm test` (test-results/timing.json), if one ran. */
  testLoop: Measured<TestLoopTiming>;
  /** Stock Pagefind's JS API on our index: the index alone, without our search layer. */
  oursIndexThroughStockApi: Measured<SearchFigures>;
  starlight: SiteFigures;
  scale: ScaleFigures[];
  throughput: Measured<Throughput>;
}

/** What scripts/test.sh records about its own run. */
export interface TestLoopTiming {
  /** ISO date of the run's end. */
  finished: string;
  seconds: number;
  /** Whether the Debian packages had to be installed first. */
  installedPackages: boolean;
}

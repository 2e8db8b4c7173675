/**
 * npm run bench [-- --smoke | --runs N | --only search]: our site against a Starlight anchor (stock
 * Pagefind), both built at 1×/10×/100×; prints a Markdown table and writes bench/results.json.
 * --smoke: one run per timing, 1× only, each query alone on a fresh visit for the first query only, no Lighthouse or
 * throughput, our report built with an empty cache only and no PDFs; writes bench/results/smoke.json.
 * --runs N: N timed runs per timing instead of 5 (a shorter full run on a busy machine).
 * --only search: each scale built once (no Starlight), then our search beside stock Pagefind; writes
 * bench/results/search.json and the README's search section.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BuildPhases } from '../scripts/lib/build-phases.ts';
import { launchChromium } from '../scripts/lib/chromium.ts';
import { serveStatic } from '../scripts/lib/static-server.ts';
import { measureFirstView } from './lib/first-view.ts';
import { lighthouseCliPath, lighthouseScores, medianScores } from './lib/lighthouse.ts';
import { hasFailure, type Measured, measure } from './lib/measured.ts';
import { measurePagefindSearch } from './lib/pagefind-search.ts';
import { type PdfFigures, pdfFiles, pdfLine } from './lib/pdf-figures.ts';
import { medianPhases } from './lib/phase-medians.ts';
import { replaceResultsSection } from './lib/readme-section.ts';
import type {
  BenchResults,
  PageWeight,
  ScaleFigures,
  SearchFigures,
  TestLoopTiming,
  Throughput,
} from './lib/results.ts';
import { resultsMarkdown } from './lib/results-table.ts';
import { timeCommand } from './lib/run-command.ts';
import { searchAccuracy } from './lib/search-accuracy.ts';
import { runSearchEval } from './lib/search-eval.ts';
import { type BenchQuery, writeQueryFile } from './lib/search-query-sets.ts';
import {
  exactIndexBudget,
  type IndexBudget,
  searchQueryTable,
  searchScaleLines,
  searchScaleTable,
} from './lib/search-scale.ts';
import {
  builtPagePaths,
  installPinned,
  longestChapterPath,
  pagefindIndexBytes,
  writeStarlightDocs,
} from './lib/sites.ts';
import { type Summary, summarize } from './lib/stats.ts';
import { STOCK_INDEX_FOLDER, writeStockIndex } from './lib/stock-index.ts';
import { countHan, readCorpus, syntheticPages } from './lib/synthetic-report.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');
const ANCHOR = join(BENCH, 'anchor');
const SOURCE_PAGE = join(ROOT, 'content', 'source', 'xuehuiba-a25320_4.txt');
const SMOKE = process.argv.includes('--smoke');
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (ONLY !== undefined && ONLY !== 'search') {
  console.error(`bench: --only ${ONLY ?? ''}: only "search" can run alone`);
  process.exit(2);
}
const SEARCH_ONLY = ONLY === 'search';
const runsArgument = process.argv.indexOf('--runs');
const RUNS = SMOKE || SEARCH_ONLY ? 1 : runsArgument === -1 ? 5 : Number(process.argv[runsArgument + 1]);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error('bench: --runs takes a whole number ≥ 1');
const WARMUPS = SMOKE || SEARCH_ONLY ? 0 : 1;
const SCALES = SMOKE ? [1] : [1, 10, 100];
const LIGHTHOUSE_RUNS = 3;
/** Queries measured each alone on a fresh visit (a second or more each): all of them, but 1 in a smoke run. */
const ALONE = SMOKE ? 1 : undefined;
const SEED = 8;
const THROUGHPUT_INPUT_BYTES = 20_000_000;

type Command = [command: string, args: string[], options?: { cwd?: string; env?: Record<string, string> }];

interface Timed {
  timing: Measured<Summary>;
  /** The BUILD_PHASES record of each timed run, for a command whose env names a BUILD_PHASES file. */
  phases: BuildPhases[];
}

/**
 * Times the commands in turns (A, B, A, B…) so that load from elsewhere on the machine falls on
 * both alike; a command that fails is not run again and its figure records why.
 */
async function timeSideBySide(commands: Command[]): Promise<Timed[]> {
  const samples: number[][] = commands.map(() => []);
  const phases: BuildPhases[][] = commands.map(() => []);
  const failures: (string | null)[] = commands.map(() => null);
  for (let run = 0; run < WARMUPS + RUNS; run++) {
    for (const [index, command] of commands.entries()) {
      if (failures[index] !== null) continue;
      const result = await measure(`${command[0]} ${command[1].join(' ')} in ${command[2]?.cwd ?? ROOT}`, () =>
        timeCommand(...command),
      );
      if (!('value' in result)) {
        failures[index] = 'failed' in result ? result.failed : result.skipped;
        continue;
      }
      if (run < WARMUPS) continue;
      samples[index]?.push(result.value);
      const phasesFile = command[2]?.env?.BUILD_PHASES;
      if (phasesFile) phases[index]?.push(JSON.parse(await readFile(phasesFile, 'utf8')) as BuildPhases);
    }
  }
  return commands.map((_, index) => {
    const failure = failures[index];
    const timing: Measured<Summary> =
      failure === null || failure === undefined ? { value: summarize(samples[index] ?? []) } : { failed: failure };
    return { timing, phases: phases[index] ?? [] };
  });
}

/** Median of RUNS timed runs after WARMUPS untimed ones, or why the command failed. */
async function timeRuns(command: Command): Promise<Measured<Summary>> {
  const [timed] = await timeSideBySide([command]);
  return timed?.timing ?? { failed: 'no timing' };
}

/**
 * Our `npm run build` into `outDir`, recording its phases; `contentDir`: an already converted report;
 * `ownCache`: a build cache folder kept between its runs instead of the project's (the synthetic reports'
 * indexes stay out of it); `emptyCache`: a build cache folder emptied before each run, so that every
 * search index and print font is made again (a first build, or one after the text changed).
 */
function ourBuildCommand(
  outDir: string,
  phasesFile: string,
  { contentDir, ownCache, emptyCache }: { contentDir?: string; ownCache?: string; emptyCache?: string } = {},
): Command {
  const env: Record<string, string> = { OUT_DIR: outDir, BUILD_PHASES: phasesFile };
  if (contentDir) env.REPORT_CONTENT_DIR = contentDir;
  if (ownCache !== undefined) env.BUILD_CACHE_DIR = ownCache;
  if (emptyCache === undefined) return ['npm', ['run', '--silent', 'build'], { cwd: ROOT, env }];
  env.BUILD_CACHE_DIR = emptyCache;
  return ['bash', ['-c', 'rm -rf "$BUILD_CACHE_DIR" && exec npm run --silent build'], { cwd: ROOT, env }];
}

/** The anchor's `npm run build` of whatever its src/content/docs holds, into `outDir`. */
function starlightBuildCommand(outDir: string): Command {
  return ['npm', ['run', '--silent', 'build'], { cwd: ANCHOR, env: { OUT_DIR: outDir } }];
}

function phaseFigures(timed: Timed): Measured<BuildPhases> {
  if ('skipped' in timed.timing) return timed.timing;
  if (!('value' in timed.timing)) return skippedAll('build failed');
  return timed.phases.length > 0 ? { value: medianPhases(timed.phases) } : { failed: 'no BUILD_PHASES record' };
}

function skippedAll<T>(reason: string): Measured<T> {
  return { skipped: reason };
}

/** Search figures of a site through stock Pagefind's JS API, with accuracy on the query set. */
async function stockSearch(
  browser: Browser,
  siteDir: string,
  pagePath: string,
  queries: string[],
): Promise<SearchFigures> {
  const server = await serveStatic(siteDir);
  try {
    const paths = await builtPagePaths(siteDir);
    const figures = await measurePagefindSearch(
      browser,
      new URL(pagePath.slice(1), server.url).href,
      paths,
      queries,
      ALONE,
    );
    const accuracy = searchAccuracy(figures.outcomes, figures.pageTexts);
    return {
      coldBytes: figures.coldBytes,
      firstQueryBytes: figures.firstQueryBytes,
      laterQueryBytes: figures.laterQueryBytes.median,
      warmLatency: figures.warmLatency,
      queryBytes: figures.queryBytes,
      recall: accuracy.recall,
      precision: accuracy.precision,
    };
  } finally {
    await server.close();
  }
}

async function firstView(browser: Browser, siteDir: string, pagePath: string) {
  const server = await serveStatic(siteDir);
  try {
    return await measureFirstView(browser, new URL(pagePath.slice(1), server.url).href);
  } finally {
    await server.close();
  }
}

/** The first view of each page type of a built site of ours. */
async function pageWeights(browser: Browser, siteDir: string, chapterPath: string): Promise<PageWeight[]> {
  const types: [type: string, path: string][] = [
    ['home', '/'],
    ['chapter', chapterPath],
    ['print', '/print/'],
    ['search', '/search/'],
    ['404', '/404.html'],
  ];
  const weights: PageWeight[] = [];
  for (const [type, path] of types) weights.push({ type, path, view: await firstView(browser, siteDir, path) });
  return weights;
}

/** The wall clock scripts/test.sh recorded for the last whole `npm test`. */
async function lastTestLoop(): Promise<Measured<TestLoopTiming>> {
  const file = join(ROOT, 'test-results', 'timing.json');
  if (!existsSync(file)) return skippedAll('no npm test run recorded (test-results/timing.json)');
  return { value: JSON.parse(await readFile(file, 'utf8')) as TestLoopTiming };
}

async function lighthouse(siteDir: string, pagePath: string, reportFile: string) {
  const server = await serveStatic(siteDir);
  try {
    const audits = [];
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
      audits.push(
        await lighthouseScores(lighthouseCliPath(BENCH), new URL(pagePath.slice(1), server.url).href, reportFile),
      );
    }
    return medianScores(audits);
  } finally {
    await server.close();
  }
}

/** Writes a synthetic report's source pages into a folder; returns their paths and sizes. */
async function writeSyntheticSource(folder: string, scale: number) {
  const corpus = readCorpus(await readFile(SOURCE_PAGE, 'utf8'));
  const pages = syntheticPages(corpus, { scale, seed: SEED });
  await mkdir(folder, { recursive: true });
  const files = pages.map((_, index) => join(folder, `synthetic-a${SEED}_${index + 1}.txt`));
  await Promise.all(pages.map((page, index) => writeFile(files[index] as string, page)));
  const sourceBytes = pages.reduce((total, page) => total + Buffer.byteLength(page), 0);
  // Han characters of the body: the repeated header and footer of each page left out.
  const frameHan = countHan(corpus.header) + countHan(corpus.footer);
  const hanCount = pages.reduce((total, page) => total + countHan(page) - frameHan, 0);
  return { files, sourceBytes, hanCount, pages: pages.length };
}

/** Our search (its real UI, npm run search:eval) beside stock Pagefind's API on the same built text, at each scale. */
async function searchAtScales(
  browser: Browser,
  scales: readonly BuiltScale[],
  work: string,
  queriesFile: string,
  queries: readonly BenchQuery[],
): Promise<ScaleFigures[]> {
  const stockQueries = queries.filter((query) => query.stock).map((query) => query.q);
  const scaleFigures: ScaleFigures[] = [];
  for (const figures of scales) {
    const siteDir = join(work, `scale-${figures.scale}x`, 'site');
    const search: Measured<SearchFigures> =
      'value' in figures.build
        ? await measure(`search ${figures.scale}×`, async () =>
            stockSearch(
              browser,
              siteDir,
              (await builtPagePaths(siteDir)).find((path) => path !== '/') ?? '/',
              stockQueries,
            ),
          )
        : skippedAll('build failed');
    const ourSearch: Measured<SearchFigures> =
      'value' in figures.build
        ? await measure(`our search ${figures.scale}×`, () =>
            runSearchEval(ROOT, siteDir, queriesFile, join(work, `search-eval-${figures.scale}x.json`), ALONE),
          )
        : skippedAll('build failed');
    scaleFigures.push({ ...figures, search, ourSearch });
  }
  return scaleFigures;
}

function convertCommand(outDir: string, files: string[]): Command {
  return ['npm', ['run', '--silent', 'convert', '--', '--out', outDir, ...files], { cwd: ROOT }];
}

type BuiltScale = Omit<ScaleFigures, 'search' | 'ourSearch'>;

/**
 * Each scale: the synthetic report converted (timed on its own), then our build of it and, given the
 * report's title, Starlight's build of the same chapters, in turns.
 */
async function buildScales(work: string, reportTitle?: string): Promise<BuiltScale[]> {
  const built: BuiltScale[] = [];
  for (const scale of SCALES) {
    const folder = join(work, `scale-${scale}x`);
    const source = await writeSyntheticSource(join(folder, 'source'), scale);
    const contentDir = join(folder, 'content');
    const siteDir = join(folder, 'site');
    const convert = await timeRuns(convertCommand(contentDir, source.files));
    let build: Timed = { timing: skippedAll('convert failed'), phases: [] };
    let coldBuild: Timed = { timing: skippedAll('convert failed'), phases: [] };
    let starlightBuild: Measured<Summary> = skippedAll('convert failed');
    if ('value' in convert) {
      // The real build entry point: with REPORT_CONTENT_DIR it skips convert (timed above). The smoke
      // run leaves out Starlight (its 1× build above already proves the anchor builds) and the empty-cache
      // build (the real report's above takes the same path; in a smoke run the build below starts from an
      // empty cache of its own anyway). The search-only run, which gives no title, leaves out Starlight too.
      const commands = [
        ourBuildCommand(siteDir, join(folder, 'phases.json'), { contentDir, ownCache: join(folder, 'cache') }),
      ];
      if (!SMOKE) {
        commands.push(
          ourBuildCommand(join(folder, 'site-cold'), join(folder, 'phases-cold.json'), {
            contentDir,
            emptyCache: join(folder, 'empty-cache'),
          }),
        );
      }
      if (!SMOKE && reportTitle !== undefined) {
        await writeStarlightDocs(join(contentDir, 'chapters'), join(ANCHOR, 'src', 'content', 'docs'), reportTitle);
        commands.push(starlightBuildCommand(join(folder, 'starlight')));
      }
      const [ours, cold, starlight] = await timeSideBySide(commands);
      if (ours) build = ours;
      coldBuild = cold ?? { timing: skippedAll('smoke run'), phases: [] };
      starlightBuild = starlight?.timing ?? skippedAll(SMOKE ? 'smoke run' : 'search-only run');
    }
    const indexBytes: Measured<number> =
      'value' in build.timing
        ? await measure(`index ${scale}×`, async () => {
            // Stock Pagefind's index of the same text, made here: it is the anchor's cost, not our build's.
            await writeStockIndex(siteDir);
            return pagefindIndexBytes(join(siteDir, STOCK_INDEX_FOLDER));
          })
        : skippedAll('build failed');
    const exactIndex: Measured<IndexBudget> =
      'value' in build.timing
        ? await measure(`exact index ${scale}×`, () => exactIndexBudget(siteDir))
        : skippedAll('build failed');
    built.push({
      scale,
      pages: source.pages,
      hanCount: source.hanCount,
      sourceBytes: source.sourceBytes,
      convert,
      build: build.timing,
      coldBuild: coldBuild.timing,
      starlightBuild,
      phases: phaseFigures(build),
      coldPhases: phaseFigures(coldBuild),
      indexBytes,
      exactIndex,
    });
  }
  return built;
}

async function converterThroughput(work: string): Promise<Measured<Throughput>> {
  const corpus = readCorpus(await readFile(SOURCE_PAGE, 'utf8'));
  const oneTimesBytes = syntheticPages(corpus, { scale: 1, seed: SEED }).reduce(
    (n, page) => n + Buffer.byteLength(page),
    0,
  );
  const source = await writeSyntheticSource(
    join(work, 'throughput', 'source'),
    Math.ceil(THROUGHPUT_INPUT_BYTES / oneTimesBytes),
  );
  const convert = await timeRuns(convertCommand(join(work, 'throughput', 'content'), source.files));
  if (!('value' in convert)) return convert;
  const seconds = convert.value.median / 1000;
  return {
    value: {
      inputBytes: source.sourceBytes,
      convert: convert.value,
      megabytesPerSecond: source.sourceBytes / 1e6 / seconds,
    },
  };
}

function machine(browser: Browser) {
  return {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: `Chromium ${browser.version()}`,
  };
}

async function main(): Promise<BenchResults & { pdf: Measured<PdfFigures> }> {
  const work = await mkdtemp(join(tmpdir(), 'bench-'));
  // Our site is built apart from dist/, which npm test has just filled (PDFs included) and still serves.
  const ourSite = join(work, 'ours');
  const starlightSite = join(work, 'starlight');
  const queriesFile = join(work, 'queries.json');
  const benchQueries = await writeQueryFile(ROOT, queriesFile);
  const queries = benchQueries.filter((query) => query.stock).map((query) => query.q);
  try {
    await installPinned(ANCHOR);
    if (!SMOKE) await installPinned(join(BENCH, 'lighthouse'));

    // Builds first, one at a time and with no browser running: these machines have two cores.
    const report = JSON.parse(await readFile(join(ROOT, 'content', 'report.json'), 'utf8')) as { title: string };
    const chaptersDir = join(ROOT, 'content', 'chapters');
    await writeStarlightDocs(chaptersDir, join(ANCHOR, 'src', 'content', 'docs'), report.title);
    // A smoke run builds our report once, from an empty cache, and measures what that build wrote: npm test's
    // build gate has just run the warm build, and its pdf gate the PDFs, with the same commands.
    const ourColdSite = join(work, 'ours-cold');
    const coldCommand = ourBuildCommand(ourColdSite, join(work, 'phases-cold.json'), {
      emptyCache: join(work, 'empty-cache'),
    });
    const [ourTimed, ourColdTimed, starlightTimed] = (
      SMOKE
        ? [
            { timing: skippedAll("smoke run: npm test's build gate"), phases: [] },
            ...(await timeSideBySide([coldCommand, starlightBuildCommand(starlightSite)])),
          ]
        : await timeSideBySide([
            ourBuildCommand(ourSite, join(work, 'phases.json')),
            coldCommand,
            starlightBuildCommand(starlightSite),
          ])
    ) as [Timed, Timed, Timed];
    const ourBuild = ourTimed.timing;
    const starlightBuild = starlightTimed.timing;
    /** The build whose output the page, search and index figures are measured on. */
    const measured = SMOKE ? { site: ourColdSite, timing: ourColdTimed.timing } : { site: ourSite, timing: ourBuild };
    const pdfRun: Measured<Summary> = SMOKE
      ? skippedAll("smoke run: npm test's pdf gate")
      : 'value' in ourBuild
        ? await timeRuns(['npm', ['run', '--silent', 'pdf'], { cwd: ROOT, env: { OUT_DIR: ourSite } }])
        : skippedAll('our build failed');
    const pdf: Measured<PdfFigures> =
      'value' in pdfRun
        ? await measure('PDF sizes', async () => ({ run: pdfRun.value, files: await pdfFiles(ourSite) }))
        : pdfRun;
    const scales = await buildScales(work, report.title);
    const throughput: Measured<Throughput> = SMOKE ? skippedAll('smoke run') : await converterThroughput(work);

    const chapterPath = await longestChapterPath(chaptersDir);
    const oursBuilt = 'value' in measured.timing;
    const starlightBuilt = 'value' in starlightBuild;
    const ours =
      (label: string) =>
      <T>(run: () => Promise<T>) =>
        oursBuilt ? measure(label, run) : Promise.resolve(skippedAll<T>('our build failed'));
    const starlight =
      (label: string) =>
      <T>(run: () => Promise<T>) =>
        starlightBuilt ? measure(label, run) : Promise.resolve(skippedAll<T>('Starlight build failed'));

    const browser = await launchChromium();
    let results: BenchResults;
    try {
      const oursSearch: Measured<SearchFigures> = await ours('our search (search:eval)')(() =>
        runSearchEval(ROOT, measured.site, queriesFile, join(work, 'search-eval.json'), ALONE),
      );
      const scaleFigures = await searchAtScales(browser, scales, work, queriesFile, benchQueries);
      results = {
        date: new Date().toISOString(),
        mode: SMOKE ? 'smoke' : 'full',
        machine: machine(browser),
        runsPerTiming: RUNS,
        warmups: WARMUPS,
        queryCount: queries.length,
        ours: {
          build: ourBuild,
          coldBuild: ourColdTimed.timing,
          phases: phaseFigures(ourTimed),
          chapterFirstView: await ours('our first view')(() => firstView(browser, measured.site, chapterPath)),
          pageWeights: await ours('our page weights')(() => pageWeights(browser, measured.site, chapterPath)),
          search: oursSearch,
          lighthouseHome: skippedAll('smoke run'),
          lighthouseChapter: skippedAll('smoke run'),
        },
        oursIndexThroughStockApi: await ours('our index via stock API')(async () => {
          await writeStockIndex(measured.site);
          return stockSearch(browser, measured.site, chapterPath, queries);
        }),
        starlight: {
          build: starlightBuild,
          chapterFirstView: await starlight('Starlight first view')(() =>
            firstView(browser, starlightSite, chapterPath),
          ),
          search: await starlight('Starlight search')(() => stockSearch(browser, starlightSite, chapterPath, queries)),
          lighthouseHome: skippedAll('smoke run'),
          lighthouseChapter: skippedAll('smoke run'),
        },
        scale: scaleFigures,
        throughput,
        testLoop: await lastTestLoop(),
      };
    } finally {
      await browser.close();
    }

    // Lighthouse starts its own Chromium: only once ours is closed.
    if (!SMOKE) {
      const audit = (site: string, path: string, name: string) => () =>
        lighthouse(site, path, join(work, `${name}.json`));
      results.ours.lighthouseHome = await ours('Lighthouse ours home')(audit(ourSite, '/', 'lh-ours-home'));
      results.ours.lighthouseChapter = await ours('Lighthouse ours chapter')(
        audit(ourSite, chapterPath, 'lh-ours-chapter'),
      );
      results.starlight.lighthouseHome = await starlight('Lighthouse Starlight home')(
        audit(starlightSite, '/', 'lh-starlight-home'),
      );
      results.starlight.lighthouseChapter = await starlight('Lighthouse Starlight chapter')(
        audit(starlightSite, chapterPath, 'lh-starlight-chapter'),
      );
    }
    return { ...results, pdf };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** `--only search`: each scale built once, our search beside stock Pagefind; the README's search section. */
async function searchOnly(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'bench-search-'));
  try {
    const queriesFile = join(work, 'queries.json');
    const queries = await writeQueryFile(ROOT, queriesFile);
    const scales = await buildScales(work);
    const browser = await launchChromium();
    let figures: ScaleFigures[];
    try {
      figures = await searchAtScales(browser, scales, work, queriesFile, queries);
    } finally {
      await browser.close();
    }
    const setOf = (q: string) => queries.find((query) => query.q === q)?.set ?? '';
    const markdown = [
      `Search only (\`npm run bench -- --only search\`), ${new Date().toISOString().slice(0, 10)}, ${queries.length} queries, each scale built once.`,
      searchScaleTable(figures),
      searchScaleLines(figures),
      searchQueryTable(figures, setOf),
    ].join('\n\n');
    console.log(markdown);
    await mkdir(join(BENCH, 'results'), { recursive: true });
    await writeFile(join(BENCH, 'results', 'search.json'), `${JSON.stringify(figures, null, 2)}\n`);
    const readmePath = join(BENCH, 'README.md');
    await writeFile(readmePath, replaceResultsSection(await readFile(readmePath, 'utf8'), markdown, 'search'));
    if (figures.some((scale) => !('value' in scale.search) || !('value' in scale.ourSearch))) process.exitCode = 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (SEARCH_ONLY) {
  await searchOnly();
  process.exit();
}
const results = await main();
const markdown = `${resultsMarkdown(results)}\n\n${pdfLine(results.pdf)}`;
console.log(markdown);
if (SMOKE) {
  await mkdir(join(BENCH, 'results'), { recursive: true });
  await writeFile(join(BENCH, 'results', 'smoke.json'), `${JSON.stringify(results, null, 2)}\n`);
} else {
  await writeFile(join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const readmePath = join(BENCH, 'README.md');
  if (existsSync(readmePath)) {
    await writeFile(readmePath, replaceResultsSection(await readFile(readmePath, 'utf8'), markdown));
  }
}
if (hasFailure(results)) {
  console.error('bench: some figures failed (see "not measured: failed" cells above)');
  process.exitCode = 1;
}

import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ConvertedFiles, convertReport, type Editorial } from './convert.ts';
import { parseCorrections } from './corrections.ts';
import { ConversionError, type Diagnostic, formatDiagnostic } from './diagnostics.ts';
import { diffOutput } from './diff-output.ts';
import { listPages, outputFolderProblems, readOptionalText, readPageFiles } from './input-files.ts';
import { parseSourceUrls } from './source-urls.ts';

const usage = `usage: npm run convert -- [--out DIR] [--check] [FILE...]

Converts scraped report pages into DIR/chapters/*.mdx and DIR/report.json.
  FILE...     page files of one report, in any order (default: content/source/*.txt)
  --out DIR   output folder (default: content)
  --check     write nothing; exit 3 listing differences when DIR is not what the converter makes now

exit codes: 0 done; 1 bad input (a page or editorial file that cannot be converted, or output
that cannot be written); 2 usage error (an unknown option; a FILE that is missing, not a regular
file, unreadable or named twice; a DIR that is not a folder or lies among the inputs);
3 --check found differences`;

const defaultSourceDir = 'content/source';

/**
 * Editorial inputs beside the pages: `sources.json` (file name → page URL recorded at scrape
 * time) and `corrections.json` (evident typos, annotated, never changed in the text).
 */
interface EditorialFiles {
  sourcesFile: string;
  sourcesJson: string | undefined;
  correctionsFile: string;
  correctionsJson: string | undefined;
}

function readEditorial(files: readonly string[]): EditorialFiles {
  const [dir = defaultSourceDir] = [...new Set(files.map((file) => dirname(file)))];
  const sourcesFile = join(dir, 'sources.json');
  const correctionsFile = join(dir, 'corrections.json');
  return {
    sourcesFile,
    sourcesJson: readOptionalText(sourcesFile),
    correctionsFile,
    correctionsJson: readOptionalText(correctionsFile),
  };
}

function parseEditorial({ sourcesFile, sourcesJson, correctionsFile, correctionsJson }: EditorialFiles): Editorial {
  return {
    sourceUrls: sourcesJson === undefined ? {} : parseSourceUrls(sourcesJson, sourcesFile),
    corrections: correctionsJson === undefined ? [] : parseCorrections(correctionsJson, correctionsFile),
    correctionsFile,
  };
}

function readOutput(outDir: string): ConvertedFiles {
  const files: ConvertedFiles = new Map();
  const report = join(outDir, 'report.json');
  if (existsSync(report)) files.set('report.json', readFileSync(report, 'utf8'));
  const chapters = join(outDir, 'chapters');
  if (existsSync(chapters)) {
    for (const name of readdirSync(chapters).filter((file) => file.endsWith('.mdx'))) {
      files.set(`chapters/${name}`, readFileSync(join(chapters, name), 'utf8'));
    }
  }
  return files;
}

/**
 * Writes everything into a fresh folder first, then swaps it in: a failure leaves the old
 * chapters whole, never a half-written mix.
 */
function writeOutput(outDir: string, files: ConvertedFiles): void {
  mkdirSync(outDir, { recursive: true });
  const staging = join(outDir, `.convert-staging-${process.pid}`);
  const retired = join(outDir, `.convert-retired-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(join(staging, 'chapters'), { recursive: true });
  for (const [path, content] of files) writeFileSync(join(staging, path), content);
  const chapters = join(outDir, 'chapters');
  if (existsSync(chapters)) renameSync(chapters, retired);
  renameSync(join(staging, 'chapters'), chapters);
  renameSync(join(staging, 'report.json'), join(outDir, 'report.json'));
  rmSync(staging, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
}

/** Prints each problem on its own line, then that nothing was written; returns the exit code. */
function refuse(diagnostics: readonly Diagnostic[], code: number): number {
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
  console.error(`convert: nothing written (${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'})`);
  return code;
}

/** Runs a step; a ConversionError it throws becomes its diagnostics, anything else is a bug and propagates. */
function attempt<T>(step: () => T): { value: T } | { problems: Diagnostic[] } {
  try {
    return { value: step() };
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    return { problems: error.diagnostics };
  }
}

function main(argv: string[]): number {
  let options: { values: { out?: string; check?: boolean; help?: boolean }; positionals: string[] };
  try {
    options = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (options.values.help) {
    console.log(usage);
    return 0;
  }
  const outOption = options.values.out ?? 'content';
  const inputs = attempt(() => {
    const files = options.positionals.length > 0 ? options.positionals : listPages(defaultSourceDir);
    const outProblems = outputFolderProblems(outOption, files);
    if (outProblems.length > 0) throw new ConversionError(outProblems);
    return { pages: readPageFiles(files), editorial: readEditorial(files) };
  });
  if ('problems' in inputs) return refuse(inputs.problems, 2);
  const { pages, editorial } = inputs.value;
  const conversion = attempt(() => convertReport(pages, parseEditorial(editorial)));
  if ('problems' in conversion) return refuse(conversion.problems, 1);
  const converted = conversion.value;
  const outDir = resolve(outOption);
  if (options.values.check) {
    const differences = diffOutput(readOutput(outDir), converted);
    if (differences.length === 0) {
      console.log(`convert --check: ${basename(outDir)}/ is up to date (${converted.size} files)`);
      return 0;
    }
    for (const difference of differences) console.error(difference);
    console.error(
      `convert --check: ${differences.length} file(s) differ from the converter's output; run npm run convert`,
    );
    return 3;
  }
  try {
    writeOutput(outDir, converted);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return refuse(
      [{ file: outOption, line: 0, rule: 'unwritable-out', message: `cannot be written: ${code ?? message}` }],
      1,
    );
  }
  console.log(`convert: wrote ${converted.size} files to ${outDir} from ${pages.length} page(s)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

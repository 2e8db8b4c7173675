import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type ConvertedFiles, convertReport, type Editorial } from './convert.ts';
import { parseCorrections } from './corrections.ts';
import { ConversionError, formatDiagnostic } from './diagnostics.ts';
import { diffOutput } from './diff-output.ts';

const usage = `usage: npm run convert -- [--out DIR] [--check] [FILE...]

Converts scraped report pages into DIR/chapters/*.mdx and DIR/report.json.
  FILE...     page files of one report, in any order (default: content/source/*.txt)
  --out DIR   output folder (default: content)
  --check     write nothing; exit 3 listing differences when DIR is not what the converter makes now

exit codes: 0 done, 1 bad input, 2 usage error, 3 --check found differences`;

const defaultSourceDir = 'content/source';

function defaultSources(): string[] {
  return readdirSync(defaultSourceDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(defaultSourceDir, name));
}

/**
 * Editorial inputs beside the pages: `sources.json` (file name → page URL recorded at scrape
 * time) and `corrections.json` (evident typos, annotated, never changed in the text).
 */
function readEditorial(files: string[]): Editorial {
  const [dir = defaultSourceDir] = [...new Set(files.map((file) => dirname(file)))];
  const urlsPath = join(dir, 'sources.json');
  const correctionsFile = join(dir, 'corrections.json');
  return {
    sourceUrls: existsSync(urlsPath) ? JSON.parse(readFileSync(urlsPath, 'utf8')) : {},
    corrections: existsSync(correctionsFile)
      ? parseCorrections(readFileSync(correctionsFile, 'utf8'), correctionsFile)
      : [],
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
  const outDir = resolve(options.values.out ?? 'content');
  const files = options.positionals.length > 0 ? options.positionals : defaultSources();
  const unreadable = files.find((file) => !existsSync(file));
  if (unreadable) {
    console.error(`${unreadable}:0: no such file [no-such-file]\n\n${usage}`);
    return 2;
  }
  let converted: ConvertedFiles;
  try {
    converted = convertReport(
      files.map((file) => ({ file, bytes: readFileSync(file) })),
      readEditorial(files),
    );
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    for (const diagnostic of error.diagnostics) console.error(formatDiagnostic(diagnostic));
    console.error(
      `convert: nothing written (${error.diagnostics.length} problem${error.diagnostics.length === 1 ? '' : 's'})`,
    );
    return 1;
  }
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
  writeOutput(outDir, converted);
  console.log(`convert: wrote ${converted.size} files to ${outDir} from ${files.length} page(s)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

import type { AstroIntegration } from 'astro';

/** Where a build's wall-clock time went, in milliseconds: what `npm run bench` prints. */
export interface BuildPhases {
  /** The converter, content/source → content/ (0 when REPORT_CONTENT_DIR skips it); runs while Astro starts. */
  convert: number;
  /** From the process start: Node and Astro loading, the converter awaited, the config resolved. */
  startup: number;
  /** Astro's content-layer sync and type generation (with the Vite server it starts for them). */
  contentSync: number;
  /** Vite bundling the pages and the client scripts. */
  bundle: number;
  /** Rendering every page to HTML. */
  render: number;
  /** Each integration's `astro:build:done` pass by name (sitemap, CSP, Pagefind). */
  postBuild: Record<string, number>;
  total: number;
}

export type PhaseMarks = Partial<Record<'configDone' | 'buildStart' | 'generated', number>>;

type BuildDoneHook = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/**
 * Marks the hook boundaries of one Astro build (times from `performance.now()`, so from process
 * start) and times every integration's `astro:build:done` pass by wrapping it. Only for
 * BUILD_PHASES runs: the build's output is the same with it or without it.
 */
export function phaseMarks(marks: PhaseMarks, postBuild: Record<string, number>): AstroIntegration {
  return {
    name: 'report:build-phases',
    hooks: {
      'astro:config:setup': ({ config }) => {
        for (const integration of config.integrations) {
          const done: BuildDoneHook | undefined = integration.hooks['astro:build:done'];
          if (!done) continue;
          integration.hooks['astro:build:done'] = async (options) => {
            const start = performance.now();
            await done(options);
            postBuild[integration.name] = performance.now() - start;
          };
        }
      },
      'astro:config:done': () => {
        marks.configDone = performance.now();
      },
      'astro:build:start': () => {
        marks.buildStart = performance.now();
      },
      'astro:build:generated': () => {
        marks.generated = performance.now();
      },
    },
  };
}

/** Astro's own timer (ASTRO_TIMER_PATH): the page-rendering part of its build, in milliseconds. */
export interface AstroTimerStats {
  'Static generate'?: { elapsedTime: number };
}

/** The phases from the marks, Astro's timer and the converter's time; `end` is when the build finished. */
export function buildPhases(
  convert: number,
  marks: PhaseMarks,
  astroStats: AstroTimerStats,
  postBuild: Record<string, number>,
  end: number,
): BuildPhases {
  const configDone = marks.configDone ?? 0;
  const buildStart = marks.buildStart ?? configDone;
  const generated = marks.generated ?? buildStart;
  const render = astroStats['Static generate']?.elapsedTime ?? 0;
  return {
    convert,
    startup: configDone,
    contentSync: buildStart - configDone,
    bundle: generated - buildStart - render,
    render,
    postBuild,
    total: end,
  };
}

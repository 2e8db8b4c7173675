import { existsSync } from 'node:fs';

/**
 * The second site variant scripts/test.sh builds once (gate build-base) for every test file that needs it:
 * `BASE_PATH=/report/ SITE_URL=https://report.example OUT_DIR=dist-base npm run build`.
 */
export const BASE_DIST = process.env.BASE_DIST_DIR ?? 'dist-base';
export const BASE_PATH = '/report/';
export const BASE_SITE_URL = 'https://report.example';

/** Throws, saying how to make it, when the base-path build is missing. */
export function requireBaseBuild(): void {
  if (!existsSync(BASE_DIST)) {
    throw new Error(
      `${BASE_DIST}/ missing: run BASE_PATH=${BASE_PATH} SITE_URL=${BASE_SITE_URL} OUT_DIR=${BASE_DIST} npm run build`,
    );
  }
}

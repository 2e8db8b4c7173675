import packageJson from '../../package.json' with { type: 'json' };

/** The site's version, as package.json states it. */
export const SITE_VERSION: string = packageJson.version;

/**
 * The build date as `YYYY-MM-DD` (UTC). `SOURCE_DATE_EPOCH` (reproducible-builds.org) pins it, so a
 * rebuild of the same sources gives the same files.
 */
export function buildDate(sourceDateEpoch = process.env.SOURCE_DATE_EPOCH, now = new Date()): string {
  const date = sourceDateEpoch ? new Date(Number(sourceDateEpoch) * 1000) : now;
  return date.toISOString().slice(0, 10);
}

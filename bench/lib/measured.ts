/** A figure, or why it is missing: skipped on purpose, or failed while measuring. */
export type Measured<T> = { value: T } | { skipped: string } | { failed: string };

/** Runs one measurement; an error becomes a `failed` figure so the rest of the bench goes on. */
export async function measure<T>(label: string, run: () => Promise<T>): Promise<Measured<T>> {
  try {
    return { value: await run() };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`bench: ${label} failed: ${reason}`);
    return { failed: reason.split('\n')[0] ?? reason };
  }
}

export function measuredValue<T>(measured: Measured<T>): T | null {
  return 'value' in measured ? measured.value : null;
}

/** The table cell for a figure: its formatted value, or "not measured: why". */
export function cell<T>(measured: Measured<T>, format: (value: T) => string): string {
  if ('value' in measured) return format(measured.value);
  return `not measured: ${'skipped' in measured ? measured.skipped : `failed (${measured.failed})`}`;
}

/** Whether any figure in a results tree failed (skipped ones do not count). */
export function hasFailure(tree: unknown): boolean {
  if (tree === null || typeof tree !== 'object') return false;
  if ('failed' in tree) return true;
  return Object.values(tree).some(hasFailure);
}

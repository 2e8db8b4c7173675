/** Where the reader's theme choice is kept: ReaderScript's inline script reads it, reader-actions.ts writes it. */
export const THEME_STORAGE_KEY = 'theme';

/** The folder of the built site that holds every search index (token bundles, text windows, pinyin), relative to its base. */
export const SEARCH_INDEX_FOLDER = 'search-index/';

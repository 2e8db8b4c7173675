/** One searchable section of a chapter page: a heading with an `id` and the blocks up to the next one. */
export interface Section {
  /** Page URL plus `#id` of the section's heading (`/s2/#s2-3`). */
  url: string;
  /** The chapter's `<h1>` text, used to group results. */
  chapter: string;
  /** Numbered title path shown with a result (`（二） › 3、从方法和节奏角度…`). */
  path: string;
  /** Heading and block texts, one block a line (`BLOCK_BREAK`), as the page shows them. */
  text: string;
  /** Reading order of the section in the whole site, from 0. */
  position: number;
}

// Pinyin and other input methods compose a word from Latin keystrokes (`qunzhong` → 群众). Until the reader
// commits it, the field holds neither their query nor keys meant for the page.

/**
 * Whether a keydown belongs to an input method: Enter, Escape and the arrows pick, cancel or commit a
 * candidate. keyCode 229 covers WebKit, which sends the committing Enter after `compositionend`
 * (https://developer.mozilla.org/en-US/docs/Web/API/Element/keydown_event#keydown_events_with_ime).
 */
export function isInputMethodKey(event: KeyboardEvent): boolean {
  return event.isComposing || event.keyCode === 229;
}

/**
 * Calls `onQuery` with the field's text each time the reader changes it: on every keystroke without an
 * input method, once per committed composition with one.
 */
export function watchQuery(input: HTMLInputElement, onQuery: (query: string) => void): void {
  // Gecko follows `compositionend` with an `input` event for the same text: that one is an echo.
  let committed: string | undefined;
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).isComposing) return;
    const echo = input.value === committed;
    committed = undefined;
    if (!echo) onQuery(input.value);
  });
  input.addEventListener('compositionend', () => {
    committed = input.value;
    onQuery(input.value);
  });
}

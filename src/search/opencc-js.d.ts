// opencc-js ships types for its presets only; these are its per-locale dictionary modules (dist/esm-lib).
declare module 'opencc-js/from/tw' {
  const dictGroups: import('opencc-js/core').DictGroup[];
  export default dictGroups;
}
declare module 'opencc-js/to/cn' {
  const dictGroups: import('opencc-js/core').DictGroup[];
  export default dictGroups;
}
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}

import { ConverterFactory } from 'opencc-js/core';
import fromTraditional from 'opencc-js/from/tw';
import toSimplified from 'opencc-js/to/cn';

/** OpenCC traditional (Taiwan forms included) → mainland simplified; imported lazily, it is the heavy part. */
export const twToCn = ConverterFactory(fromTraditional, toSimplified);

// Writes src/search/traditional-chars.ts: the compact set that decides whether a query needs OpenCC.
import { writeFileSync } from 'node:fs';
import { twToCn } from '../src/search/opencc-tw-to-cn.ts';
import { changedChars, openccTraditionalKeys, traditionalCharsModule } from './lib/traditional-chars.ts';

writeFileSync('src/search/traditional-chars.ts', traditionalCharsModule(changedChars(openccTraditionalKeys(), twToCn)));

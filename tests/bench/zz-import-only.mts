import { readFileSync } from 'node:fs';
import { benchImport } from './import-bench';
const real = JSON.parse(readFileSync(new URL('../../data/catalogue.json', import.meta.url), 'utf8'));
const f = await benchImport(real, 3);
console.log(JSON.stringify({ ...f, ratio: f.rows50kMs / f.papaBaselineMs }));

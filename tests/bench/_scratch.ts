import { serialize, deserialize } from 'node:v8';
import { readFileSync } from 'node:fs';
import { syntheticUserData } from './user-data-fixture';
import { userDataSchema } from '../../shared/model/user-data';
const catalogue = JSON.parse(readFileSync('data/catalogue.json','utf8'));
const d = syntheticUserData({members:1000, completions:100000, catalogue});
const text = JSON.stringify(d);
for (let r=0;r<3;r++){
let t=performance.now(); const p = JSON.parse(text); const parse=performance.now()-t;
t=performance.now(); const s = serialize(p); const ser=performance.now()-t;
t=performance.now(); deserialize(s); const de=performance.now()-t;
t=performance.now(); userDataSchema.safeParse(p); const val=performance.now()-t;
t=performance.now(); for (const c of p.completions) JSON.stringify(c); const str=performance.now()-t;
console.log({bytes:text.length, parse, ser, de, val, str});
}

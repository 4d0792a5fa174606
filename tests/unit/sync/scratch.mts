import { openReplica } from '/work/wt/19/main/services/sync/replica';
import { randomBytes } from 'node:crypto';
import { execSync } from 'node:child_process';
const key = randomBytes(32);
const db = openReplica('/tmp/t19rep', key);
await db.put({ _id: 'member:m1', type: 'member', record: { name: 'Zyxwvut Quokkaname' }, updatedAt: 'x', updatedBy: 'y' });
console.log(await db.get('member:m1'));
console.log((await db.allDocs({include_docs:true})).rows.length, (await db.changes({since:0, include_docs: true})).results.length);
await db.close();
const db2 = openReplica('/tmp/t19rep', key);
console.log((await db2.get('member:m1')).record);
await db2.close();
try { execSync('grep -rl Quokkaname /tmp/t19rep'); console.log('LEAK'); } catch { console.log('no plaintext'); }
const db3 = openReplica('/tmp/t19rep', randomBytes(32));
try { await db3.get('member:m1'); } catch (e) { console.log('wrong key:', (e as Error).message); }

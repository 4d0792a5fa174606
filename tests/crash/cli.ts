// `npm run test:crash -- --rounds 500`: the long run of the crash test.
import { runCrashRounds } from './crash-rounds';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const rounds = arg('rounds', 500);
const seed = arg('seed', Date.now() % 100000);
console.log(`crash test: ${rounds} rounds, seed ${seed}`);
const report = await runCrashRounds({ rounds, seed, log: (line) => console.log(line) });
if (report.failures.length > 0) {
  console.error(report.failures.join('\n'));
  process.exit(1);
}
console.log(`${report.rounds} rounds, ${report.acknowledged} acknowledged writes, all present after every SIGKILL.`);

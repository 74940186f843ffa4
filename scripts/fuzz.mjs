// npm run fuzz: the fuzz suite (test/fuzz) with a large budget and a random seed, printed so a
// failure can be replayed: HUIYI_FUZZ_SEED=<seed> npm run fuzz (HUIYI_FUZZ_RUNS sets the budget).
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = process.env.HUIYI_FUZZ_SEED ?? String(randomInt(2 ** 31));
const runs = process.env.HUIYI_FUZZ_RUNS ?? '50000';
console.log(`fuzz: ${runs} cases, seed ${seed} (replay: HUIYI_FUZZ_SEED=${seed} HUIYI_FUZZ_RUNS=${runs} npm run fuzz)`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', 'test/fuzz'], {
  stdio: 'inherit',
  env: { ...process.env, HUIYI_FUZZ_SEED: seed, HUIYI_FUZZ_RUNS: runs },
});
console.log(`fuzz: seed ${seed}`);
process.exit(result.status ?? 1);

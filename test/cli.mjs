// The command line as the Node tests run it (test/ssr/, test/sheet/): `pm-ladder …args` in a
// process of its own, as a user would, after `npm run build`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const cli = fileURLToPath(new URL('../bin/pm-ladder.mjs', import.meta.url));

/** Runs `pm-ladder …args`, with `input` on standard input. */
export function run(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8' });
  return { status, stdout, stderr };
}

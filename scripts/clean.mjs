// Empties dist/ before a build, so that no file of an earlier build (a module since removed)
// ships in the package.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

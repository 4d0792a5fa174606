import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `npm test` builds first; a bare `npx playwright test` on a fresh clone builds the renderer here. */
export default function globalSetup(): void {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  if (!existsSync(join(root, 'out', 'renderer', 'index.html'))) {
    execSync('npm run build:renderer', { cwd: root, stdio: 'inherit' });
  }
}

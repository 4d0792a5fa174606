import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCatalogueService } from '../../../main/services/catalogue-service';
import { firstScreenKey, firstScreenTemplates } from '../../../scripts/first-screen-templates';
import { renderFirstScreen } from '../../../renderer/first-screen/render-first-screen';
import type { Catalogue } from '../../../shared/catalogue/schema';
import { FIRST_SCREENS } from '../../../shared/first-screen';
import { makeSigner, writeCatalogueFile, type TestSigner } from '../../support/catalogue-signing';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUNDLED = join(ROOT, 'data', 'catalogue.json');
const BUILT_INDEX = join(ROOT, 'out', 'renderer', 'index.html');
const [startScreen, catalogueScreen] = FIRST_SCREENS;

/*
 * The pre-rendered first screen (shared/first-screen.ts). That a client render's first frame is
 * this markup, and that hydration reports nothing, is checked in a browser:
 * tests/e2e/first-screen.spec.ts.
 */
describe('the pre-rendered first screen in the built index.html', () => {
  it('is what the build renders today from data/catalogue.json: never stale after a catalogue or screen change', () => {
    if (!existsSync(BUILT_INDEX)) throw new Error(`${BUILT_INDEX} is missing: run npm run build:renderer first`);
    const built = readFileSync(BUILT_INDEX, 'utf8');
    const fresh = firstScreenTemplates(readFileSync(BUNDLED));
    expect(built).toContain(fresh);
    expect(built.match(/<template id="first-screen-/g)).toHaveLength(4);
  });

  it('holds the Catalogue with no query: every tab total, the count and the first rows in the default order', () => {
    const catalogue = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Catalogue;
    const html = renderFirstScreen(catalogue, catalogueScreen, { mac: false });
    expect(html).toContain(`${catalogue.trainings.length}<!-- --> <!-- -->results`);
    expect(html).toContain(`Providers<!-- --> <span class="segmented__count">${catalogue.providers.length}</span>`);
    const first = [...catalogue.trainings].sort((a, b) => a.title.localeCompare(b.title, 'en'))[0]!;
    expect(html).toContain(`href="#/catalogue/training/${first.id}"`);
    // The fixed first-frame height (1440 px) at 104 px a row: 14 rows.
    expect(html.match(/<li data-index=/g)).toHaveLength(14);
    expect(html).not.toContain('Loading the catalogue');
    expect(renderFirstScreen(catalogue, catalogueScreen, { mac: true })).toContain('title="Catalogue (⌘2)"');
    expect(html).toContain('title="Catalogue (Ctrl+2)"');
  });

  it('holds the Start screen: the trainings and providers counts, every program tile and the catalogue version', () => {
    const catalogue = JSON.parse(readFileSync(BUNDLED, 'utf8')) as Catalogue;
    const html = renderFirstScreen(catalogue, startScreen, { mac: false });
    expect(html).toContain('Who are you planning for?');
    expect(html).toContain(`${catalogue.trainings.length}<!-- --> trainings from<!-- --> <!-- -->${catalogue.providers.length}`);
    for (const family of catalogue.families) expect(html).toContain(`href="#/catalogue?family=${encodeURIComponent(family.id)}"`);
    expect(html).toContain(`Catalogue <!-- -->${catalogue.meta.version}`);
    expect(html).toContain('aria-current="page" class="active" href="#/"');
  });

  it('changes with the catalogue: a renamed training changes the markup and the key', () => {
    const bytes = readFileSync(BUNDLED);
    const catalogue = JSON.parse(bytes.toString('utf8')) as Catalogue;
    const renamed = { ...catalogue, trainings: catalogue.trainings.map((t, i) => (i === 0 ? { ...t, title: `Aaa ${t.title}` } : t)) };
    const renamedBytes = Buffer.from(JSON.stringify(renamed));
    expect(firstScreenTemplates(renamedBytes)).not.toEqual(firstScreenTemplates(bytes));
    expect(firstScreenKey(renamedBytes)).not.toEqual(firstScreenKey(bytes));
  });
});

describe('the key the main side puts in the URL', () => {
  let dir: string;
  let project: TestSigner;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tta-first-screen-'));
    project = await makeSigner(dir, 'Test project');
  });
  afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

  it("is the template's key while the bundled catalogue is in use, and none once an imported one is", async () => {
    const service = await loadCatalogueService({ bundledPath: BUNDLED, dir, projectKeys: [project.key] });
    const bytes = await readFile(BUNDLED);
    expect(service.firstScreenKey()).toBe(firstScreenKey(bytes));
    const bundled = JSON.parse(bytes.toString('utf8')) as Catalogue;
    const newer = { ...bundled, meta: { ...bundled.meta, version: '99.0.0', date: '2099-01-01' } };
    const review = await service.reviewFile(await writeCatalogueFile(dir, 'new.json', newer, project), []);
    await service.confirmImport(review.reviewId, []);
    expect(service.firstScreenKey()).toBeNull();
    await service.revertToBundled();
    expect(service.firstScreenKey()).toBe(firstScreenKey(bytes));
  });
});

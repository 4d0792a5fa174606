import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const require = createRequire(import.meta.url);

type Config = Record<string, unknown> & {
  files: string[];
  directories: { output: string; buildResources: string };
  electronFuses: Record<string, boolean>;
  win: { icon: string; target: { target: string }[] };
  mac: { icon: string; category: string; target: { target: string }[] };
  linux: { icon: string; category: string; maintainer: string; target: string[] };
};

function loadConfig(): Config {
  return yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;
}

const packageJson = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  main: string;
  dependencies?: Record<string, string>;
  scripts: Record<string, string>;
};

/**
 * electron-builder's own schema and validator settings (app-builder-lib's schemaValidator),
 * except that types are not coerced: a value must already have the type the schema asks for.
 */
function electronBuilderValidator(): ValidateFunction {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  return new Ajv({ allErrors: true, strict: false }).compile(schema);
}
const validate = electronBuilderValidator();

function errorsOf(config: unknown): string[] {
  return validate(structuredClone(config)) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** electron-builder's FileMatcher: the code that decides what the "files" list packs. Internal, hence the typed require. */
interface FileMatcherClass {
  new (from: string, to: string, expand: (s: string) => string, patterns: string[]): {
    createFilter(): (file: string, stat: { isDirectory(): boolean }) => boolean;
  };
}
const { FileMatcher } = require('app-builder-lib/out/fileMatcher') as { FileMatcher: FileMatcherClass };

function isPacked(patterns: string[], relativeFile: string): boolean {
  const filter = new FileMatcher(ROOT, '/app', (s) => s, patterns).createFilter();
  return filter(path.join(ROOT, relativeFile), { isDirectory: () => false });
}

describe('electron-builder.yml', () => {
  const config = loadConfig();

  it("is valid against electron-builder's JSON schema", () => {
    expect(errorsOf(config)).toEqual([]);
  });

  it('fails validation when broken (so the test above can fail)', () => {
    expect(errorsOf({ ...config, appid: 'typo-of-appId' }).join('\n')).toMatch(/additional properties/);
    expect(errorsOf({ ...config, asar: 'yes' }).join('\n')).toMatch(/\/asar/);
    expect(errorsOf({ ...config, electronFuses: { ...config.electronFuses, runAsNode: 'off' } }).join('\n')).toMatch(/electronFuses\/runAsNode/);
    expect(errorsOf({ ...config, linux: { ...config.linux, target: [{ target: 42 }] } })).not.toEqual([]);
    expect(errorsOf({ ...config, nsis: { oneClik: false } }).join('\n')).toMatch(/additional properties/);
  });

  it('names the product and an application id', () => {
    expect(config.appId).toBe('org.ttanavigator.app');
    expect(config.productName).toBe('TTA Navigator');
  });

  it('sets every Electron fuse the security checklist asks for', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('never publishes anywhere', () => {
    expect(config.publish).toBeNull();
    for (const name of ['dist', 'dist:linux', 'dist:win', 'dist:mac']) {
      expect(packageJson.scripts[name], name).toMatch(/electron-builder( --(linux|win|mac))? --publish never$/);
    }
  });

  it('packs the bundles, the catalogue and package.json, and no sources, tests, maps or node_modules', () => {
    const packed = ['out/main/index.cjs', 'out/preload/preload.cjs', 'out/renderer/index.html', 'out/renderer/assets/index-abc.js', 'data/catalogue.json', 'package.json'];
    const left = [
      'out/main/index.cjs.map',
      'main/electron/main.ts',
      'renderer/app/AppFrame.tsx',
      'shared/api.ts',
      'tests/e2e/support/harness.ts',
      'tests/screenshots/demo-data.ts',
      'docs/screenshots/settings.png',
      'scripts/make-icons.mjs',
      'build/icon.svg',
      'data/sources/notes.md',
      'node_modules/react/index.js',
      'electron-builder.yml',
      'tsconfig.json',
      '.env',
    ];
    for (const file of packed) expect(isPacked(config.files, file), file).toBe(true);
    for (const file of left) expect(isPacked(config.files, file), file).toBe(false);
    // Proves the matcher can say yes to sources: a catch-all list would pack them.
    expect(isPacked(['**/*'], 'main/electron/main.ts')).toBe(true);
  });

  it('needs one runtime dependency, the native LevelDB binding, unpacked from the asar; everything else is bundled into out/', () => {
    expect(Object.keys(packageJson.dependencies ?? {})).toEqual(['leveldown']);
    expect((config as unknown as { asarUnpack: string[] }).asarUnpack).toEqual(['node_modules/leveldown/**']);
    expect(isPacked(config.files, packageJson.main)).toBe(true);
  });

  it('builds an NSIS installer, a DMG, an AppImage and a deb', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.mac.category).toBe('public.app-category.productivity');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(['Office', 'Education']).toContain(config.linux.category);
    expect(config.linux.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/);
  });

  it('references icon files that exist', () => {
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(statSync(path.join(ROOT, config.directories.buildResources)).isDirectory()).toBe(true);
    expect(existsSync(path.join(ROOT, config.win.icon)), config.win.icon).toBe(true);
    expect(existsSync(path.join(ROOT, config.mac.icon)), config.mac.icon).toBe(true);
    const linuxIcons = readdirSync(path.join(ROOT, config.linux.icon));
    expect(linuxIcons).toEqual(expect.arrayContaining(['16x16.png', '32x32.png', '48x48.png', '256x256.png', '512x512.png']));
    // electron-builder reads each NxN.png name as the icon size: nothing else belongs in the folder.
    for (const name of linuxIcons) expect(name).toMatch(/^\d+x\d+\.png$/);
  });
});

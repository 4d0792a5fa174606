import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { settingsSchema, defaultSettings } from '../../../shared/model/settings';
import { importOptionsSchema, defaultImportOptions } from '../../../shared/team/import-options';
import { CURRENT_SCHEMA_VERSION, emptyUserData, userDataSchema } from '../../../shared/model/user-data';
import { completionSchema, memberSchema } from '../../../shared/model/team';
import { lazySchema } from '../../../shared/validation/lazy-schema';

describe('lazySchema', () => {
  it('builds the schema on first use only, once', () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds++;
      return z.object({ name: z.string().min(1) });
    });
    expect(builds).toBe(0);
    expect(schema.parse({ name: 'Dana' })).toEqual({ name: 'Dana' });
    expect(schema.safeParse({ name: '' }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('is the built schema to its users: methods, shape, instanceof, nesting, issues and spreading', () => {
    const inner = lazySchema(() => z.object({ n: z.number().int() }));
    const fields = lazySchema(() => ({ id: z.string().min(1), inner }));
    const outer = lazySchema(() => z.object({ ...fields, list: z.array(inner) }).strict());
    const eager = z.object({ id: z.string().min(1), inner: z.object({ n: z.number().int() }), list: z.array(z.object({ n: z.number().int() })) }).strict();
    expect(outer).toBeInstanceOf(z.ZodObject);
    expect(Object.keys(outer.shape)).toEqual(['id', 'inner', 'list']);
    const bad = { id: '', inner: { n: 1.5 }, list: [{ n: 1 }, { n: 'x' }], extra: 1 };
    const lazyResult = outer.safeParse(bad);
    const eagerResult = eager.safeParse(bad);
    expect(lazyResult.success).toBe(false);
    expect(lazyResult.error?.issues).toEqual(eagerResult.error?.issues);
    const good = { id: 'a', inner: { n: 2 }, list: [{ n: 3 }] };
    expect(outer.parse(good)).toEqual(eager.parse(good));
    // Derived schemas are real zod schemas that check the same things.
    const extended = outer.extend({ more: z.boolean() });
    expect(extended.safeParse({ ...good, more: true }).success).toBe(true);
    expect(extended.safeParse(good).success).toBe(false);
    expect(outer.optional().parse(undefined)).toBeUndefined();
    expect(inner.shape.n.safeParse(1.5).success).toBe(false);
  });

  it('keeps the shipped schemas checking what they checked (a member and a completion)', () => {
    expect(memberSchema.safeParse({ id: 'm-1', name: 'Dana Reyes', role: '', agency: '', audiences: [], active: true }).success).toBe(true);
    const missingDate = completionSchema.safeParse({ id: 'c-1', memberId: 'm-1', trainingId: 'x', createdAt: '2026-01-01T00:00:00.000Z' });
    expect(missingDate.success).toBe(false);
    expect(missingDate.error?.issues.map((i) => i.path.join('.'))).toContain('completedOn');
  });
});

describe('defaults written out so that loading their modules builds no schema', () => {
  it('defaultSettings is what settingsSchema gives for {}', () => {
    expect(defaultSettings).toStrictEqual(settingsSchema.parse({}));
  });

  it('defaultImportOptions is what importOptionsSchema gives for {}', () => {
    expect(defaultImportOptions).toStrictEqual(importOptionsSchema.parse({}));
  });

  it('emptyUserData is what userDataSchema gives for a file with no records, fresh on every call', () => {
    expect(emptyUserData()).toStrictEqual(userDataSchema.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: {} }));
    const a = emptyUserData();
    const b = emptyUserData();
    expect(a.members).not.toBe(b.members);
    expect(a.settings.importMappings).not.toBe(b.settings.importMappings);
    expect(a.settings.importMappings).not.toBe(defaultSettings.importMappings);
  });
});

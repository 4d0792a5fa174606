import { createHash } from 'node:crypto';
import type { Catalogue } from '../shared/catalogue/schema';
import { FIRST_SCREENS, firstScreenTemplateId } from '../shared/first-screen';
import { renderFirstScreen } from '../renderer/first-screen/render-first-screen';

/** The key of a bundled catalogue file: the sha-256 of its bytes, as the main side computes it. */
export function firstScreenKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The <template> elements index.html carries for the bundled catalogue file's `bytes`: each screen, macOS and not. */
export function firstScreenTemplates(bytes: Uint8Array): string {
  const catalogue = JSON.parse(Buffer.from(bytes).toString('utf8')) as Catalogue;
  const key = firstScreenKey(bytes);
  return FIRST_SCREENS.flatMap((screen) =>
    [false, true].map((mac) => `<template id="${firstScreenTemplateId(screen.id, mac)}" data-key="${key}">${renderFirstScreen(catalogue, screen, { mac })}</template>`),
  ).join('\n    ');
}

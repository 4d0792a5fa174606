import { createHash } from 'node:crypto';
import type { Catalogue } from '../shared/catalogue/schema';
import { firstScreenTemplateId } from '../shared/first-screen';
import { renderFirstScreen } from '../renderer/first-screen/render-first-screen';

/** The key of a bundled catalogue file: the sha-256 of its bytes, as the main side computes it. */
export function firstScreenKey(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The two <template> elements index.html carries for the bundled catalogue file's `bytes`. */
export function firstScreenTemplates(bytes: Uint8Array): string {
  const catalogue = JSON.parse(Buffer.from(bytes).toString('utf8')) as Catalogue;
  const key = firstScreenKey(bytes);
  return [false, true]
    .map((mac) => `<template id="${firstScreenTemplateId(mac)}" data-key="${key}">${renderFirstScreen(catalogue, { mac })}</template>`)
    .join('\n    ');
}

import type { Client } from '../../shared/client';
import { tta } from './tta';

/**
 * main.tsx imports this module first, so these requests leave while the rest of
 * the bundle is still being evaluated and React starts: the first screen needs
 * app info, settings and the catalogue before it can show anything.
 */
type Info = [Awaited<ReturnType<Client['appInfo']>>, Awaited<ReturnType<Client['settingsGet']>>];

let catalogue: ReturnType<Client['catalogueGet']> | null = tta().catalogueGet();
let info: Promise<Info> | null = Promise.all([tta().appInfo(), tta().settingsGet()]);
// Failures are reported by whoever takes the promise; don't let them surface as unhandled.
catalogue.catch(() => undefined);
info.catch(() => undefined);

/** The early catalogue request, once; later loads ask again. */
export function takeEarlyCatalogue() {
  const p = catalogue;
  catalogue = null;
  return p;
}

/** The early app info and settings request, once. */
export function takeEarlyInfo() {
  const p = info;
  info = null;
  return p;
}

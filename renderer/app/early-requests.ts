import { createClient, type Envelope } from '../../shared/client';
import type { ChannelName } from '../../shared/channel-names';

/**
 * The first screen needs the unlock status, app info, settings and the catalogue. renderer/boot.ts
 * asked for them before this bundle loaded; this module (imported first by
 * main.tsx) takes those replies over, or asks now if boot.js did not run.
 */
const early: Partial<Record<ChannelName, Promise<Envelope<unknown>>>> =
  (window as unknown as { __ttaEarly?: Partial<Record<ChannelName, Promise<Envelope<unknown>>>> }).__ttaEarly ?? {};

const firstReplies = createClient((name, input) => {
  const reply = early[name];
  delete early[name];
  return reply ?? (window.tta[name](input) as Promise<Envelope<unknown>>);
});

let catalogue: ReturnType<typeof firstReplies.catalogueGet> | null = firstReplies.catalogueGet();
let info: { appInfo: ReturnType<typeof firstReplies.appInfo>; settings: ReturnType<typeof firstReplies.settingsGet> } | null = {
  appInfo: firstReplies.appInfo(),
  settings: firstReplies.settingsGet(),
};
let unlock: ReturnType<typeof firstReplies.unlockStatus> | null = firstReplies.unlockStatus();
// Failures are reported by whoever takes the promise; don't let them surface as unhandled.
unlock.catch(() => undefined);
catalogue.catch(() => undefined);
info.appInfo.catch(() => undefined);
info.settings.catch(() => undefined);

/** The early catalogue request, once; later loads ask again through tta(). */
export function takeEarlyCatalogue() {
  const p = catalogue;
  catalogue = null;
  return p;
}

/** The early app info and settings requests, once: separate, as settings (the theme) must not wait for app info. */
export function takeEarlyInfo() {
  const p = info;
  info = null;
  return p;
}

/** The early unlock status request, once (main.tsx, before the first render). */
export function takeEarlyUnlockStatus() {
  const p = unlock;
  unlock = null;
  return p;
}

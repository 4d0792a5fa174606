import { createClient, type Envelope } from '../../shared/client';
import type { ChannelName } from '../../shared/channel-names';

/**
 * The first screen needs the unlock status, app info, settings and the catalogue. renderer/boot.ts
 * asked for them before this bundle loaded; this module (imported first by
 * main.tsx) takes those replies over, or asks now if boot.js did not run.
 */
const early: Partial<Record<ChannelName, Promise<Envelope<unknown>>>> =
  typeof window === 'undefined' ? {} : ((window as unknown as { __ttaEarly?: Partial<Record<ChannelName, Promise<Envelope<unknown>>>> }).__ttaEarly ?? {});

const firstReplies = createClient((name, input) => {
  const reply = early[name];
  delete early[name];
  return reply ?? (window.tta[name](input) as Promise<Envelope<unknown>>);
});

/** The four first requests, taken over from boot.js (or asked now). */
function ask() {
  const requests = {
    catalogue: firstReplies.catalogueGet(),
    info: { appInfo: firstReplies.appInfo(), settings: firstReplies.settingsGet() },
    unlock: firstReplies.unlockStatus(),
  };
  // Failures are reported by whoever takes the promise; don't let them surface as unhandled.
  for (const p of [requests.catalogue, requests.info.appInfo, requests.info.settings, requests.unlock]) p.catch(() => undefined);
  return requests;
}

// Not in a page (the build's pre-render of the first screen, renderer/first-screen): nothing to ask.
const requests = typeof window === 'undefined' ? null : ask();
let catalogue = requests?.catalogue ?? null;
let info = requests?.info ?? null;
let unlock = requests?.unlock ?? null;

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

/*
 * A tiny classic script that index.html runs before the app bundle has even
 * downloaded: it starts the four requests the first screen needs, so their
 * replies are on the way while the bundle loads. renderer/app/early-requests.ts
 * takes them over. Built to out/renderer/boot.js by renderer/vite.config.ts.
 */
type EarlyChannel = 'appInfo' | 'settingsGet' | 'catalogueGet' | 'unlockStatus';

const bridge = (window as unknown as { tta?: Record<EarlyChannel, () => Promise<unknown>> }).tta;
if (bridge) {
  (window as unknown as { __ttaEarly: Record<EarlyChannel, Promise<unknown>> }).__ttaEarly = {
    appInfo: bridge.appInfo(),
    settingsGet: bridge.settingsGet(),
    catalogueGet: bridge.catalogueGet(),
    // Asked last: the reply says whether the app may render its screens or must ask for the
    // passphrase first. Asked only once the bundle had run, it cost a round trip before the first render.
    unlockStatus: bridge.unlockStatus(),
  };
}

/*
 * A tiny classic script that index.html runs before the app bundle has even
 * downloaded: it starts the three requests the first screen needs, so their
 * replies are on the way while the bundle loads. renderer/app/early-requests.ts
 * takes them over. Built to out/renderer/boot.js by renderer/vite.config.ts.
 */
type EarlyChannel = 'appInfo' | 'settingsGet' | 'catalogueGet';

const bridge = (window as unknown as { tta?: Record<EarlyChannel, () => Promise<unknown>> }).tta;
if (bridge) {
  (window as unknown as { __ttaEarly: Record<EarlyChannel, Promise<unknown>> }).__ttaEarly = {
    appInfo: bridge.appInfo(),
    settingsGet: bridge.settingsGet(),
    catalogueGet: bridge.catalogueGet(),
  };
}

/**
 * Chromium switches that stop the traffic Chromium starts on its own, before any page asks for
 * anything: component and certificate-list updates, Safe Browsing and domain-reliability
 * reports, DNS prefetch, hyperlink-auditing pings, Cast discovery on the local network,
 * translation and autofill lookups, network-time queries. They must be set before 'ready'.
 */
export const QUIET_SWITCHES: readonly (readonly [name: string, value?: string])[] = [
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['disable-client-side-phishing-detection'],
  ['disable-sync'],
  ['disable-default-apps'],
  ['disable-breakpad'],
  ['dns-prefetch-disable'],
  ['no-pings'],
  [
    'disable-features',
    'MediaRouter,OptimizationHints,Translate,AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying',
  ],
];

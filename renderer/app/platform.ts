/** True on macOS, where shortcuts use ⌘ rather than Ctrl. */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/i.test(navigator.platform || navigator.userAgent);
}

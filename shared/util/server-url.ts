/**
 * Why a sharing server URL cannot be used, or null when it can: https always; plain
 * http only to this computer (loopback), where nothing crosses a network.
 */
export function serverUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter the server address, such as https://couch.agency.gov/taskforce';
  }
  if (url.username || url.password) return 'Leave the user name and password out of the address; enter them in their own fields';
  if (url.search || url.hash) return 'The address cannot contain "?" or "#"';
  if (url.protocol === 'https:') return url.pathname.length > 1 ? null : 'Add the database name to the address, such as https://couch.agency.gov/taskforce';
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url.pathname.length > 1 ? null : 'Add the database name to the address, such as http://127.0.0.1:5984/taskforce';
  if (url.protocol === 'http:') return 'Use an https:// address: records must not cross the network unencrypted (plain http is allowed only to this computer)';
  return 'Use an https:// address';
}

export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

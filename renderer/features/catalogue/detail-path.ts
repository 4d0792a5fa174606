import type { Tab } from '../../../shared/catalogue/documents';

const segment: Record<Tab, string> = { trainings: 'training', providers: 'provider', resources: 'resource' };

export function detailPath(tab: Tab, id: string): string {
  return `/catalogue/${segment[tab]}/${encodeURIComponent(id)}`;
}

import { create } from 'zustand';
import type { Delivery } from '../../../shared/model/delivery';
import { onDataReplaced } from '../../app/data-replaced';

/** The renderer's copy of the deliveries; only deliveries-actions.ts changes it. */
interface DeliveriesState {
  list: Delivery[] | null;
  error: string | null;
}

export const useDeliveriesStore = create<DeliveriesState>(() => ({ list: null, error: null }));

onDataReplaced(() => useDeliveriesStore.setState({ list: null, error: null }));

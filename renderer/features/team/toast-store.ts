import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** Offered as an "Undo" button; resolves with the message to show afterwards. */
  undo?: () => Promise<string>;
}

interface ToastState {
  toast: Toast | null;
  show(toast: Omit<Toast, 'id'>): void;
  dismiss(id?: number): void;
}

let nextId = 1;

/**
 * One message at a time, shown until dismissed or replaced: an undo offer that
 * vanished on a timer would be gone before a screen-reader user reached it.
 */
export const useToastStore = create<ToastState>((set, get) => ({
  toast: null,
  show(toast) {
    set({ toast: { ...toast, id: nextId++ } });
  },
  dismiss(id) {
    if (id === undefined || get().toast?.id === id) set({ toast: null });
  },
}));

export function showError(error: unknown): void {
  useToastStore.getState().show({ message: error instanceof Error ? error.message : String(error), tone: 'error' });
}

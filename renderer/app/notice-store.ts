import { create } from 'zustand';
import { errorMessage } from './errors';

export interface Notice {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** Offered as an "Undo" button; resolves with the message to show afterwards. */
  undo?: () => Promise<string>;
}

interface NoticeState {
  notice: Notice | null;
  show(notice: Omit<Notice, 'id'>): void;
  dismiss(id?: number): void;
}

let nextId = 1;

/**
 * The app's one message area (NoticeRegion, in the frame): the outcome of the last
 * action, with Undo when it can be undone, or what went wrong. One message at a
 * time, shown until dismissed or replaced: an undo offer that vanished on a timer
 * would be gone before a screen-reader user reached it. Feature actions call
 * notify / notifyError; components never set it themselves.
 */
export const useNoticeStore = create<NoticeState>((set, get) => ({
  notice: null,
  show(notice) {
    set({ notice: { ...notice, id: nextId++ } });
  },
  dismiss(id) {
    if (id === undefined || get().notice?.id === id) set({ notice: null });
  },
}));

/** Says what an action did; `undo` puts it back and resolves with what to say then. */
export function notify(message: string, undo?: () => Promise<string>): void {
  useNoticeStore.getState().show({ message, tone: 'info', ...(undo ? { undo } : {}) });
}

export function notifyError(error: unknown): void {
  useNoticeStore.getState().show({ message: errorMessage(error), tone: 'error' });
}

export function clearNotice(): void {
  useNoticeStore.getState().dismiss();
}

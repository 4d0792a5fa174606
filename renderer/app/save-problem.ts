import { create } from 'zustand';

/**
 * "Changes are not being saved": set by any call the main side refused with code
 * 'not-saved' (see tta.ts), cleared by a successful *Try again*. One app-wide state,
 * so every screen shows the same banner.
 */
interface SaveProblemState {
  message: string | null;
  report(message: string): void;
  clear(): void;
}

export const useSaveProblem = create<SaveProblemState>((set) => ({
  message: null,
  report: (message) => set({ message }),
  clear: () => set({ message: null }),
}));

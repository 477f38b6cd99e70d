/** Providing the app state to components through context (never a module singleton). */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from './app-state.ts';

export const AppStateContext = createContext<AppState | null>(null);

/** The state of the explorer this component belongs to. */
export function useAppState(): AppState {
  const state = useContext(AppStateContext);
  if (!state)
    throw new Error('state/context: useAppState() needs an <AppStateContext.Provider> above it');
  return state;
}

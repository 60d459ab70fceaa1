import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_KEY = 'nodepool-designer:theme';

interface ThemeState {
  preference: ThemePreference;
  setPreference: (preference: ThemePreference) => void;
}

/** A setting of this browser, not of the design: never shared, saved or undone. */
export const useThemeStore = create<ThemeState>()(
  persist(
    (set) => ({
      preference: 'system',
      setPreference: (preference) => set({ preference }),
    }),
    {
      name: THEME_KEY,
      merge: (persisted, current) => {
        const preference = (persisted as { preference?: unknown } | undefined)?.preference;
        return preference === 'light' || preference === 'dark' || preference === 'system'
          ? { ...current, preference }
          : current;
      },
    },
  ),
);

const darkScheme = (): MediaQueryList | undefined =>
  typeof window === 'undefined' ? undefined : window.matchMedia('(prefers-color-scheme: dark)');

export function resolveTheme(preference: ThemePreference): Theme {
  if (preference !== 'system') return preference;
  return darkScheme()?.matches ? 'dark' : 'light';
}

/** The theme on screen now. */
export function currentTheme(): Theme {
  return resolveTheme(useThemeStore.getState().preference);
}

/**
 * Keeps `<html data-theme>` (which theme.css and Monaco read) on the chosen theme, following the
 * system while the choice is "system". Calls `onChange` after every switch.
 */
export function applyTheme(onChange?: (theme: Theme) => void): () => void {
  const apply = () => {
    const theme = currentTheme();
    if (document.documentElement.dataset.theme !== theme) {
      document.documentElement.dataset.theme = theme;
    }
    onChange?.(theme);
  };
  apply();
  const media = darkScheme();
  media?.addEventListener('change', apply);
  const unsubscribe = useThemeStore.subscribe(apply);
  return () => {
    media?.removeEventListener('change', apply);
    unsubscribe();
  };
}

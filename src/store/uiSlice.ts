import type { SliceTools, UiSlice, ViewRequests } from './designState';
import { createEmitter } from './emitter';

/** A shared design refuses edits; saying so on every keystroke or drag frame would be noise. */
const READ_ONLY_NOTICE_MS = 3000;

/** What is open on screen: dialogs, notices, the learn and YAML panels. */
export function uiSlice({ set, get }: SliceTools, notices: UiSlice['notices']): UiSlice {
  const requests = createEmitter<ViewRequests>();
  return {
    dialogs: [],
    notices,
    nextNoticeId: notices.length + 1,
    readOnlyNoticeAt: Number.NEGATIVE_INFINITY,
    learn: undefined,
    yamlOpen: true,
    includeWorkloads: false,
    minimap: undefined,
    openDialog: (dialog) =>
      set((state) => ({
        dialogs: [...state.dialogs.filter((d) => d.kind !== dialog.kind), dialog],
      })),
    closeDialog: (kind) =>
      set((state) =>
        state.dialogs.some((d) => d.kind === kind)
          ? { dialogs: state.dialogs.filter((d) => d.kind !== kind) }
          : state,
      ),
    notify: (notice) =>
      set((state) => ({
        notices: [
          ...state.notices.filter((n) => notice.key === undefined || n.key !== notice.key),
          { ...notice, id: state.nextNoticeId },
        ],
        nextNoticeId: state.nextNoticeId + 1,
      })),
    dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
    dismissNotices: (key) =>
      set((state) =>
        state.notices.some((n) => n.key === key)
          ? { notices: state.notices.filter((n) => n.key !== key) }
          : state,
      ),
    refuseReadOnly: () => {
      const now = Date.now();
      if (now - get().readOnlyNoticeAt < READ_ONLY_NOTICE_MS) return;
      set({ readOnlyNoticeAt: now });
      get().notify({
        tone: 'info',
        text: 'This shared design is read-only: choose "Make a copy" to change it.',
      });
    },
    showLearn: (learn) => set({ learn }),
    showYaml: (yamlOpen) => set({ yamlOpen }),
    setIncludeWorkloads: (includeWorkloads) => set({ includeWorkloads }),
    showMinimap: (minimap) => set({ minimap }),
    revealResource: (resourceId, path) =>
      requests.emit('reveal', { resourceId, ...(path === undefined ? {} : { path }) }),
    focusResources: (ids) => requests.emit('focus', { ids }),
    listen: requests.on,
  };
}

import type { NoticeAction } from '../store/designState';
import { useDesignStore } from '../store/designStore';
import type { Command } from './command';

/** The notice's ×; an information notice also goes by itself after a moment. */
export const dismissNotice: Command<{ id: number }> = {
  id: 'dismiss-notice',
  label: 'Dismiss',
  editsDesign: false,
  run: (_, { id }) => useDesignStore.getState().dismissNotice(id),
};

/** A button the notice offers (save a project file, keep this tab's version): it answers it. */
export const answerNotice: Command<{ id: number; action: NoticeAction }> = {
  id: 'answer-notice',
  label: 'Answer',
  editsDesign: false,
  run: (_, { id, action }) => {
    useDesignStore.getState().dismissNotice(id);
    action.run();
  },
};

/** Runs work once the frame that shows an edit is painted; gives the function that cancels it. */
export type AfterPaint = (work: () => void) => () => void;

/**
 * The next task after the next paint: an edit on the canvas or in the inspector shows there in
 * its own frame, and what follows from it (the YAML panel's text, the problems) in the next.
 * Without animation frames (a hidden tab, Node) it is the next task.
 */
export const afterNextPaint: AfterPaint = (work) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
};

interface PostTaskScheduler {
  postTask(
    work: () => void,
    options: { priority: 'background'; signal: AbortSignal },
  ): Promise<void>;
}

/**
 * Like afterNextPaint, but the work waits at background priority: a frame that is due and a key
 * that arrives go first. For derived views (the problems) that may lag an edit by a frame,
 * whose work must not stand between the edit and the YAML panel's text or the next key.
 * Browsers without `scheduler.postTask` take the next task, as afterNextPaint does.
 */
export const afterNextPaintWhenIdle: AfterPaint = (work) => {
  const scheduler = (globalThis as { scheduler?: PostTaskScheduler }).scheduler;
  if (!scheduler || typeof scheduler.postTask !== 'function') return afterNextPaint(work);
  const abort = new AbortController();
  const cancelPaint = afterNextPaint(() => {
    scheduler
      .postTask(work, { priority: 'background', signal: abort.signal })
      // Cancelled: nothing to do. Anything else the work threw is reported, not swallowed.
      .catch((error: unknown) => {
        if (!abort.signal.aborted) throw error;
      });
  });
  return () => {
    cancelPaint();
    abort.abort();
  };
};

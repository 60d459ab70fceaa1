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

/**
 * A tiny typed event emitter: requests that happen (reveal this resource, fit these into view)
 * rather than state that is (a nonce changed so an effect would run again).
 */
export interface Emitter<Events> {
  /** Calls `listener` on every `type` event until the returned function is called. */
  on: <K extends keyof Events>(type: K, listener: (event: Events[K]) => void) => () => void;
  emit: <K extends keyof Events>(type: K, event: Events[K]) => void;
}

export function createEmitter<Events>(): Emitter<Events> {
  const listeners: { [K in keyof Events]?: Set<(event: Events[K]) => void> } = {};
  return {
    on: (type, listener) => {
      const set = listeners[type] ?? new Set();
      set.add(listener);
      listeners[type] = set;
      return () => void set.delete(listener);
    },
    emit: (type, event) => {
      // A copy: a listener that unsubscribes while called does not skip the next one.
      for (const listener of [...(listeners[type] ?? [])]) listener(event);
    },
  };
}

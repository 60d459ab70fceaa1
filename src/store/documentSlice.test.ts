import { describe, expect, it } from 'vitest';
import { exampleDesign } from '../domain/design/example';
import type { Design } from '../domain/design/types';
import { createDesignStore } from './designStore';

const fresh = () =>
  createDesignStore({ document: { id: 'd1', name: 'Mine' }, design: exampleDesign(), rev: 0 });

/** An edit that changes the design's identity, as every real edit does. */
const touch = (design: Design): Design => ({ ...design });
const steps = (store: ReturnType<typeof fresh>) => store.temporal.getState().pastStates.length;

describe('the document slice', () => {
  it('makes every change outside a gesture its own undo step', () => {
    const store = fresh();
    store.getState().setDesign(touch);
    store.getState().setDesign(touch);
    expect(steps(store)).toBe(2);
  });

  it('makes the changes of one gesture one undo step', () => {
    const store = fresh();
    const before = store.getState().design;
    store.getState().beginGesture();
    for (let i = 0; i < 5; i++) store.getState().setDesign(touch);
    store.getState().endGesture();
    expect(steps(store)).toBe(1);
    store.temporal.getState().undo();
    expect(store.getState().design).toBe(before);
  });

  it('starts a new step after a gesture ends', () => {
    const store = fresh();
    store.getState().beginGesture();
    store.getState().setDesign(touch);
    store.getState().setDesign(touch);
    store.getState().endGesture();
    store.getState().beginGesture();
    store.getState().setDesign(touch);
    expect(steps(store)).toBe(2);
  });

  it('does not join a gesture across an undo made in between', () => {
    const store = fresh();
    store.getState().beginGesture();
    store.getState().setDesign(touch);
    store.getState().setDesign(touch);
    store.temporal.getState().undo();
    store.getState().setDesign(touch);
    expect(steps(store)).toBe(1);
    expect(store.temporal.getState().futureStates).toHaveLength(0);
  });

  it('keeps a gesture that changes nothing out of the history', () => {
    const store = fresh();
    store.getState().beginGesture();
    store.getState().setDesign((d) => d);
    store.getState().endGesture();
    expect(steps(store)).toBe(0);
  });

  it('remembers notes only while a gesture is under way', () => {
    const store = fresh();
    const note = { renameFollowers: { id: 'a', followers: ['b'] } };
    store.getState().noteInGesture(note);
    expect(store.getState().gesture).toBeUndefined();
    store.getState().beginGesture();
    store.getState().noteInGesture(note);
    expect(store.getState().gesture?.renameFollowers).toEqual(note.renameFollowers);
    store.getState().endGesture();
    expect(store.getState().gesture).toBeUndefined();
  });

  it('drops selected resources a change deletes', () => {
    const store = fresh();
    const [first, second] = Object.keys(store.getState().design.resources);
    if (!first || !second) throw new Error('the example has resources');
    store.getState().select([first, second]);
    store.getState().setDesign((d) => {
      const { [first]: _gone, ...rest } = d.resources;
      return { ...d, resources: rest };
    });
    expect(store.getState().selection).toEqual([second]);
  });

  it('opens another document with a fresh history, closing the start screen', () => {
    const store = fresh();
    store.getState().setDesign(touch);
    store.getState().openDialog({ kind: 'start' });
    const other = exampleDesign();
    store.getState().openDocument({ id: 'd2', name: 'Other' }, other);
    expect(store.getState().document).toEqual({ id: 'd2', name: 'Other' });
    expect(store.getState().design).toBe(other);
    expect(store.getState().dialogs).toEqual([]);
    expect(steps(store)).toBe(0);
  });

  it('takes a design another tab stored as the user’s own, even in the shared view', () => {
    const store = fresh();
    const shared = exampleDesign();
    store.getState().openShared(shared);
    const theirs = exampleDesign();
    store.getState().adoptStored({ id: 'd1', name: 'Renamed' }, theirs);
    expect(store.getState().design).toBe(shared);
    expect(store.getState().viewing?.ownDesign).toBe(theirs);
    expect(store.getState().document.name).toBe('Renamed');
  });
});

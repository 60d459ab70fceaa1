import {
  Background,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
} from 'react';
import { addResource } from '../commands/addResource';
import { importFiles } from '../commands/importManifests';
import { connectResources } from '../commands/referenceEdits';
import { moveResources } from '../commands/resourceEdits';
import { isResourceKind, KINDS, RESOURCE_KINDS } from '../domain/design/kinds';
import { workloadSlot } from '../domain/design/workloadColumn';
import { runCommand } from '../commands/run';
import { minimapShown } from '../commands/toggleMinimap';
import type { Position, ResourceId, ResourceKind } from '../domain/design/types';
import { useDesignStore } from '../store/designStore';
import { canConnect } from './canConnect';
import { CanvasControls } from './CanvasControls';
import { ConnectionLine } from './ConnectionLine';
import { EmptyCanvas } from './EmptyCanvas';
import type { FlowEdge, ResourceNode } from './flowTypes';
import { nodeTypes } from './nodes/nodeTypes';
import { edgeTypes } from './edges/edgeTypes';
import { FarReferences } from './edges/FarReferences';
import { referencesApart } from './edges/farReferencePaths';
import { Palette } from './Palette';
import { DRAG_MIME } from './paletteItems';
import { estimatedView, type FitTarget } from './estimatedView';
import { FarZoomContext } from './farZoomContext';
import { FAR_ZOOM, useFarZoom } from './useFarZoom';
import { cardSizes } from './cardSizes';
import { useFlowElements } from './useFlowElements';
import './canvas.css';

/** Roughly half a node, so a dropped resource lands centred under the pointer. */
const DROP_OFFSET = { x: 100, y: 40 };

/** From a workload's corner to the middle of the gap between it and the pools. */
const WORKLOAD_VIEW_OFFSET = { x: 270, y: 60 };

/** The theme colour of each node type, `--<variant>` (see domain/design/kinds.ts). */
const MINIMAP_COLORS: ReadonlyMap<string, string> = new Map(
  RESOURCE_KINDS.map((kind) => [KINDS[kind].nodeType, `var(--${KINDS[kind].variant})`]),
);

/*
 * Props React Flow copies into its store when they change identity: a literal here would be a
 * new value on every edit, and each store update re-runs every node's and edge's selectors.
 */
const MULTI_SELECTION_KEYS = ['Shift', 'Meta', 'Control'];
const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1 };
const MIN_ZOOM = 0.1;
/** The palette floats over the canvas's top left: what a focus shows stays clear of it. */
const FOCUS_PADDING = { top: '32px', right: '32px', bottom: '32px', left: '200px' } as const;
const PRO_OPTIONS = { hideAttribution: true };

/** Module-level so the minimap's hundreds of node rects are not all redrawn on every edit. */
const minimapColor = (node: ResourceNode): string =>
  MINIMAP_COLORS.get(node.type ?? '') ?? 'var(--text-muted)';

const DEFAULT_VIEW: Viewport = { x: 0, y: 0, zoom: 1 };

function focusTarget(box: DOMRect): FitTarget {
  return {
    width: box.width,
    height: box.height,
    minZoom: MIN_ZOOM,
    maxZoom: 1,
    padding: FOCUS_PADDING,
  };
}

export function Canvas() {
  const flow = useReactFlow<ResourceNode, FlowEdge>();
  const flowStore = useStoreApi<ResourceNode, FlowEdge>();
  const wrapper = useRef<HTMLDivElement>(null);
  // Maps, not plain objects: ids are user data, and `{}['constructor']` is a function.
  const [dragging, setDragging] = useState<ReadonlyMap<ResourceId, Position>>(new Map());
  const { nodes, edges } = useFlowElements(dragging);
  // The pane's size before React Flow first draws, so a large design opens at the zoom it is
  // shown at (estimatedView.ts) rather than drawn in full at zoom 1 and then fitted.
  const [initialView, setInitialView] = useState<Viewport>();
  useLayoutEffect(() => {
    const box = wrapper.current?.getBoundingClientRect();
    const resources = Object.values(useDesignStore.getState().design.resources);
    setInitialView(
      (box &&
        estimatedView(resources, () => undefined, {
          width: box.width,
          height: box.height,
          minZoom: MIN_ZOOM,
          ...FIT_VIEW_OPTIONS,
        })) ??
        DEFAULT_VIEW,
    );
  }, []);

  const far = useFarZoom(initialView?.zoom);
  // At overview zoom the references are drawn as one layer (FarReferences), not as edges.
  const farEdges = useMemo(() => (far ? referencesApart(edges) : undefined), [far, edges]);
  const isEmpty = nodes.length === 0;
  const [refusal, setRefusal] = useState<string>();
  const addCount = useRef(0);

  const onNodesChange = useCallback(
    (changes: NodeChange<ResourceNode>[]) => {
      const moving = new Map<ResourceId, Position>();
      const settled = new Map<ResourceId, Position>();
      let selection: Set<ResourceId> | undefined;
      let measuredAny = false;
      for (const change of changes) {
        if (change.type === 'position' && change.position) {
          (change.dragging ? moving : settled).set(change.id, change.position);
        } else if (change.type === 'dimensions' && change.dimensions) {
          cardSizes.set(change.id, change.dimensions);
          measuredAny = true;
          // React Flow has applied the measure to the node it drew; the minimap reads it from the
          // node it was given. Written into that object rather than a new one: a new object for
          // each measured card made React Flow adopt and redraw every card a second time.
          const given = flowStore.getState().nodeLookup.get(change.id)?.internals.userNode;
          if (given) given.measured = change.dimensions;
        } else if (change.type === 'select') {
          selection ??= new Set(useDesignStore.getState().selection);
          if (change.selected) selection.add(change.id);
          else selection.delete(change.id);
        }
      }
      // Once more after the measures are in, so the minimap draws the cards it could not size.
      if (measuredAny) flowStore.setState({});
      if (moving.size > 0) setDragging((d) => new Map([...d, ...moving]));
      if (settled.size > 0) {
        // One gesture, one undo step: the design changes once, when the drag ends.
        runCommand(moveResources, { positions: Object.fromEntries(settled) }, 'canvas');
        setDragging((d) => {
          const rest = new Map(d);
          for (const id of settled.keys()) rest.delete(id);
          return rest;
        });
      }
      if (selection) {
        const { selectedEdges, select } = useDesignStore.getState();
        select([...selection], selectedEdges);
      }
    },
    [flowStore],
  );

  /**
   * A drag is one undo step of its own, marked as a gesture: React Flow settles the positions
   * (onNodesChange) before it reports the drag's stop. A field's typing step still open ends
   * first, so the drag never joins it.
   */
  const onDragStart = useCallback(() => {
    const { endGesture, beginGesture } = useDesignStore.getState();
    endGesture();
    beginGesture();
  }, []);
  const onDragStop = useCallback(() => useDesignStore.getState().endGesture(), []);

  const onEdgesChange = useCallback((changes: EdgeChange<FlowEdge>[]) => {
    let edgesSelected: Set<string> | undefined;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      edgesSelected ??= new Set(useDesignStore.getState().selectedEdges);
      if (change.selected) edgesSelected.add(change.id);
      else edgesSelected.delete(change.id);
    }
    if (edgesSelected) {
      const { selection, select } = useDesignStore.getState();
      select(selection, [...edgesSelected]);
    }
  }, []);

  const onConnectStart = useCallback(() => setRefusal(undefined), []);
  const onConnect = useCallback((connection: Connection) => {
    const { source, target } = connection;
    const check = canConnect(source, target);
    setRefusal(check.ok ? undefined : check.reason);
    if (check.ok) runCommand(connectResources, { source, target }, 'canvas');
  }, []);

  /** A drop on a node that refuses the reference: say why, where the user is looking. */
  const onConnectEnd = useCallback((_: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (!state.toNode || state.isValid || !state.fromHandle) return;
    const check =
      state.fromHandle.type === 'source'
        ? canConnect(state.fromNode.id, state.toNode.id)
        : canConnect(state.toNode.id, state.fromNode.id);
    if (!check.ok) setRefusal(check.reason);
  }, []);

  const isValidConnection = useCallback(
    (connection: Connection | FlowEdge) => canConnect(connection.source, connection.target).ok,
    [],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    const types = event.dataTransfer.types;
    if (!types.includes(DRAG_MIME) && !types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      if (event.dataTransfer.files.length > 0) {
        event.preventDefault();
        void runCommand(importFiles, { files: Array.from(event.dataTransfer.files) }, 'canvas');
        return;
      }
      const kind = event.dataTransfer.getData(DRAG_MIME);
      if (!isResourceKind(kind)) return;
      event.preventDefault();
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      const position = { x: Math.round(at.x - DROP_OFFSET.x), y: Math.round(at.y - DROP_OFFSET.y) };
      runCommand(addResource, { kind, position }, 'palette');
    },
    [flow],
  );

  /** Keyboard and click path: add in the visible middle, cascading so repeats do not stack. */
  const addInView = useCallback(
    (kind: ResourceKind) => {
      // A workload joins the workload column left of the pools, where its placement edge runs
      // one way; the view moves to show it on the left and the pools it points at on the right.
      const slot = kind === 'Workload' ? workloadSlot(useDesignStore.getState().design) : undefined;
      if (slot) {
        runCommand(addResource, { kind, position: slot }, 'palette');
        void flow.setCenter(slot.x + WORKLOAD_VIEW_OFFSET.x, slot.y + WORKLOAD_VIEW_OFFSET.y, {
          zoom: flow.getZoom(),
          duration: 250,
        });
        return;
      }
      const box = wrapper.current?.getBoundingClientRect();
      const centre = box
        ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 })
        : { x: 0, y: 0 };
      const step = (addCount.current++ % 6) * 24;
      const position = {
        x: Math.round(centre.x - DROP_OFFSET.x + step),
        y: Math.round(centre.y - DROP_OFFSET.y + step),
      };
      runCommand(addResource, { kind, position }, 'palette');
    },
    [flow],
  );

  const readOnly = useDesignStore((s) => s.viewing !== undefined);
  const showMinimap = useDesignStore(minimapShown);
  // Requests from elsewhere: a problem clicked asks to reveal its resource; an import or a
  // layout asks to show what arrived.
  useEffect(() => {
    const { listen } = useDesignStore.getState();
    let frame = 0;
    const stopReveal = listen('reveal', ({ resourceId }) => {
      const node = flow.getInternalNode(resourceId);
      if (!node) return;
      const width = node.measured.width ?? 220;
      const height = node.measured.height ?? 90;
      void flow.setCenter(
        node.internals.positionAbsolute.x + width / 2,
        node.internals.positionAbsolute.y + height / 2,
        {
          zoom: Math.max(flow.getZoom(), 0.8),
          duration: 250,
        },
      );
    });
    const stopFocus = listen('focus', ({ ids }) => {
      cancelAnimationFrame(frame);
      // Cards that arrive (an import, another design opened) are fitted from their positions
      // and estimated sizes, not by React Flow's fitView, which fits only the cards it has a
      // size for when it runs: imported workloads were seen left out of view, under the
      // palette, while their pools were fitted. So many that they show as far-zoom blocks are
      // shown at that zoom at once: animating there would draw each in full first, for nothing
      // anyone could read.
      const box = wrapper.current?.getBoundingClientRect();
      const { resources } = useDesignStore.getState().design;
      const measuredSize = (id: ResourceId) => {
        const size = flow.getInternalNode(id)?.measured;
        return size?.width && size.height ? { width: size.width, height: size.height } : undefined;
      };
      const arriving = ids.some((id) => !measuredSize(id));
      const view =
        arriving && box
          ? estimatedView(
              ids.flatMap((id) => resources[id] ?? []),
              measuredSize,
              focusTarget(box),
            )
          : undefined;
      if (view) {
        void flow.setViewport(view, view.zoom < FAR_ZOOM ? undefined : { duration: 250 });
        return;
      }
      // Every card is measured: React Flow's own fit, once this render is drawn.
      frame = requestAnimationFrame(() => {
        void flow.fitView({
          nodes: ids.map((id) => ({ id })),
          padding: FOCUS_PADDING,
          maxZoom: 1,
          duration: 250,
        });
      });
    });
    return () => {
      stopReveal();
      stopFocus();
      cancelAnimationFrame(frame);
    };
  }, [flow]);

  return (
    <div
      className={far ? 'canvas canvas--far' : 'canvas'}
      ref={wrapper}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <FarZoomContext.Provider value={far}>
        {initialView && (
          <ReactFlow<ResourceNode, FlowEdge>
            nodes={nodes}
            edges={farEdges?.others ?? edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStart={onDragStart}
            onNodeDragStop={onDragStop}
            onSelectionDragStart={onDragStart}
            onSelectionDragStop={onDragStop}
            onConnect={onConnect}
            onConnectStart={onConnectStart}
            onConnectEnd={onConnectEnd}
            isValidConnection={isValidConnection}
            connectionLineComponent={ConnectionLine}
            deleteKeyCode={null}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            selectionKeyCode="Shift"
            multiSelectionKeyCode={MULTI_SELECTION_KEYS}
            defaultViewport={initialView}
            fitView
            fitViewOptions={FIT_VIEW_OPTIONS}
            minZoom={MIN_ZOOM}
            maxZoom={2}
            onlyRenderVisibleElements={nodes.length > 200}
            proOptions={PRO_OPTIONS}
            aria-label="Design canvas"
          >
            {farEdges && <FarReferences edges={farEdges.references} />}
            <Background gap={20} size={1} />
            <CanvasControls />
            {showMinimap && (
              <MiniMap pannable zoomable nodeColor={minimapColor} aria-label="Minimap" />
            )}
          </ReactFlow>
        )}
      </FarZoomContext.Provider>
      <Palette onAdd={addInView} />
      {isEmpty && <EmptyCanvas />}
      {refusal && (
        <div className="canvas__refusal" role="alert">
          {refusal}
          <button type="button" onClick={() => setRefusal(undefined)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}

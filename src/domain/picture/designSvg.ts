import { designSummary } from '../design/designSummary';
import { references, type Reference } from '../design/references';
import type { Design, Resource, ResourceId } from '../design/types';
import { ownValue } from '../lib/ownValue';
import { cardText, type CardText } from './cardFacts';
import {
  edgeColour,
  PICTURE_THEMES,
  type PictureTheme,
  type PictureThemeName,
} from './pictureTheme';
import { escapeXml, fitText, isolate } from './svgText';

export interface CardSize {
  width: number;
  height: number;
}

export interface DesignSvgOptions {
  theme: PictureThemeName;
  /** Sizes the canvas measured, by resource id, so cards match what the user sees. */
  sizes?: Readonly<Record<ResourceId, CardSize>>;
}

export interface DesignSvg {
  svg: string;
  width: number;
  height: number;
}

/** Around the cards, so the picture does not start at a card's border. */
export const PICTURE_PADDING = 32;

/** The canvas's card width (`.react-flow__node-*` in canvas.css); autoLayout spaces for it. */
export const CARD_WIDTH = 200;

// Document tools embed fonts they know and substitute the rest, so a system stack (as the app
// uses) reads the same everywhere; a web font would not travel with the file.
const FONT_UI = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FONT_MONO = "ui-monospace, SFMono-Regular, 'DejaVu Sans Mono', Menlo, Consolas, monospace";

// Text is at least 12 px: a picture pasted into a document is often shown smaller than drawn.
const KIND_SIZE = 12;
const NAME_SIZE = 14;
const FACT_SIZE = 12;
const RADIUS = 6;
const STRIPE = 4;
const TEXT_LEFT = STRIPE + 10;
const TEXT_RIGHT = 10;
const KIND_BASELINE = 20;
const NAME_BASELINE = 40;
const FIRST_FACT_BASELINE = 58;
const FACT_LINE = 16;
const BOTTOM = 12;
const HANDLE_RADIUS = 3.5;

interface Card {
  resource: Resource;
  text: CardText;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Edge {
  kind: Reference['kind'];
  from: { x: number; y: number };
  to: { x: number; y: number };
  c1: { x: number; y: number };
  c2: { x: number; y: number };
}

function contentHeight(text: CardText): number {
  if (text.facts.length === 0) return NAME_BASELINE + BOTTOM;
  return FIRST_FACT_BASELINE + FACT_LINE * (text.facts.length - 1) + BOTTOM;
}

function usable(size: CardSize | undefined): size is CardSize {
  return !!size && Number.isFinite(size.width) && Number.isFinite(size.height) && size.width > 0;
}

function layoutCard(resource: Resource, measured: CardSize | undefined): Card {
  const text = cardText(resource);
  const height = contentHeight(text);
  const size = usable(measured)
    ? // The canvas draws 11 px detail lines; ours are 12 px, so a card grows rather than clip.
      { width: measured.width, height: Math.max(measured.height, height) }
    : { width: CARD_WIDTH, height };
  return { resource, text, x: resource.position.x, y: resource.position.y, ...size };
}

/**
 * React Flow's default bezier (`getBezierPath`, curvature 0.25) from a right-hand handle to a
 * left-hand one, so an edge bends in the picture as it does on the canvas.
 */
function bezier(kind: Reference['kind'], from: Card, to: Card): Edge {
  const start = { x: from.x + from.width, y: from.y + from.height / 2 };
  const end = { x: to.x, y: to.y + to.height / 2 };
  const distance = end.x - start.x;
  const offset = distance >= 0 ? 0.5 * distance : 0.25 * 25 * Math.sqrt(-distance);
  return {
    kind,
    from: start,
    to: end,
    c1: { x: start.x + offset, y: start.y },
    c2: { x: end.x - offset, y: end.y },
  };
}

function edgesOf(design: Design, cards: ReadonlyMap<ResourceId, Card>): Edge[] {
  // references() resolves nodeClassRef by class name exactly as the canvas's edges do.
  return references(design).flatMap((reference) => {
    const from = cards.get(reference.source);
    const to = cards.get(reference.target);
    return from && to ? [bezier(reference.kind, from, to)] : [];
  });
}

function pointOn(edge: Edge, t: number): { x: number; y: number } {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * edge.from.x + b * edge.c1.x + c * edge.c2.x + d * edge.to.x,
    y: a * edge.from.y + b * edge.c1.y + c * edge.c2.y + d * edge.to.y,
  };
}

interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

function boundsOf(cards: readonly Card[], edges: readonly Edge[]): Bounds {
  const b: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const add = (x: number, y: number) => {
    b.minX = Math.min(b.minX, x);
    b.minY = Math.min(b.minY, y);
    b.maxX = Math.max(b.maxX, x);
    b.maxY = Math.max(b.maxY, y);
  };
  for (const card of cards) {
    add(card.x, card.y);
    add(card.x + card.width, card.y + card.height);
  }
  // An edge back to a card on its left loops outside both cards; keep the loop in the picture.
  for (const edge of edges) {
    for (let i = 0; i <= 16; i++) {
      const p = pointOn(edge, i / 16);
      add(p.x, p.y);
    }
  }
  return b;
}

/** Two decimals are plenty for a picture and keep the file short. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function pictureTitle(design: Design): string {
  return `NodePool Designer — ${designSummary(design)}`;
}

function svgDocument(title: string, width: number, height: number, body: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="picture-title" font-family="${FONT_UI}">`,
    `<title id="picture-title">${escapeXml(title)}</title>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function cardSvg(card: Card, theme: PictureTheme, dx: number, dy: number): string {
  const x = card.x + dx;
  const y = card.y + dy;
  const { width: w, height: h, text } = card;
  const accent = theme.accent(card.resource.kind);
  const room = w - TEXT_LEFT - TEXT_RIGHT;
  const tx = num(x + TEXT_LEFT);
  // The left border of the canvas card: accent colour, rounded with the card's corners.
  const stripe = `M${num(x + RADIUS)} ${num(y)}A${RADIUS} ${RADIUS} 0 0 0 ${num(x)} ${num(y + RADIUS)}V${num(y + h - RADIUS)}A${RADIUS} ${RADIUS} 0 0 0 ${num(x + RADIUS)} ${num(y + h)}H${num(x + STRIPE)}V${num(y)}Z`;
  const name = text.name
    ? `<text x="${tx}" y="${num(y + NAME_BASELINE)}" font-size="${NAME_SIZE}" font-weight="bold" fill="${theme.text}">${escapeXml(isolate(fitText(text.name, room, NAME_SIZE, 'bold')))}</text>`
    : `<text x="${tx}" y="${num(y + NAME_BASELINE)}" font-size="${NAME_SIZE}" font-style="italic" fill="${theme.muted}">(unnamed)</text>`;
  const facts = text.facts.map(
    (fact, i) =>
      `<text x="${tx}" y="${num(y + FIRST_FACT_BASELINE + FACT_LINE * i)}" font-family="${FONT_MONO}" font-size="${FACT_SIZE}" fill="${theme.muted}">${escapeXml(fitText(fact, room, FACT_SIZE, 'mono'))}</text>`,
  );
  return [
    '<g>',
    // The full name, however long, for screen readers and hover in the tools that show it.
    `<title>${escapeXml(`${text.kindLabel} ${text.name ? isolate(text.name) : '(unnamed)'}`)}</title>`,
    `<rect x="${num(x + 0.5)}" y="${num(y + 0.5)}" width="${num(w - 1)}" height="${num(h - 1)}" rx="${RADIUS}" fill="${theme.card}" stroke="${theme.border}"/>`,
    `<path d="${stripe}" fill="${accent}"/>`,
    `<text x="${tx}" y="${num(y + KIND_BASELINE)}" font-size="${KIND_SIZE}" font-weight="bold" fill="${accent}">${escapeXml(text.kindLabel)}</text>`,
    name,
    ...facts,
    '</g>',
  ].join('\n');
}

function edgeSvg(edge: Edge, theme: PictureTheme, dx: number, dy: number): string {
  const p = (point: { x: number; y: number }) => `${num(point.x + dx)} ${num(point.y + dy)}`;
  const dash = edge.kind === 'migProfile' ? ' stroke-dasharray="5 4"' : '';
  return `<path class="edge edge--${edge.kind}" d="M${p(edge.from)}C${p(edge.c1)} ${p(edge.c2)} ${p(edge.to)}" fill="none" stroke="${edgeColour(theme, edge.kind)}" stroke-width="1.6"${dash}/>`;
}

/** The dots where an edge meets a card, drawn over the card as the canvas's handles are. */
function handlesSvg(edge: Edge, theme: PictureTheme, dx: number, dy: number): string {
  return [edge.from, edge.to]
    .map(
      (point) =>
        `<circle cx="${num(point.x + dx)}" cy="${num(point.y + dy)}" r="${HANDLE_RADIUS}" fill="${edgeColour(theme, edge.kind)}" stroke="${theme.card}" stroke-width="1.5"/>`,
    )
    .join('\n');
}

function emptySvg(design: Design, theme: PictureTheme): DesignSvg {
  const width = 240;
  const height = 96;
  const svg = svgDocument(pictureTitle(design), width, height, [
    `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
    `<text x="${width / 2}" y="${height / 2 + 5}" text-anchor="middle" font-size="14" fill="${theme.muted}">Empty design</text>`,
  ]);
  return { svg, width, height };
}

/**
 * The design as a native SVG (rects, text and paths, no foreignObject, no CSS, no web fonts),
 * since document tools that render SVG at all rarely render more; cropped to the cards.
 */
export function designSvg(design: Design, options: DesignSvgOptions): DesignSvg {
  const theme = PICTURE_THEMES[options.theme];
  const resources = Object.values(design.resources);
  if (resources.length === 0) return emptySvg(design, theme);
  const cards = new Map(
    resources.map((r) => [r.id, layoutCard(r, options.sizes && ownValue(options.sizes, r.id))]),
  );
  const edges = edgesOf(design, cards);
  const bounds = boundsOf([...cards.values()], edges);
  // Rounded before ceil, so moving every card by a whole amount never changes the size.
  const extent = (span: number) => Math.ceil(Math.round(span * 100) / 100) + 2 * PICTURE_PADDING;
  const width = extent(bounds.maxX - bounds.minX);
  const height = extent(bounds.maxY - bounds.minY);
  const dx = PICTURE_PADDING - bounds.minX;
  const dy = PICTURE_PADDING - bounds.minY;
  const svg = svgDocument(pictureTitle(design), width, height, [
    `<rect width="${width}" height="${height}" fill="${theme.background}"/>`,
    // Edges under the cards and their handles over them, in the canvas's order.
    ...edges.map((edge) => edgeSvg(edge, theme, dx, dy)),
    ...[...cards.values()].map((card) => cardSvg(card, theme, dx, dy)),
    ...edges.map((edge) => handlesSvg(edge, theme, dx, dy)),
  ]);
  return { svg, width, height };
}

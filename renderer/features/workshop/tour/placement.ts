/** A box on screen in CSS pixels, as getBoundingClientRect gives it. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export type Side = 'bottom' | 'top' | 'right' | 'left' | 'centre';

export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly side: Side;
  /** Which of the bubble's layouts (`PlacementInput.bubbles`) to show. */
  readonly layout: number;
}

export interface PlacementInput {
  /** The highlighted element, or null to centre the bubble. */
  readonly target: Box | null;
  /**
   * The bubble's sizes in its layouts, preferred first (the narrow column,
   * then a wider and so shorter one that fits above or below a wide table).
   */
  readonly bubbles: readonly Size[];
  readonly viewport: Size;
  /** Space between the target and the bubble. */
  readonly gapPx: number;
  /** Space kept free along the window's edges. */
  readonly marginPx: number;
}

/** Tried in this order; on a tie in how much of the target is covered, the first wins. */
const sides = ['bottom', 'top', 'right', 'left'] as const;

const clamp = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), Math.max(min, max));

/** The area two boxes share, in px². */
export function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The part of a box inside the viewport (a target scrolled half out of view only counts its visible half). */
function visiblePart(box: Box, viewport: Size): Box {
  const left = clamp(box.left, 0, viewport.width);
  const top = clamp(box.top, 0, viewport.height);
  const right = clamp(box.left + box.width, 0, viewport.width);
  const bottom = clamp(box.top + box.height, 0, viewport.height);
  return { left, top, width: right - left, height: bottom - top };
}

/** The bubble on one side of the target, slid along that side to stay inside the window. */
function besideTarget(
  side: (typeof sides)[number],
  input: PlacementInput,
  target: Box,
  bubble: Size,
  layout: number,
): Placement {
  const { viewport, gapPx, marginPx } = input;
  const maxLeft = viewport.width - bubble.width - marginPx;
  const maxTop = viewport.height - bubble.height - marginPx;
  const centredLeft = clamp(target.left + target.width / 2 - bubble.width / 2, marginPx, maxLeft);
  const centredTop = clamp(target.top + target.height / 2 - bubble.height / 2, marginPx, maxTop);
  switch (side) {
    case 'bottom':
      return { side, layout, left: centredLeft, top: clamp(target.top + target.height + gapPx, marginPx, maxTop) };
    case 'top':
      return { side, layout, left: centredLeft, top: clamp(target.top - gapPx - bubble.height, marginPx, maxTop) };
    case 'right':
      return { side, layout, left: clamp(target.left + target.width + gapPx, marginPx, maxLeft), top: centredTop };
    case 'left':
      return { side, layout, left: clamp(target.left - gapPx - bubble.width, marginPx, maxLeft), top: centredTop };
    default: {
      const unexpected: never = side;
      throw new Error(`Unknown side ${String(unexpected)}`);
    }
  }
}

/**
 * Where the tour's bubble goes: beside its target on the first side where it
 * covers none of it (below, above, right, left; each layout in turn), else
 * where it covers the least of the target's visible part — a big target (the
 * map's side panel, a long table) may leave no free side. Always inside the
 * window. No target: centred, in the first layout.
 */
export function placeBubble(input: PlacementInput): Placement {
  const { target, bubbles, viewport, marginPx } = input;
  const first = bubbles[0];
  if (first === undefined) throw new Error('placeBubble needs at least one bubble size.');
  if (target === null) {
    return {
      side: 'centre',
      layout: 0,
      left: clamp((viewport.width - first.width) / 2, marginPx, viewport.width - first.width - marginPx),
      top: clamp((viewport.height - first.height) / 2, marginPx, viewport.height - first.height - marginPx),
    };
  }
  const visible = visiblePart(target, viewport);
  let best: { placement: Placement; covered: number } | null = null;
  for (const [layout, bubble] of bubbles.entries()) {
    for (const side of sides) {
      const placement = besideTarget(side, input, target, bubble, layout);
      const covered = overlapArea({ left: placement.left, top: placement.top, ...bubble }, visible);
      if (covered === 0) return placement;
      if (best === null || covered < best.covered) best = { placement, covered };
    }
  }
  // NOTE: there is at least one layout and one side, so `best` is set; the fallback keeps the compiler sure of it.
  return best?.placement ?? besideTarget('bottom', input, target, first, 0);
}

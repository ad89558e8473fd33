import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { Section } from '../../../shell/routes.js';
import type { Box, Size } from './placement.js';
import { resolveStep } from './resolve-step.js';
import { keepInScroller } from './scroll-into-scroller.js';
import type { StepTarget } from './resolve-step.js';
import { tourSelector } from './tour-steps.js';
import type { TourStep, TourTarget } from './tour-steps.js';

export interface TrackedTarget {
  readonly resolution: StepTarget<HTMLElement>;
  /** The found element's box on screen; null when nothing is found. */
  readonly box: Box | null;
  /** The found element is a disabled control (drawing with no family yet, a report with nothing to print). */
  readonly disabled: boolean;
  readonly viewport: Size;
  /** Where the tour's layer must live: the open modal dialog (the rest of the page is inert then), else the body. */
  readonly host: HTMLElement;
}

/** Shown: laid out with a size (not `display: none`, not in a closed <details>). */
function shownElement(target: TourTarget): HTMLElement | null {
  const element = document.querySelector(tourSelector(target));
  if (!(element instanceof HTMLElement)) return null;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 ? element : null;
}

function topModalDialog(): HTMLElement | null {
  const open = [...document.querySelectorAll('dialog[open]')].filter((dialog) => dialog.matches(':modal'));
  const last = open.at(-1);
  return last instanceof HTMLElement ? last : null;
}

const sameBox = (a: Box | null, b: Box | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    Math.round(a.left) === Math.round(b.left) &&
    Math.round(a.top) === Math.round(b.top) &&
    Math.round(a.width) === Math.round(b.width) &&
    Math.round(a.height) === Math.round(b.height));

const sameResolution = (a: StepTarget<HTMLElement>, b: StepTarget<HTMLElement>): boolean => {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'found' && b.kind === 'found') return a.element === b.element && a.target === b.target;
  if (a.kind === 'elsewhere' && b.kind === 'elsewhere') return a.section === b.section;
  return true;
};

function snapshot(step: TourStep, section: Section): TrackedTarget {
  const resolution = resolveStep(step, section, shownElement);
  const rect = resolution.kind === 'found' ? resolution.element.getBoundingClientRect() : null;
  return {
    resolution,
    disabled: resolution.kind === 'found' && resolution.element.matches(':disabled, [aria-disabled="true"]'),
    box: rect ? { left: rect.left, top: rect.top, width: rect.width, height: rect.height } : null,
    viewport: { width: window.innerWidth, height: window.innerHeight },
    host: topModalDialog() ?? document.body,
  };
}

/** How long after a target is found the tour keeps it in view while the page around it still loads and shifts. */
const SETTLE_MS = 2000;

/**
 * Follows the step's target every frame while the tour shows: pages load
 * lazily, data arrives, panels open and close, the page scrolls. Reading a
 * few boxes per frame is cheap; state only changes when something moved.
 * A newly found target is scrolled into view with `roomPx` free above or
 * below it for the bubble, and kept there while the page settles (charts
 * above it load and push it down); after that, scrolling is the trainer's.
 */
export function useStepTarget(step: TourStep, section: Section, roomPx: RefObject<number>): TrackedTarget {
  const [tracked, setTracked] = useState<TrackedTarget>(() => snapshot(step, section));

  useEffect(() => {
    let frame = 0;
    let scrolledTo: HTMLElement | null = null;
    let foundAt = 0;
    const tick = (now: number) => {
      const next = snapshot(step, section);
      if (next.resolution.kind === 'found' && next.box) {
        if (next.resolution.element !== scrolledTo) {
          scrolledTo = next.resolution.element;
          foundAt = now;
        }
        if (now - foundAt < SETTLE_MS) keepInScroller(scrolledTo, roomPx.current);
      }
      setTracked((current) =>
        sameResolution(current.resolution, next.resolution) &&
        sameBox(current.box, next.box) &&
        current.viewport.width === next.viewport.width &&
        current.viewport.height === next.viewport.height &&
        current.host === next.host &&
        current.disabled === next.disabled
          ? current
          : next,
      );
      frame = requestAnimationFrame(tick);
    };
    tick(performance.now());
    return () => cancelAnimationFrame(frame);
  }, [step, section, roomPx]);

  return tracked;
}

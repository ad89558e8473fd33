import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { hrefFor, sectionFromHash } from '../../../shell/routes.js';
import { useHashRoute } from '../../../shell/use-hash-route.js';
import { placeBubble } from './placement.js';
import type { Size } from './placement.js';
import { TourBubbleBody } from './TourBubbleBody.js';
import { dispatchTour, useTourState } from './tour-store.js';
import { tourSteps } from './tour-steps.js';
import type { TourStep } from './tour-steps.js';
import { useStepTarget } from './use-step-target.js';
import './tour.css';

/** Room around the highlighted element, and between it and the bubble, in px. */
const SPOTLIGHT_PAD_PX = 6;
const GAP_PX = 14;
const MARGIN_PX = 12;
/**
 * The bubble's layouts, preferred first: a narrow column; a wide one, short
 * enough for above or below a wide table; a slim one for beside a dialog.
 */
const layouts = ['tour-bubble-narrow', 'tour-bubble-wide', 'tour-bubble-slim'] as const;

/** The guided tour, when it is open: mounted once for the whole window (App). */
export function TourOverlay() {
  const tour = useTourState();
  const step = tourSteps[tour.index];
  if (!tour.open || !step) return null;
  return <TourBubble step={step} index={tour.index} />;
}

/** Both layouts' sizes, measured on hidden copies of the bubble: the place is chosen before it shows. */
function useLayoutSizes(host: HTMLElement) {
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  // Until measured (the first layout effect): roughly what the CSS gives at the app's 15 px root.
  const [sizes, setSizes] = useState<readonly Size[]>([
    { width: 375, height: 300 },
    { width: 600, height: 220 },
    { width: 255, height: 420 },
  ]);
  useLayoutEffect(() => {
    const elements = refs.current.filter((element): element is HTMLDivElement => element !== null);
    const measure = () => {
      const next = elements.map((element) => ({ width: element.offsetWidth, height: element.offsetHeight }));
      setSizes((current) =>
        current.length === next.length &&
        current.every((size, i) => size.width === next[i]?.width && size.height === next[i]?.height)
          ? current
          : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const element of elements) observer.observe(element);
    return () => observer.disconnect();
  }, [host]);
  return { sizes, refs };
}

function TourBubble({ step, index }: { step: TourStep; index: number }) {
  const section = useHashRoute();
  // The room a target is scrolled to leave above or below it: the shortest of the layouts that go there.
  const roomPx = useRef(0);
  const tracked = useStepTarget(step, section, roomPx);
  const bubbleRef = useRef<HTMLDivElement>(null);
  const { sizes, refs } = useLayoutSizes(tracked.host);
  useEffect(() => {
    roomPx.current = GAP_PX + Math.min(...sizes.slice(0, 2).map((size) => size.height)) + MARGIN_PX;
  }, [sizes]);
  const titleId = useId();
  const bodyId = useId();
  const last = index === tourSteps.length - 1;

  // Each step opens its section; a trainer who then wanders elsewhere is offered the way back, not dragged.
  useEffect(() => {
    if (sectionFromHash(window.location.hash) !== step.section) window.location.hash = hrefFor(step.section);
  }, [step]);

  // Focus goes to the bubble when the tour opens, and back to what opened it when it closes.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    bubbleRef.current?.focus({ preventScroll: true });
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, []);
  // A new step keeps focus on the bubble's button that moved it; from anywhere else focus comes back to the bubble.
  useEffect(() => {
    const bubble = bubbleRef.current;
    if (bubble && !bubble.contains(document.activeElement)) bubble.focus({ preventScroll: true });
  }, [index]);

  // Esc with nothing focused (after a click on the page's background) closes too; fields and tools keep theirs.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target !== document.body && event.target !== document.documentElement) return;
      event.preventDefault();
      dispatchTour({ type: 'close' });
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  const spotlight =
    tracked.box === null
      ? null
      : {
          left: tracked.box.left - SPOTLIGHT_PAD_PX,
          top: tracked.box.top - SPOTLIGHT_PAD_PX,
          width: tracked.box.width + 2 * SPOTLIGHT_PAD_PX,
          height: tracked.box.height + 2 * SPOTLIGHT_PAD_PX,
        };
  const placement = placeBubble({
    target: spotlight,
    bubbles: sizes,
    viewport: tracked.viewport,
    gapPx: GAP_PX,
    marginPx: MARGIN_PX,
  });

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dispatchTour({ type: 'close' });
    } else if (event.key === 'ArrowRight' && !last) {
      event.preventDefault();
      dispatchTour({ type: 'next' });
    } else if (event.key === 'ArrowLeft' && index > 0) {
      event.preventDefault();
      dispatchTour({ type: 'previous' });
    }
  };

  const resolution = tracked.resolution;
  return createPortal(
    <div className="tour-layer" data-testid="tour-layer">
      {spotlight ? (
        <div
          className="tour-spotlight"
          data-testid="tour-spotlight"
          aria-hidden="true"
          style={{ left: spotlight.left, top: spotlight.top, width: spotlight.width, height: spotlight.height }}
        />
      ) : (
        <div className="tour-dim" aria-hidden="true" />
      )}
      {layouts.map((layout, i) => (
        <div
          key={layout}
          ref={(element) => {
            refs.current[i] = element;
          }}
          className={`tour-bubble tour-bubble-measure ${layout}`}
          aria-hidden="true"
          inert
        >
          <TourBubbleBody step={step} index={index} resolution={resolution} disabled={tracked.disabled} />
        </div>
      ))}
      <div
        ref={bubbleRef}
        className={`tour-bubble ${layouts[placement.layout] ?? layouts[0]}`}
        role="dialog"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        tabIndex={-1}
        data-testid="tour-bubble"
        data-step={step.id}
        data-step-number={index + 1}
        data-target={resolution.kind === 'found' ? resolution.target : ''}
        data-side={placement.side}
        style={{ left: placement.left, top: placement.top }}
        onKeyDown={onKeyDown}
      >
        <TourBubbleBody
          step={step}
          index={index}
          resolution={resolution}
          disabled={tracked.disabled}
          ids={{ title: titleId, body: bodyId }}
        />
      </div>
    </div>,
    tracked.host,
  );
}

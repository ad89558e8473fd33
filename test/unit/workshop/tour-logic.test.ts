import { describe, expect, it } from 'vitest';
import { overlapArea, placeBubble } from '../../../renderer/features/workshop/tour/placement.js';
import { resolveStep } from '../../../renderer/features/workshop/tour/resolve-step.js';
import { initialTourState, resumableIndex, tourReducer } from '../../../renderer/features/workshop/tour/tour-state.js';
import type { TourState } from '../../../renderer/features/workshop/tour/tour-state.js';
import { tourSelector, tourSteps } from '../../../renderer/features/workshop/tour/tour-steps.js';
import type { TourStep, TourTarget } from '../../../renderer/features/workshop/tour/tour-steps.js';
import { catalogues } from '../../../shared/i18n/index.js';

const N = tourSteps.length;
const run = (state: TourState, ...types: ('next' | 'previous' | 'close' | 'resume' | 'finish' | 'start')[]) =>
  types.reduce((current, type) => tourReducer(current, { type }, N), state);

describe('tour steps', () => {
  it('walks map → risks → plans → reports in seven steps, each with somewhere to point', () => {
    expect(tourSteps.map((step) => step.section)).toEqual([
      'mapa',
      'mapa',
      'riesgos',
      'riesgos',
      'planes',
      'planes',
      'informes',
    ]);
    for (const step of tourSteps) expect(step.targets.length).toBeGreaterThan(0);
    expect(tourSelector('map-draw-plot')).toBe('[data-tour="map-draw-plot"]');
  });

  it('has a title, an action, a why and a missing-target hint for every step in both languages', () => {
    for (const catalogue of Object.values(catalogues)) {
      for (const step of tourSteps) {
        const text = catalogue.tour.steps[step.id];
        for (const part of [text.title, text.action, text.why, text.missing]) expect(part.trim()).not.toBe('');
      }
    }
  });
});

describe('tourReducer', () => {
  it('starts at step 1 and stops at the last step and at the first', () => {
    const started = run(initialTourState, 'start');
    expect(started).toEqual({ open: true, index: 0 });
    expect(run(started, 'previous')).toEqual({ open: true, index: 0 });
    const end = run(started, ...Array<'next'>(10).fill('next'));
    expect(end).toEqual({ open: true, index: N - 1 });
    expect(run(end, 'previous')).toEqual({ open: true, index: N - 2 });
  });

  it('remembers the step when closed, resumes there, and starts over after Terminar or Empezar', () => {
    const atThird = run(initialTourState, 'start', 'next', 'next');
    const closed = run(atThird, 'close');
    expect(closed).toEqual({ open: false, index: 2 });
    expect(resumableIndex(closed)).toBe(2);
    expect(run(closed, 'resume')).toEqual({ open: true, index: 2 });
    expect(run(closed, 'start')).toEqual({ open: true, index: 0 });
    const finished = run(atThird, 'finish');
    expect(finished).toEqual({ open: false, index: 0 });
    expect(resumableIndex(finished)).toBeNull();
  });

  it('clamps a jump to an existing step', () => {
    expect(tourReducer(initialTourState, { type: 'goTo', index: 99 }, N).index).toBe(N - 1);
    expect(tourReducer(initialTourState, { type: 'goTo', index: -3 }, N).index).toBe(0);
    expect(tourReducer(initialTourState, { type: 'goTo', index: 2.7 }, N).index).toBe(2);
  });
});

describe('resolveStep', () => {
  const step: TourStep = { id: 'riskCard', section: 'riesgos', targets: ['plot-risk-card', 'risk-results'] };
  const finder =
    (present: readonly TourTarget[]) =>
    (target: TourTarget): string | null =>
      present.includes(target) ? `element:${target}` : null;

  it('points at the first mark on screen, saying whether it is a stand-in', () => {
    expect(resolveStep(step, 'riesgos', finder(['plot-risk-card', 'risk-results']))).toEqual({
      kind: 'found',
      target: 'plot-risk-card',
      element: 'element:plot-risk-card',
      fallback: false,
    });
    expect(resolveStep(step, 'riesgos', finder(['risk-results']))).toEqual({
      kind: 'found',
      target: 'risk-results',
      element: 'element:risk-results',
      fallback: true,
    });
  });

  it('is missing when no mark is shown, and elsewhere in another section (without looking)', () => {
    expect(resolveStep(step, 'riesgos', finder([]))).toEqual({ kind: 'missing' });
    const looked: TourTarget[] = [];
    const result = resolveStep(step, 'mapa', (target) => {
      looked.push(target);
      return 'x';
    });
    expect(result).toEqual({ kind: 'elsewhere', section: 'riesgos' });
    expect(looked).toEqual([]);
  });
});

describe('placeBubble', () => {
  const viewport = { width: 1280, height: 800 };
  const bubble = { width: 400, height: 250 };
  const base = { bubbles: [bubble], viewport, gapPx: 14, marginPx: 12 };

  it('centres the bubble without a target', () => {
    expect(placeBubble({ ...base, target: null })).toEqual({ side: 'centre', layout: 0, left: 440, top: 275 });
  });

  it('goes below a toolbar button, centred on it', () => {
    // top = 100 + 32 + 14 = 146; left = 900 + 55 − 200 = 755 (≤ 1280 − 400 − 12 = 868).
    const target = { left: 900, top: 100, width: 110, height: 32 };
    expect(placeBubble({ ...base, target })).toEqual({ side: 'bottom', layout: 0, left: 755, top: 146 });
  });

  it('goes above a target near the bottom, kept inside the left margin', () => {
    // Below would be clamped to top 538 and cover the target (y 700–740); above: top = 700 − 14 − 250 = 436.
    // left = 250 − 200 = 50.
    const target = { left: 200, top: 700, width: 100, height: 40 };
    expect(placeBubble({ ...base, target })).toEqual({ side: 'top', layout: 0, left: 50, top: 436 });
  });

  it('goes left of a tall side panel that leaves no room above or below', () => {
    // left = 880 − 14 − 400 = 466; top = 120 + 330 − 125 = 325.
    const target = { left: 880, top: 120, width: 390, height: 660 };
    expect(placeBubble({ ...base, target })).toEqual({ side: 'left', layout: 0, left: 466, top: 325 });
  });

  it('covers as little as it can of a target that fills most of the window', () => {
    // Target y 200–800. Below: clamped to 538–788, covers 250 × 400 = 100,000 px².
    // Above: wanted −64, clamped to 12–262, covers (262 − 200) × 400 = 24,800 px². Right/left: fully covered.
    const target = { left: 0, top: 200, width: 1280, height: 600 };
    expect(placeBubble({ ...base, target })).toEqual({ side: 'top', layout: 0, left: 440, top: 12 });
  });

  it('counts only the visible part of a target scrolled partly out of view', () => {
    // Scrolled up: only y 0–300 is in the window. Below it: top = −1700 + 2000 + 14 = 314, covering nothing.
    const scrolledUp = { left: 0, top: -1700, width: 1280, height: 2000 };
    expect(placeBubble({ ...base, target: scrolledUp })).toEqual({ side: 'bottom', layout: 0, left: 440, top: 314 });
    const target = { left: 0, top: 0, width: 1280, height: 2000 };
    // Whole window covered: every side covers the bubble's full 100,000 px²; the first (below) wins.
    expect(placeBubble({ ...base, target })).toEqual({ side: 'bottom', layout: 0, left: 440, top: 538 });
  });

  it('switches to the wide, shorter layout below a wide table that leaves the narrow one no free side', () => {
    // Narrow 375 × 415 px: below is clamped to top 373 (over the table, y 344–464), above to 12–427, and the
    // sides are taken by the table itself. Wide 600 × 300: below, top = 344 + 120 + 14 = 478 ≤ 800 − 300 − 12,
    // left = 216 + 527 − 300 = 443.
    const target = { left: 216, top: 344, width: 1054, height: 120 };
    const bubbles = [
      { width: 375, height: 415 },
      { width: 600, height: 300 },
    ];
    expect(placeBubble({ ...base, bubbles, target })).toEqual({ side: 'bottom', layout: 1, left: 443, top: 478 });
    // With room below for the narrow one, it stays narrow.
    expect(placeBubble({ ...base, bubbles, target: { ...target, top: 200 } })).toEqual({
      side: 'bottom',
      layout: 0,
      left: 555.5,
      top: 334,
    });
  });

  it('measures overlaps', () => {
    expect(overlapArea({ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 })).toBe(
      25,
    );
    expect(overlapArea({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 5, height: 5 })).toBe(0);
  });
});

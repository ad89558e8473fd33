import './risk-card.css';
import type { HazardLevel } from '../../../shared/domain/hazard.js';
import { levelPatternUrl } from './level-patterns.js';
import { slotColour, slotOf } from './level-slots.js';
import { useRiskLabels } from './use-risk-labels.js';

/** A swatch with the level's colour and hatch (see level-patterns.ts), for badges and legends. */
export function LevelSwatch({ level }: { level: HazardLevel | null }) {
  const slot = slotOf(level);
  return (
    <span
      className="level-swatch"
      aria-hidden="true"
      style={{ backgroundImage: levelPatternUrl(slot, slotColour(slot)) }}
    />
  );
}

/**
 * A level as text with its swatch: the word carries the meaning (WCAG 1.4.1),
 * the colour and hatch only help the eye. Dark text on a light chip, so it
 * reads on every level's colour.
 */
export function LevelBadge({ level, testId }: { level: HazardLevel | null; testId?: string }) {
  const labels = useRiskLabels();
  return (
    <span className="level-badge" data-level={slotOf(level)} data-testid={testId}>
      <LevelSwatch level={level} />
      {labels.level(level)}
    </span>
  );
}

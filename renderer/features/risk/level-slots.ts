import { hazardLevels } from '../../../shared/domain/hazard.js';
import type { HazardLevel } from '../../../shared/domain/hazard.js';
import { LEVEL_COLOURS, NO_LEVEL_COLOUR } from '../layers/level-colours.js';
import type { LevelSlot } from './level-patterns.js';

/** The four levels lowest first, then "no data": the order of legends, stacks and table columns. */
export const levelSlots: readonly LevelSlot[] = [...hazardLevels, 'none'];

export const slotOf = (level: HazardLevel | null): LevelSlot => level ?? 'none';
export const levelOfSlot = (slot: LevelSlot): HazardLevel | null => (slot === 'none' ? null : slot);

/** The map's palette (renderer/features/layers/level-colours.ts), so "Alto" looks the same everywhere. */
export const slotColour = (slot: LevelSlot): string => (slot === 'none' ? NO_LEVEL_COLOUR : LEVEL_COLOURS[slot]);

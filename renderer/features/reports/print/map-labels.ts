/**
 * Where plot labels go on the print map: each at its plot's centre, the
 * biggest plots first, skipping a label that would overlap one already placed
 * or leave the frame. Text width is estimated from its length (Noto Sans
 * averages about 0.56 em per character for names and digits), so no layout
 * pass is needed; a grid keeps it linear for thousands of plots.
 */
export interface LabelCandidate {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Higher first (the plot's size in SVG units²). */
  readonly priority: number;
}

export interface PlacedLabel extends LabelCandidate {
  readonly width: number;
  readonly height: number;
}

const EM_PER_CHAR = 0.56;

export function labelBox(text: string, fontSize: number): { width: number; height: number } {
  return { width: text.length * fontSize * EM_PER_CHAR + 2, height: fontSize * 1.15 };
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  fontSize: number,
  bounds: { width: number; height: number; top?: number },
): PlacedLabel[] {
  const cell = fontSize * 6;
  const grid = new Map<string, PlacedLabel[]>();
  const placed: PlacedLabel[] = [];
  const top = bounds.top ?? 0;
  const overlaps = (a: PlacedLabel, b: PlacedLabel) =>
    Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
  const cellsOf = (label: PlacedLabel): string[] => {
    const keys: string[] = [];
    for (
      let gx = Math.floor((label.x - label.width / 2) / cell);
      gx <= Math.floor((label.x + label.width / 2) / cell);
      gx++
    )
      for (
        let gy = Math.floor((label.y - label.height / 2) / cell);
        gy <= Math.floor((label.y + label.height / 2) / cell);
        gy++
      )
        keys.push(`${gx},${gy}`);
    return keys;
  };
  for (const candidate of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const label: PlacedLabel = { ...candidate, ...labelBox(candidate.text, fontSize) };
    const inside =
      label.x - label.width / 2 >= 0 &&
      label.x + label.width / 2 <= bounds.width &&
      label.y - label.height / 2 >= top &&
      label.y + label.height / 2 <= top + bounds.height;
    if (!inside) continue;
    const keys = cellsOf(label);
    if (keys.some((key) => grid.get(key)?.some((other) => overlaps(label, other)))) continue;
    placed.push(label);
    for (const key of keys) grid.set(key, [...(grid.get(key) ?? []), label]);
  }
  return placed;
}

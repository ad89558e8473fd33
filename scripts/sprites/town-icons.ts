/** A filled disc, or a ring when `innerRadius` is set, centred on the icon; sizes in CSS pixels. */
export interface Disc {
  readonly radius: number;
  readonly innerRadius?: number;
  readonly rgb: readonly [number, number, number];
}

export interface SpriteIcon {
  readonly name: string;
  /** Square icon side in CSS pixels (at pixelRatio 1). */
  readonly sizePx: number;
  /** Painted in order, each over the previous ones. */
  readonly discs: readonly Disc[];
}

const white = [255, 255, 255] as const;
/** A dark coffee brown: dark enough to read on the pale land colour of the base style. */
const coffee = [74, 46, 32] as const;

/**
 * The icons the base style's labels use. A white rim keeps each dot visible
 * over plots, rasters and the graticule. The department capital gets the
 * cartographic "capital" sign, a ring with a dot, so it reads as different
 * even in print without colour.
 */
export const TOWN_ICONS: readonly SpriteIcon[] = [
  {
    name: 'town-capital',
    sizePx: 16,
    discs: [
      { radius: 7.5, rgb: white },
      { radius: 6.25, innerRadius: 4.25, rgb: coffee },
      { radius: 2.25, rgb: coffee },
    ],
  },
  {
    name: 'town',
    sizePx: 12,
    discs: [
      { radius: 5.5, rgb: white },
      { radius: 4, rgb: coffee },
    ],
  },
];

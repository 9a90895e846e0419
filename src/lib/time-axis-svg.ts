/**
 * SVG coordinates for a time axis drawn at any width (see `src/lib/time-axis.ts`): x as a
 * percentage of the width, mirrored for a right-to-left language; y as an offset in px up from
 * the drawing's bottom edge, so rows above can grow without moving what is below.
 */

/** Where things sit, in px up from the bottom edge. */
export const AXIS_ROWS = {
  /** The phase bar's height, at the very bottom. */
  phaseBar: 14,
  /** The baseline of the tick labels. */
  tickLabel: 20,
  /** The axis line. */
  line: 34,
  /** The centre of the lowest lane of marks. */
  lane0: 48,
  /** One lane of marks, or one row of labels: a 24 px tap target. */
  lane: 24,
  /** From the top lane's centre to the first row of labels. */
  labelGap: 18,
  /** The drawing's height besides its lanes and rows: the phase bar, tick labels and axis line. */
  base: 40,
} as const;

/** The drawing's height for a number of lanes and label rows (the stylesheet's `.hn-*` and `.hw-*` match). */
export function axisHeight(rows: number): number {
  return AXIS_ROWS.base + AXIS_ROWS.lane * rows;
}

/** The attribute values of one axis drawing. */
export type AxisSvg = {
  /** A position (0–1 along time) as an `x`: "37.5%". */
  x: (at: number) => string;
  /** Where a stretch starts on screen: its start, or its end right to left. */
  start: (from: number, to: number) => string;
  /** A stretch's width: "12.5%". */
  width: (from: number, to: number) => string;
  /** `transform` for a shape: up by `offset` px, and `dx` px across. */
  up: (offset: number, dx?: number) => string;
  /** `transform` for text: the same, with `dx` away from its anchor on the reading side. */
  textUp: (offset: number, dx?: number) => string;
};

const percent = (fraction: number) => `${+(fraction * 100).toFixed(3)}%`;

/** The drawing's coordinates for a language's direction. */
export function axisSvg(direction: 'ltr' | 'rtl'): AxisSvg {
  const rtl = direction === 'rtl';
  const x = (at: number) => percent(rtl ? 1 - at : at);
  const up = (offset: number, dx = 0) => `translate(${dx} ${-offset})`;
  return {
    x,
    start: (from, to) => x(rtl ? to : from),
    width: (from, to) => percent(to - from),
    up,
    textUp: (offset, dx = 0) => up(offset, rtl ? -dx : dx),
  };
}

import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import { atlasFromTopology, loadAtlas, locatorMapOf, wound } from '../../src/lib/maps/atlas.ts';
import {
  MAP_SIZE,
  boundsMeet,
  drawLocatorMap,
  longitudeIntervals,
  relativePath,
  resolutionFor,
  scaleFor,
  type Atlas,
} from '../../src/lib/maps/locator.ts';

const CUCUTA = { name: 'Cúcuta, Colombia', lat: 7.8939, lon: -72.5078, zoom: 6 };

/** A square of land, `size` degrees wide, wound as d3-geo reads land (clockwise on the map). */
const square = (west: number, south: number, size: number): Polygon['coordinates'] => [
  [
    [west, south],
    [west, south + size],
    [west + size, south + size],
    [west + size, south],
    [west, south],
  ],
];

/** Two neighbouring square countries, the place inside the western one. */
const TWO_SQUARES: Atlas = {
  resolution: '110m',
  countries: [
    {
      name: 'West',
      parts: [
        {
          polygon: square(-10, -5, 10),
          bounds: [
            [-10, -5],
            [0, 5],
          ],
        },
      ],
    },
    {
      name: 'East',
      parts: [
        {
          polygon: square(0, -5, 10),
          bounds: [
            [0, -5],
            [10, 5],
          ],
        },
      ],
    },
    {
      name: 'Far away',
      parts: [
        {
          polygon: square(100, 40, 5),
          bounds: [
            [100, 40],
            [105, 45],
          ],
        },
      ],
    },
  ],
};

describe('the map scale', () => {
  it('picks coarse outlines for the world and fine ones for a city', () => {
    expect([1, 2, 3, 6, 7, 10].map(resolutionFor)).toEqual(['110m', '110m', '50m', '50m', '10m', '10m']);
  });

  it('counts the world as 256 × 2^zoom units wide, as web maps do', () => {
    expect(scaleFor(0) * 2 * Math.PI).toBeCloseTo(256);
    expect(scaleFor(5) / scaleFor(4)).toBeCloseTo(2);
  });
});

describe('which countries are in view', () => {
  it('splits a longitude range at the 180° meridian', () => {
    expect(longitudeIntervals(-10, 10)).toEqual([[-10, 10]]);
    expect(longitudeIntervals(170, 190)).toEqual([
      [170, 180],
      [-180, -170],
    ]);
    expect(longitudeIntervals(-200, 200)).toEqual([[-180, 180]]);
  });

  it('meets boxes across the meridian, and not boxes apart', () => {
    expect(
      boundsMeet(
        [
          [175, -20],
          [-178, -15],
        ],
        [
          [170, -25],
          [190, -10],
        ],
      ),
    ).toBe(true);
    expect(
      boundsMeet(
        [
          [100, 40],
          [105, 45],
        ],
        [
          [-20, -10],
          [20, 10],
        ],
      ),
    ).toBe(false);
    expect(
      boundsMeet(
        [
          [-10, 40],
          [10, 45],
        ],
        [
          [-20, -10],
          [20, 10],
        ],
      ),
    ).toBe(false);
  });
});

describe('a locator map', () => {
  it('centres the place, marks the country holding it, and leaves out countries far away', () => {
    const map = drawLocatorMap({ name: 'Town, West', lat: 0, lon: -5, zoom: 4 }, TWO_SQUARES);
    expect(map).toMatchObject({ width: MAP_SIZE.width, height: MAP_SIZE.height, marker: { x: 300, y: 200 }, country: 'West' });
    expect(map.countries.map(({ name, here }) => [name, here])).toEqual([
      ['West', true],
      ['East', false],
    ]);
    for (const country of map.countries) expect(country.d).toMatch(/^M\d+ \d+l/);
    // The short name, right of the marker.
    expect(map.label).toEqual({ text: 'Town', x: 314, y: 207, anchor: 'start' });
  });

  it('writes the name left of a marker near the right edge', () => {
    const map = drawLocatorMap({ name: 'Edge', lat: 0, lon: -5, zoom: 4 }, TWO_SQUARES, { width: 340, height: 200 });
    expect(map.label.anchor).toBe('start');
    const right = drawLocatorMap({ name: 'A long place name', lat: 0, lon: -5, zoom: 4 }, TWO_SQUARES, { width: 340, height: 200 });
    expect(right.label).toMatchObject({ anchor: 'end', x: right.marker.x - 14 });
  });

  it('draws Cúcuta in Colombia, beside Venezuela, from Natural Earth', async () => {
    const map = drawLocatorMap(CUCUTA, await loadAtlas(resolutionFor(CUCUTA.zoom)));
    expect(map.country).toBe('Colombia');
    expect(map.countries.map((country) => country.name)).toEqual(expect.arrayContaining(['Colombia', 'Venezuela']));
    expect(map.label.text).toBe('Cúcuta');
    // Light enough for a page: a country-level map is a few kilobytes of path data.
    const bytes = map.countries.reduce((sum, country) => sum + country.d.length, 0);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(20_000);
  });

  it('draws a city-level map without any piece of land flooding the view', async () => {
    const map = drawLocatorMap({ ...CUCUTA, zoom: 9 }, await loadAtlas('10m'));
    expect(map.countries.map((country) => country.name).toSorted()).toEqual(['Colombia', 'Venezuela']);
  });

  it('is the same for the same place', async () => {
    const atlas = await loadAtlas('50m');
    expect(drawLocatorMap(CUCUTA, atlas)).toEqual(drawLocatorMap(CUCUTA, atlas));
  });
});

/** The absolute points of each ring of a path of M, L, Z (absolute) or M, l, z (relative) commands. */
function rings(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  let at: [number, number] = [0, 0];
  for (const [, command, text] of d.matchAll(/([MLZlz])([^MLZlz]*)/g)) {
    const numbers = (text!.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') out.push([(at = [numbers[0]!, numbers[1]!])]);
    for (let i = command === 'M' ? 2 : 0; i < numbers.length; i += 2) {
      at = command === 'l' ? [at[0] + numbers[i]!, at[1] + numbers[i + 1]!] : [numbers[i]!, numbers[i + 1]!];
      out.at(-1)!.push(at);
    }
    if (command === 'Z' || command === 'z') at = out.at(-1)![0]!;
  }
  return out;
}

describe('the outline as written in the page', () => {
  it('steps from point to point, a minus sign separating numbers as a space does', () => {
    expect(relativePath('M518,0L518,2L519,4L517,5ZM1,1L0,0Z')).toBe('M518 0l0 2 1 2-2 1zM1 1l-1-1z');
    expect(relativePath('M3,4Z')).toBe('M3 4z');
  });

  it('draws exactly the points of the outline', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) % 600) - 100;
    const absolute = Array.from(
      { length: 50 },
      () => Array.from({ length: 20 }, (_, i) => `${i ? 'L' : 'M'}${random()},${random()}`).join('') + 'Z',
    ).join('');
    expect(rings(relativePath(absolute))).toEqual(rings(absolute));
  });

  it('writes a real coastline in about half the bytes of absolute points', async () => {
    const map = drawLocatorMap(CUCUTA, await loadAtlas(resolutionFor(CUCUTA.zoom)));
    const relative = map.countries.map((country) => country.d).join('');
    const absolute = rings(relative)
      .map((ring) => ring.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('') + 'Z')
      .join('');
    expect(relative.length).toBeLessThan(absolute.length * 0.65);
  });
});

describe('the atlas', () => {
  it('is read once per resolution and shared by every map', async () => {
    expect(loadAtlas('110m')).toBe(loadAtlas('110m'));
    const atlas = await loadAtlas('110m');
    expect(atlas.countries.length).toBeGreaterThan(150);
    expect(atlas.countries.find((country) => country.name === 'Venezuela')?.parts.length).toBeGreaterThan(0);
  });

  it('turns round any piece of land wound inside out', async () => {
    const inside = square(0, 0, 1);
    const outside = inside.map((ring) => ring.toReversed());
    expect(geoArea({ type: 'Polygon', coordinates: outside })).toBeGreaterThan(2 * Math.PI);
    expect(wound(outside)).toEqual(inside);
    expect(wound(inside)).toBe(inside);
    for (const resolution of ['110m', '50m', '10m'] as const) {
      for (const country of (await loadAtlas(resolution)).countries) {
        for (const part of country.parts) expect(geoArea({ type: 'Polygon', coordinates: part.polygon })).toBeLessThan(2 * Math.PI);
      }
    }
  });

  it('converts a TopoJSON topology with names and bounds', () => {
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [0, 1],
          [1, 1],
          [1, 0],
          [0, 0],
        ],
      ],
      objects: {
        countries: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { name: 'Square' } }] },
      },
    } as unknown as Parameters<typeof atlasFromTopology>[0];
    const atlas = atlasFromTopology(topology, '110m');
    expect(atlas.countries).toHaveLength(1);
    expect(atlas.countries[0]!.name).toBe('Square');
    const [[west, south], [east, north]] = atlas.countries[0]!.parts[0]!.bounds;
    expect([west, south, east, north].map((value) => Math.round(value))).toEqual([0, 0, 1, 1]);
  });
});

describe('maps of one place', () => {
  it('are drawn once per build, however many events share the place', async () => {
    const first = locatorMapOf(CUCUTA);
    expect(locatorMapOf({ ...CUCUTA })).toBe(first);
    expect(locatorMapOf({ ...CUCUTA, zoom: 5 })).not.toBe(first);
    expect((await first).country).toBe('Colombia');
  });
});

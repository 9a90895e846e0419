/**
 * Locator maps drawn at build time: a place, marked and named, on the countries around it, as
 * plain SVG path data. No tiles, no map service, no script; the same input draws the same map.
 */
import { geoContains, geoMercator, geoPath, type GeoStream } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';

/** How detailed the Natural Earth outlines are: 1:110 million, 1:50 million or 1:10 million. */
export type AtlasResolution = '110m' | '50m' | '10m';

/** A bounding box in degrees: `[[west, south], [east, north]]`; west > east across the 180° meridian. */
export type GeoBox = [[number, number], [number, number]];

/**
 * A country's outline, cut into its separate pieces of land (France's Guiana apart from its
 * mainland), each with its bounding box, worked out once per build: a map projects only the
 * pieces in its view.
 */
export type AtlasCountry = {
  /** The country's name in Natural Earth ("Colombia"). */
  name: string;
  parts: { polygon: Polygon['coordinates']; bounds: GeoBox }[];
};

/** The countries of the world at one resolution. */
export type Atlas = { resolution: AtlasResolution; countries: readonly AtlasCountry[] };

/** A place to draw: where it is, what it is called, and how close to look (1 the world, 10 a city). */
export type MapPlace = { name: string; lat: number; lon: number; zoom: number };

/** The drawing area of every locator map, in SVG units (3:2, drawn at the column's width). */
export const MAP_SIZE = { width: 600, height: 400 } as const;

/** A map ready to render: the countries in view, the marker and where its label goes. */
export type LocatorMapDrawing = {
  width: number;
  height: number;
  /** The countries in view, each as SVG path data; `here` marks the one holding the place. */
  countries: { name: string; d: string; here: boolean }[];
  /** The place, in SVG units. */
  marker: { x: number; y: number };
  /** The place's short name (before any comma) and where it is written, beside the marker, inside the map. */
  label: { text: string; x: number; y: number; anchor: 'start' | 'end' };
  /** The country holding the place, when the outlines say so (undefined at sea). */
  country?: string;
};

/** Which outlines suit a zoom: the world in coarse lines, a city in fine ones. */
export function resolutionFor(zoom: number): AtlasResolution {
  if (zoom <= 2) return '110m';
  if (zoom <= 6) return '50m';
  return '10m';
}

/** The Mercator scale at a zoom, as web maps count it: the world is 256 × 2^zoom units wide. */
export function scaleFor(zoom: number): number {
  return (256 * 2 ** zoom) / (2 * Math.PI);
}

/** A longitude range as intervals within −180…180, split where it crosses the 180° meridian. */
export function longitudeIntervals(west: number, east: number): [number, number][] {
  const span = east - west;
  if (span >= 360) return [[-180, 180]];
  const start = ((((west + 180) % 360) + 360) % 360) - 180;
  const end = start + (span < 0 ? span + 360 : span);
  return end <= 180
    ? [[start, end]]
    : [
        [start, 180],
        [-180, end - 360],
      ];
}

/** Whether a country's bounding box meets the map's view (both in degrees). */
export function boundsMeet(country: GeoBox, view: GeoBox): boolean {
  const [[cw, cs], [ce, cn]] = country;
  const [[vw, vs], [ve, vn]] = view;
  if (cn < vs || cs > vn) return false;
  const countryLon = cw <= ce ? [[cw, ce] as [number, number]] : [[cw, 180] as [number, number], [-180, ce] as [number, number]];
  return longitudeIntervals(vw, ve).some(([a0, a1]) => countryLon.some(([b0, b1]) => a0 <= b1 && b0 <= a1));
}

/**
 * Drops points that land within a pixel of the previous one: a 1:10 million coastline drawn 600
 * units wide needs a fraction of its points. The last point of each line is kept, so rings close.
 */
function thinned(output: GeoStream, tolerance = 1.5): GeoStream {
  let last: [number, number] | undefined;
  let skipped: [number, number] | undefined;
  return {
    point(x, y) {
      if (last && Math.abs(x - last[0]) < tolerance && Math.abs(y - last[1]) < tolerance) {
        skipped = [x, y];
        return;
      }
      last = [x, y];
      skipped = undefined;
      output.point(x, y);
    },
    lineStart() {
      last = undefined;
      skipped = undefined;
      output.lineStart();
    },
    lineEnd() {
      if (skipped) output.point(skipped[0], skipped[1]);
      output.lineEnd();
    },
    polygonStart: () => output.polygonStart(),
    polygonEnd: () => output.polygonEnd(),
    sphere: () => output.sphere?.(),
  };
}

/** Draws a locator map of `place` from an atlas: Mercator, centred on the place, at its zoom. */
export function drawLocatorMap(place: MapPlace, atlas: Atlas, size: { width: number; height: number } = MAP_SIZE): LocatorMapDrawing {
  const { width, height } = size;
  const projection = geoMercator()
    .center([place.lon, place.lat])
    .scale(scaleFor(place.zoom))
    .translate([width / 2, height / 2])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // The view in degrees, a little larger than the map so that outlines just outside still close neatly.
  const halfSpan = ((width / 2 / projection.scale()) * 180) / Math.PI;
  const north = projection.invert!([width / 2, -10])![1];
  const south = projection.invert!([width / 2, height + 10])![1];
  const view: GeoBox = [
    [place.lon - halfSpan * 1.05, south],
    [place.lon + halfSpan * 1.05, north],
  ];
  const path = geoPath({ stream: (output: GeoStream) => projection.stream(thinned(output)) }).digits(0);
  const inView = atlas.countries
    .map((country) => {
      const parts = country.parts.filter((part) => boundsMeet(part.bounds, view));
      return { name: country.name, shape: { type: 'MultiPolygon', coordinates: parts.map((part) => part.polygon) } satisfies MultiPolygon };
    })
    .filter((country) => country.shape.coordinates.length > 0);
  const holder = inView.find((country) => geoContains(country.shape, [place.lon, place.lat]));
  const countries = inView
    .map((country) => ({ name: country.name, d: relativePath(path(country.shape) ?? ''), here: country === holder }))
    .filter((country) => country.d !== '');
  const [x, y] = projection([place.lon, place.lat])!;
  const marker = { x: round(x), y: round(y) };
  // The short name goes right of the marker, or left of it where it would run off the map.
  const text = place.name.split(',')[0]!.trim();
  const anchor = marker.x + 14 + text.length * LABEL_CHARACTER_WIDTH > width - 8 ? 'end' : 'start';
  const label = {
    text,
    x: round(anchor === 'start' ? marker.x + 14 : marker.x - 14),
    y: round(Math.min(Math.max(marker.y + 7, 24), height - 8)),
    anchor,
  } as const;
  return { width, height, countries, marker, label, ...(holder ? { country: holder.name } : {}) };
}

/**
 * The same outline in SVG's relative form: each point as its step from the one before
 * ("M518 0l0 2 1 2-2 1z" for "M518,0L518,2L519,4L517,5Z"). A coastline's steps are a few units,
 * so the path is about half as long; every event page with a map carries one.
 */
export function relativePath(d: string): string {
  let out = '';
  let last: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  for (const [, command, numbers] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') {
      // Closing a ring returns to its start (SVG's rule), which the next step counts from.
      out += 'z';
      last = start;
      continue;
    }
    const [x, y] = numbers!.split(',').map(Number) as [number, number];
    if (command === 'M') {
      out += `M${x} ${y}l`;
      last = start = [x, y];
      continue;
    }
    const [dx, dy] = [x - last[0], y - last[1]];
    // A minus sign separates two numbers as well as a space does.
    out += `${out.endsWith('l') || dx < 0 ? '' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
    last = [x, y];
  }
  // A ring with no step after its start.
  return out.replace(/l(?=z|M|$)/g, '');
}

/** About how wide one character of the label is, in SVG units (22-unit bold sans-serif). */
const LABEL_CHARACTER_WIDTH = 13;

const round = (value: number) => Math.round(value * 10) / 10;

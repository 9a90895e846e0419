/**
 * Natural Earth's countries (public domain), from the `world-atlas` package's TopoJSON, turned
 * into GeoJSON with their bounding boxes once per resolution and process.
 *
 * N.B. Every locator map of a build shares this: 10,000 events with a place parse each atlas
 * file once, not 10,000 times.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { geoArea, geoBounds } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
  drawLocatorMap,
  resolutionFor,
  type Atlas,
  type AtlasCountry,
  type AtlasResolution,
  type LocatorMapDrawing,
  type MapPlace,
} from './locator.ts';

/** Turns world-atlas's countries TopoJSON into countries with names and bounds. */
export function atlasFromTopology(topology: Topology, resolution: AtlasResolution): Atlas {
  const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name?: string }>) as FeatureCollection;
  const countries: AtlasCountry[] = collection.features.map((country) => {
    const { geometry } = country;
    const polygons: Polygon['coordinates'][] =
      geometry?.type === 'Polygon' ? [geometry.coordinates] : geometry?.type === 'MultiPolygon' ? geometry.coordinates : [];
    return {
      name: String(country.properties?.name ?? ''),
      parts: polygons.map(wound).map((polygon) => ({ polygon, bounds: geoBounds({ type: 'Polygon', coordinates: polygon }) })),
    };
  });
  return { resolution, countries };
}

/**
 * A polygon wound the way d3-geo reads land: on the sphere, a ring's orientation says which side
 * is inside, and a few tiny islands of the detailed outlines come wound the other way round, so
 * that they would enclose the whole Earth but themselves and flood every map. No piece of land
 * covers half the globe, so one that seems to is turned round.
 */
export function wound(polygon: Polygon['coordinates']): Polygon['coordinates'] {
  return geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI ? polygon.map((ring) => ring.toReversed()) : polygon;
}

const atlases = new Map<AtlasResolution, Promise<Atlas>>();

/** The countries at a resolution, read and converted on first use, then shared. */
export function loadAtlas(resolution: AtlasResolution): Promise<Atlas> {
  let atlas = atlases.get(resolution);
  if (!atlas) {
    const require = createRequire(import.meta.url);
    atlas = readFile(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8').then((text) =>
      atlasFromTopology(JSON.parse(text) as Topology, resolution),
    );
    atlases.set(resolution, atlas);
  }
  return atlas;
}

const drawings = new Map<string, Promise<LocatorMapDrawing>>();

/** The locator map of a place, drawn once per build however many events share the place. */
export function locatorMapOf(place: MapPlace): Promise<LocatorMapDrawing> {
  const key = JSON.stringify([place.name, place.lat, place.lon, place.zoom]);
  let drawing = drawings.get(key);
  if (!drawing) {
    drawing = loadAtlas(resolutionFor(place.zoom)).then((atlas) => drawLocatorMap(place, atlas));
    drawings.set(key, drawing);
  }
  return drawing;
}

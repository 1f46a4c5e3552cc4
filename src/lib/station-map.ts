/**
 * The directory's own map: a linear projection of WGS-84 points into an SVG box.
 *
 * The region is a few tens of kilometres across, so a plain equirectangular projection is
 * accurate enough for "where roughly is it": longitude and latitude map linearly onto x and y
 * inside the region's bounding box, and the box's height is scaled by cos(mid-latitude) so
 * that a kilometre east and a kilometre north look the same length. No tiles, no requests.
 */
import type { BBox, LatLng } from './geo.ts';

/** A point in SVG user units; y grows downwards. */
export interface Point {
  x: number;
  y: number;
}

/** Size of the drawing area for a box (see {@link mapSize}). */
export interface MapSize {
  width: number;
  height: number;
}

/**
 * The height that keeps the region's proportions for a drawing `width` units wide
 * (east–west degrees shrink by cos(latitude)); rounded to whole units.
 */
export function mapSize(bbox: BBox, width: number): MapSize {
  const midLat = ((bbox.north + bbox.south) / 2) * (Math.PI / 180);
  const kmWide = (bbox.east - bbox.west) * Math.cos(midLat);
  const kmHigh = bbox.north - bbox.south;
  if (!(kmWide > 0) || !(kmHigh > 0)) throw new RangeError('无效的地图范围');
  return { width, height: Math.round((width * kmHigh) / kmWide) };
}

/**
 * Projects a point into a `size` drawing of `bbox`: the box's west edge is x = 0, its north
 * edge y = 0. Points outside the box land outside the drawing (not clamped). Coordinates are
 * rounded to 0.1 unit to keep the markup short.
 */
export function project(point: LatLng, bbox: BBox, size: MapSize): Point {
  const x = ((point.lng - bbox.west) / (bbox.east - bbox.west)) * size.width;
  const y = ((bbox.north - point.lat) / (bbox.north - bbox.south)) * size.height;
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}

/**
 * Which side of a marker its label goes on: to the right, unless that would run past the
 * drawing's right edge (labels of `labelWidth` units), then to the left.
 */
export function labelSide(point: Point, size: MapSize, labelWidth: number): 'start' | 'end' {
  return point.x + labelWidth > size.width ? 'end' : 'start';
}

/**
 * Splits a label into lines of at most `perLine` characters (counted by code point), keeping
 * at most `maxLines` lines; a cut-off label ends in "…". The full name goes in the marker's
 * <title>, so nothing is lost for screen readers.
 */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  for (let i = 0; i < chars.length && lines.length < maxLines; i += perLine) lines.push(chars.slice(i, i + perLine).join(''));
  if (chars.length > perLine * maxLines && lines.length) {
    const last = [...(lines.pop() as string)];
    last[last.length - 1] = '…';
    lines.push(last.join(''));
  }
  return lines;
}

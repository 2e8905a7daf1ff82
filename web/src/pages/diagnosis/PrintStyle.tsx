/**
 * The printed report: A4, no app chrome, charts and tables kept whole. Inline rather than a CSS file
 * because the app styles through antd's CSS-in-JS and has no stylesheet pipeline of its own.
 */
const css = `
@page { size: A4; margin: 16mm 14mm; }
@media print {
  .no-print, .ant-layout-sider, .ant-layout-header, .ant-tabs-nav { display: none !important; }
  .ant-layout-content { margin: 0 !important; padding: 0 !important; }
  .diagnosis-report .avoid-break { break-inside: avoid; }
  .diagnosis-report .page-break-before { break-before: page; }
}
`;

export default function PrintStyle() {
  return <style>{css}</style>;
}

/**
 * antd's Result (403, 500 …), fetched when first shown: its illustrations are about 10 kB of compressed
 * JavaScript that the route guards would otherwise put on every first page.
 */
import type { ResultProps } from 'antd';
import { Suspense, lazy } from 'react';

const Result = lazy(() => import('antd/es/result'));

export default function StatusResult(props: ResultProps) {
  return (
    <Suspense fallback={null}>
      <Result {...props} />
    </Suspense>
  );
}

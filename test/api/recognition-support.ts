/** Helpers for the recognition API tests: detail, actions with the current version, multipart uploads. */
import type { LightMyRequestResponse } from 'fastify';
import type { ApplicationDetail } from '../../src/contracts/recognition.ts';
import type { Session, TestApp } from '../support/api.ts';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
export const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);

export function recognitionHelpers(t: TestApp) {
  const detail = async (s: Session, id: string): Promise<ApplicationDetail> => {
    const res = await t.request(s, 'GET', `/api/applications/${id}`);
    if (res.statusCode !== 200) {
      throw new Error(`detail ${res.statusCode} ${res.body}`);
    }
    return res.json() as ApplicationDetail;
  };
  /** The application's current version, read as the national admin sees it. */
  const versionOf = async (id: string, s: Session) => (await detail(s, id)).version;
  const act = async (
    s: Session,
    id: string,
    path: string,
    body: Record<string, unknown> = {},
    reader?: Session,
  ): Promise<LightMyRequestResponse> => {
    const version = body.version ?? (await versionOf(id, reader ?? s).catch(() => 1));
    return t.request(s, 'POST', `/api/applications/${id}/${path}`, { ...body, version });
  };
  const upload = (
    s: Session,
    id: string,
    bytes: Buffer,
    {
      filename = 'file.pdf',
      kind,
      endpoint = 'materials',
    }: { filename?: string; kind?: string; endpoint?: string } = {},
  ) => {
    const boundary = '----dtpc-test-boundary';
    const parts: Buffer[] = [];
    if (kind) {
      parts.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
      );
    }
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    );
    return t.app.inject({
      method: 'POST',
      url: `/api/applications/${id}/${endpoint}`,
      headers: {
        cookie: s.cookie,
        'x-csrf-token': s.csrf,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: Buffer.concat(parts),
    });
  };
  return { detail, act, upload };
}

/** Files uploaded to resources, with the stored file's name, type and size. */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { files, resourceFiles } from '../schema/index.ts';

export interface ResourceFileRow {
  id: string;
  resourceId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: Date;
}

const columns = {
  id: resourceFiles.id,
  resourceId: resourceFiles.resourceId,
  fileName: files.name,
  mediaType: files.mime,
  sizeBytes: files.size,
  sha256: files.sha256,
  createdAt: resourceFiles.createdAt,
};

export async function listResourceFiles(db: Db, resourceId: string): Promise<ResourceFileRow[]> {
  return db
    .select(columns)
    .from(resourceFiles)
    .innerJoin(files, eq(files.id, resourceFiles.fileId))
    .where(eq(resourceFiles.resourceId, resourceId))
    .orderBy(asc(resourceFiles.createdAt), asc(resourceFiles.id));
}

export async function findResourceFile(db: Db, id: string): Promise<ResourceFileRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(resourceFiles)
    .innerJoin(files, eq(files.id, resourceFiles.fileId))
    .where(eq(resourceFiles.id, id))
    .limit(1);
  return row;
}

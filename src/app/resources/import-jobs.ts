/**
 * Import commits run as jobs so the web UI can poll their progress. Jobs live in this process's memory for
 * an hour (a restart loses only the progress display: the commit itself is one transaction).
 */
import { v7 as uuidv7 } from 'uuid';
import type { ImportJobView, ImportReport } from '../../contracts/resources.ts';

interface Job extends ImportJobView {
  ownerUserId: string;
  centerId: string;
  finishedAt: number | null;
}

const jobs = new Map<string, Job>();
const TTL_MS = 60 * 60 * 1000;

function sweep(): void {
  const now = Date.now();
  for (const [id, job] of jobs) {
    if (job.finishedAt !== null && now - job.finishedAt > TTL_MS) {
      jobs.delete(id);
    }
  }
}

export interface JobHandle {
  id: string;
  progress(processed: number, total: number): void;
  succeed(created: number, report: ImportReport): void;
  fail(error: string, report?: ImportReport | null): void;
}

/** Starts tracking a job owned by one user for one center. */
export function startJob(ownerUserId: string, centerId: string, total: number): JobHandle {
  sweep();
  const id = uuidv7();
  const job: Job = {
    id,
    status: 'running',
    processed: 0,
    total,
    created: 0,
    report: null,
    error: null,
    ownerUserId,
    centerId,
    finishedAt: null,
  };
  jobs.set(id, job);
  return {
    id,
    progress(processed, t) {
      job.processed = processed;
      job.total = t;
    },
    succeed(created, report) {
      Object.assign(job, {
        status: 'succeeded',
        created,
        processed: job.total,
        report,
        finishedAt: Date.now(),
      });
    },
    fail(error, report = null) {
      Object.assign(job, { status: 'failed', error, report, finishedAt: Date.now() });
    },
  };
}

/** The job if it exists and belongs to the user. */
export function findJob(id: string, userId: string): (ImportJobView & { centerId: string }) | undefined {
  const job = jobs.get(id);
  if (!job || job.ownerUserId !== userId) {
    return undefined;
  }
  const { ownerUserId: _owner, finishedAt: _finished, ...view } = job;
  return view;
}

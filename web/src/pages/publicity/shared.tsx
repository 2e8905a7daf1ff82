/** Small shared pieces of the publicity and directory pages. */
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { PublicityNoticeView } from './api.ts';

const PHASE_COLORS = {
  upcoming: 'default',
  open: 'processing',
  closed: 'warning',
  announced: 'success',
} as const;

export function PhaseTag({ phase, t }: { phase: PublicityNoticeView['phase']; t: TFunction }) {
  return <Tag color={PHASE_COLORS[phase]}>{t(`publicity.phases.${phase}`)}</Tag>;
}

/** 综合类 / 功能类 · 人才培训 / a demonstration direction's name. */
export function typeLabel(
  e: { type: string | null; kind: string | null; directionName?: string | null; direction?: string | null },
  t: TFunction,
): string {
  const parts = [
    e.type ? t(`directory.types.${e.type}`, { defaultValue: e.type }) : null,
    e.kind ? t(`directory.kinds.${e.kind}`, { defaultValue: e.kind }) : null,
    e.directionName ?? e.direction ?? null,
  ].filter(Boolean);
  return parts.join(' · ');
}

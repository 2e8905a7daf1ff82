/** The registry of shipped policy packs, by fixed id. */
import type { PolicyPack } from '../schema.ts';
import { fujianCultivation2022 } from './fujian-cultivation-2022.ts';
import { gansu2024 } from './gansu-2024.ts';
import { national2022 } from './national-2022.ts';
import { shandongDemo2023 } from './shandong-demo-2023.ts';
import { shandongGuide } from './shandong-guide.ts';
import { shandongTargets2025 } from './shandong-targets-2025.ts';

export {
  fujianCultivation2022,
  gansu2024,
  national2022,
  shandongDemo2023,
  shandongGuide,
  shandongTargets2025,
};

/** Every shipped pack, in seed order. */
export const policyPacks: readonly PolicyPack[] = [
  shandongGuide,
  national2022,
  fujianCultivation2022,
  shandongDemo2023,
  gansu2024,
  shandongTargets2025,
];

const byId = new Map(policyPacks.map((p) => [p.id, p]));

/** The pack with this id, or undefined. */
export function getPack(id: string): PolicyPack | undefined {
  return byId.get(id);
}

/** The ids of every shipped pack. */
export function packIds(): string[] {
  return policyPacks.map((p) => p.id);
}

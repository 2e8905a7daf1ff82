/**
 * 责任单位 of the Shandong 2025 targets (seed 004). The plan names them per task (二、（一）1 … 二、（三）10),
 * adding once that every task also involves 各市、县（区）人民政府; the goals of 一、（二） carry none, so
 * those are attributed to the task that carries the goal out and marked as inferred.
 */

const CITIES = '各市、县（区）人民政府';
const MIIT_SD = '省工业和信息化厅';

/** Units per task number, as printed after each task of 二、重点任务. */
const BY_TASK: Record<string, string[]> = {
  '1': [MIIT_SD, '省国资委'],
  '2': [MIIT_SD],
  '3': [MIIT_SD],
  '4': [MIIT_SD],
  '5': ['省通信管理局', MIIT_SD, '省大数据局'],
  '6': [MIIT_SD, '省通信管理局'],
  '7': ['省大数据局', '省通信管理局'],
  '8': [MIIT_SD],
  '9': [MIIT_SD, '省科技厅', '省大数据局'],
  '10': ['省科技厅', MIIT_SD, '省人力资源社会保障厅', '省通信管理局'],
};

/** Goals of 一、（二） → the task that carries them out (the plan does not say; our reading). */
const GOAL_TASK: Record<string, string> = {
  数字转型成效提标升级: '1',
  数字基础设施提质完善: '5',
  产业生态供给提速加强: '8',
};

/** The 责任单位 of a target, from its source reference (e.g. `二、（二）6 专栏5 3`). */
export function responsibleUnitsOf(ref: string): { units: string[]; inferred: boolean } {
  const task = /^二、（[一二三]）(\d+)/.exec(ref)?.[1];
  if (task && BY_TASK[task]) {
    return { units: [...BY_TASK[task], CITIES], inferred: false };
  }
  const goal = Object.keys(GOAL_TASK).find((g) => ref.includes(g));
  if (goal) {
    return { units: [...BY_TASK[GOAL_TASK[goal]!]!, CITIES], inferred: true };
  }
  return { units: [MIIT_SD, CITIES], inferred: true };
}

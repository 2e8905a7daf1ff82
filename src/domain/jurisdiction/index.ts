/**
 * Jurisdiction = a region code's subtree. GB/T 2260 codes are hierarchical by digit pairs
 * (PP CC DD), so a subtree is a code prefix: 370000 → "37", 370100 → "3701", 370102 → "370102",
 * and the national code 000000 → "" (everything).
 */

export const NATIONAL_REGION_CODE = '000000';

/** The code prefix shared by every region inside `code`'s subtree. */
export function jurisdictionPrefix(code: string): string {
  if (code === NATIONAL_REGION_CODE) {
    return '';
  }
  if (code.endsWith('0000')) {
    return code.slice(0, 2);
  }
  if (code.endsWith('00')) {
    return code.slice(0, 4);
  }
  return code;
}

/** Whether `regionCode` lies in the jurisdiction rooted at `jurisdictionCode` (a code is within itself). */
export function inJurisdiction(regionCode: string, jurisdictionCode: string): boolean {
  return regionCode.startsWith(jurisdictionPrefix(jurisdictionCode));
}

/** Whether jurisdiction `inner` is entirely contained in jurisdiction `outer`. */
export function jurisdictionContains(outer: string, inner: string): boolean {
  return jurisdictionPrefix(inner).startsWith(jurisdictionPrefix(outer));
}

import { describe, expect, it } from 'vitest';
import {
  NATIONAL_REGION_CODE,
  ancestorsOf,
  childrenOf,
  findRegion,
  isPrefectureEquivalent,
  isProvinceAdministeredCounty,
  isValidRegionCode,
  isWithin,
  listProvinces,
  parentOf,
  provinceOf,
  regionFullName,
  regionLevel,
  regionName,
} from './regions.ts';

const prefecturesOf = (province: string) => childrenOf(province).filter((r) => r.level === 'prefecture');

describe('GB/T 2260 regions', () => {
  it('knows the provincial capitals and cities of the three provinces', () => {
    expect(regionName('370100')).toBe('济南市');
    expect(regionName('370200')).toBe('青岛市');
    expect(regionName('620100')).toBe('兰州市');
    expect(regionName('350800')).toBe('龙岩市');
    expect(regionName('110000')).toBe('北京市');
    expect(regionLevel('110000')).toBe('province');
    expect(regionLevel('370100')).toBe('prefecture');
    expect(regionLevel('370116')).toBe('county');
  });

  it('places 济南 within 山东 and 莱芜区 within 济南 (莱芜市 merged 2019)', () => {
    expect(isWithin('370100', '370000')).toBe(true);
    expect(isWithin('370116', '370100')).toBe(true);
    expect(isWithin('370116', '370000')).toBe(true);
    expect(regionName('370116')).toBe('莱芜区');
    expect(regionName('370117')).toBe('钢城区');
    expect(regionFullName('370116')).toBe('山东省济南市莱芜区');
  });

  it('has no 莱芜市 (371200) nor any of its former districts', () => {
    expect(isValidRegionCode('371200')).toBe(false);
    expect(isValidRegionCode('371202')).toBe(false);
    expect(isValidRegionCode('371203')).toBe(false);
  });

  it('drops statistical-only development zones and placeholders', () => {
    expect(isValidRegionCode('370176')).toBe(false); // 济南高新技术产业开发区
    expect(isValidRegionCode('620171')).toBe(false); // 兰州新区
    expect(isValidRegionCode('620201')).toBe(false); // placeholder repeating 嘉峪关市
    expect(childrenOf('620200')).toEqual([]);
  });

  it('reflects recent county-level changes in 福建 and 山东', () => {
    expect(regionName('350405')).toBe('沙县区');
    expect(regionName('350404')).toBe('三元区');
    expect(isValidRegionCode('350402')).toBe(false); // 梅列区, merged 2021
    expect(regionName('350604')).toBe('龙海区');
    expect(regionName('350605')).toBe('长泰区');
    expect(regionName('370614')).toBe('蓬莱区');
    expect(isValidRegionCode('370634')).toBe(false); // 长岛县, merged 2020
    expect(regionName('620881')).toBe('华亭市');
  });

  it('counts the prefecture-level divisions of 山东 (16), 甘肃 (14), 福建 (9)', () => {
    expect(prefecturesOf('370000')).toHaveLength(16);
    expect(prefecturesOf('620000')).toHaveLength(14);
    expect(prefecturesOf('350000')).toHaveLength(9);
  });

  it('lists the counties of 福州市', () => {
    const names = childrenOf('350100').map((r) => r.name);
    expect(names).toEqual([
      '鼓楼区',
      '台江区',
      '仓山区',
      '马尾区',
      '晋安区',
      '长乐区',
      '闽侯县',
      '连江县',
      '罗源县',
      '闽清县',
      '永泰县',
      '平潭县',
      '福清市',
    ]);
    expect(childrenOf('350100').every((r) => r.level === 'county' && r.parent === '350100')).toBe(true);
  });

  it('lists the 34 province-level divisions of GB/T 2260', () => {
    const provinces = listProvinces();
    expect(provinces).toHaveLength(34);
    expect(provinces.map((p) => p.code)).toContain('810000');
    expect(childrenOf(NATIONAL_REGION_CODE)).toEqual(provinces);
  });

  it('represents municipalities with the 市辖区 placeholder and skips it in full names', () => {
    expect(childrenOf('110000').map((r) => r.code)).toEqual(['110100']);
    expect(regionName('110100')).toBe('市辖区');
    expect(regionFullName('110100')).toBe('北京市');
    expect(childrenOf('500000').map((r) => r.name)).toEqual(['市辖区', '县']);
    expect(isPrefectureEquivalent('110100')).toBe(false);
  });

  it('keeps 省直辖县级行政区划 as a prefecture-level group whose members are prefecture-equivalent', () => {
    expect(regionLevel('429000')).toBe('prefecture');
    expect(regionName('429004')).toBe('仙桃市');
    expect(regionFullName('429004')).toBe('湖北省仙桃市');
    expect(isProvinceAdministeredCounty('429004')).toBe(true);
    expect(isPrefectureEquivalent('429004')).toBe(true);
    expect(isPrefectureEquivalent('419001')).toBe(true);
    expect(isPrefectureEquivalent('429000')).toBe(false);
    expect(isPrefectureEquivalent('370100')).toBe(true);
    expect(isPrefectureEquivalent('370116')).toBe(false);
  });

  it('walks parents and ancestors', () => {
    expect(parentOf('370116')).toBe('370100');
    expect(parentOf('370000')).toBeNull();
    expect(parentOf('999999')).toBeUndefined();
    expect(ancestorsOf('370116').map((r) => r.code)).toEqual(['370100', '370000']);
    expect(ancestorsOf('370000')).toEqual([]);
    expect(provinceOf('620100')?.name).toBe('甘肃省');
    expect(provinceOf('620000')?.code).toBe('620000');
  });

  it('treats a jurisdiction as a subtree: a code is within itself, not within a sibling or child', () => {
    expect(isWithin('370100', '370100')).toBe(true);
    expect(isWithin('370000', '370100')).toBe(false);
    expect(isWithin('370116', '370200')).toBe(false);
    expect(isWithin('350800', '370000')).toBe(false);
    expect(isWithin('350800', NATIONAL_REGION_CODE)).toBe(true);
    expect(isWithin('371200', NATIONAL_REGION_CODE)).toBe(false);
  });

  it('does not know county codes outside its scope nor the national pseudo-code', () => {
    expect(findRegion('110101')).toBeUndefined();
    expect(isValidRegionCode(NATIONAL_REGION_CODE)).toBe(false);
    expect(regionFullName(NATIONAL_REGION_CODE)).toBe('全国');
  });

  it('gives every loaded region a parent that exists', () => {
    for (const p of listProvinces()) {
      for (const pref of childrenOf(p.code)) {
        expect(findRegion(pref.parent ?? '')?.level).toBe('province');
        for (const county of childrenOf(pref.code)) {
          expect(ancestorsOf(county.code)).toHaveLength(2);
        }
      }
    }
  });
});

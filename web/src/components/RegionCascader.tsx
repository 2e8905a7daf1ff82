/** Province / prefecture / county picker over GET /api/regions?parent=; the form value is one region code. */
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionView } from '../api/contracts.ts';
import { referenceApi } from '../api/endpoints.ts';

interface Option {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: Option[];
}

function toOption(region: RegionView): Option {
  return { value: region.code, label: region.name, isLeaf: region.level === 'county' };
}

/** GB/T 2260 ancestry by code shape: 370102 → 370000, 370100, 370102. */
function ancestry(code: string): string[] {
  const chain = [`${code.slice(0, 2)}0000`, `${code.slice(0, 4)}00`, code];
  return chain.filter((c, i) => chain.indexOf(c) === i);
}

function findPath(options: Option[], code: string, trail: string[] = []): string[] | null {
  for (const o of options) {
    if (o.value === code) {
      return [...trail, o.value];
    }
    const inner = o.children ? findPath(o.children, code, [...trail, o.value]) : null;
    if (inner) {
      return inner;
    }
  }
  return null;
}

async function loadChildren(code: string): Promise<Option[]> {
  return (await referenceApi.regions(code)).map(toOption);
}

export interface RegionCascaderProps {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
  /** The accessible name where no visible label names the field (filter bars). */
  ariaLabel?: string;
}

export default function RegionCascader({
  value,
  onChange,
  placeholder,
  allowClear = true,
  style,
  id,
  ariaLabel,
}: RegionCascaderProps) {
  const { t, i18n } = useTranslation();
  const [options, setOptions] = useState<Option[]>([]);

  useEffect(() => {
    let cancelled = false;
    void referenceApi.regions().then(async (provinces) => {
      let tree = provinces.map(toOption);
      // Load the branch of a preset value so the cascader can show its full path.
      if (value) {
        for (const code of ancestry(value).slice(0, -1)) {
          const node = findNode(tree, code);
          if (node && !node.isLeaf && !node.children) {
            const children = await loadChildren(code).catch(() => []);
            tree = setChildren(tree, code, children);
          }
        }
      }
      if (!cancelled) {
        setOptions(tree);
      }
    });
    return () => {
      cancelled = true;
    };
    // Reload on language change (region names may be localised); a changed value is handled by findPath.
  }, [i18n.language]);

  const loadData = (selected: Option[]) => {
    const target = selected[selected.length - 1];
    if (!target || target.children) {
      return;
    }
    void loadChildren(target.value).then((children) => {
      setOptions((prev) => setChildren(prev, target.value, children.length ? children : undefined));
    });
  };

  const path = value ? (findPath(options, value) ?? [value]) : undefined;
  return (
    <Cascader<Option>
      id={id}
      aria-label={ariaLabel}
      options={options}
      loadData={loadData}
      changeOnSelect
      value={path}
      onChange={(codes) => onChange?.(codes?.length ? String(codes[codes.length - 1]) : undefined)}
      placeholder={placeholder ?? t('common.regionPlaceholder')}
      allowClear={allowClear}
      showSearch={false}
      style={{ width: '100%', ...style }}
    />
  );
}

function findNode(options: Option[], code: string): Option | null {
  for (const o of options) {
    if (o.value === code) {
      return o;
    }
    const inner = o.children ? findNode(o.children, code) : null;
    if (inner) {
      return inner;
    }
  }
  return null;
}

function setChildren(options: Option[], code: string, children: Option[] | undefined): Option[] {
  return options.map((o) => {
    if (o.value === code) {
      return children ? { ...o, children } : { ...o, isLeaf: true };
    }
    return o.children ? { ...o, children: setChildren(o.children, code, children) } : o;
  });
}

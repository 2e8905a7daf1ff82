/** What the catalog search did with the words typed: highlighted matches, the thesaurus terms also searched, did-you-mean. */
import { Space, Tag, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Text with the given [start, end) ranges marked (rendered as elements, never as HTML). */
export function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] | undefined }) {
  if (!ranges || ranges.length === 0) {
    return <>{text}</>;
  }
  const parts: ReactNode[] = [];
  let at = 0;
  ranges.forEach(([start, end], i) => {
    if (start > at) {
      parts.push(<Fragment key={`t${i}`}>{text.slice(at, start)}</Fragment>);
    }
    parts.push(
      <mark key={`m${i}`} className="search-hit" style={{ padding: 0, background: '#ffe58f' }}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  });
  if (at < text.length) {
    parts.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  }
  return <>{parts}</>;
}

/** "也搜索了：缺陷检测、质检" under the search box, and did-you-mean terms when nothing was found. */
export function SearchHints({
  expansions,
  suggestions,
  onSearch,
}: {
  expansions: string[];
  suggestions: string[];
  onSearch: (term: string) => void;
}) {
  const { t } = useTranslation();
  if (expansions.length === 0 && suggestions.length === 0) {
    return null;
  }
  return (
    <Space direction="vertical" size={4}>
      {expansions.length > 0 && (
        <Typography.Text type="secondary" data-testid="search-expansions">
          {t('resources.catalog.alsoSearched', { terms: expansions.slice(0, 8).join('、') })}
        </Typography.Text>
      )}
      {suggestions.length > 0 && (
        <Space wrap data-testid="search-suggestions">
          <Typography.Text type="secondary">{t('resources.catalog.didYouMean')}</Typography.Text>
          {suggestions.map((s) => (
            <Tag key={s} color="blue" style={{ cursor: 'pointer' }} onClick={() => onSearch(s)}>
              {s}
            </Tag>
          ))}
        </Space>
      )}
    </Space>
  );
}

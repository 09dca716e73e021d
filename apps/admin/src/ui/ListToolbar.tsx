import { ClearOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Space, Switch, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SortOption<S extends string> {
  value: S;
  label: string;
}

interface ListToolbarProps<S extends string> {
  query: string;
  searchPlaceholder: string;
  onSearch: (query: string) => void;
  sort: S;
  sortOptions: readonly SortOption<S>[];
  onSortChange: (sort: S) => void;
  includeArchived: boolean;
  onIncludeArchivedChange: (include: boolean) => void;
  /** Shown when any filter is set. */
  onReset?: () => void;
  /** The list's own filters (selects). */
  children?: ReactNode;
}

/** Search box, filters, sort and the "include archived" toggle above a list. */
export function ListToolbar<S extends string>(props: ListToolbarProps<S>) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} style={{ marginBottom: 16 }}>
      <Flex gap={12} wrap align="center">
        <SearchBox
          key={props.query}
          query={props.query}
          placeholder={props.searchPlaceholder}
          onSearch={props.onSearch}
        />
        {props.children}
      </Flex>
      <Flex gap={16} wrap align="center" justify="space-between">
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{t('common.sortBy')}</Typography.Text>
          <Select<S>
            aria-label={t('common.sortBy')}
            id="list-sort"
            value={props.sort}
            onChange={props.onSortChange}
            options={[...props.sortOptions]}
            style={{ minWidth: 200 }}
          />
        </Flex>
        <Flex gap={16} align="center">
          <label style={{ display: 'inline-flex', gap: 8, alignItems: 'center', cursor: 'pointer' }}>
            <Switch
              size="small"
              checked={props.includeArchived}
              onChange={props.onIncludeArchivedChange}
              data-testid="include-archived"
            />
            {t('common.includeArchived')}
          </label>
          {props.onReset && (
            <Button icon={<ClearOutlined />} onClick={props.onReset}>
              {t('common.resetFilters')}
            </Button>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
}

interface SearchBoxProps {
  query: string;
  placeholder: string;
  onSearch: (query: string) => void;
}

/** Keeps the typed text locally; the URL changes on Enter, the Cari button or clearing the box. */
function SearchBox({ query, placeholder, onSearch }: SearchBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(query);
  const handleChange = (value: string) => {
    setText(value);
    if (value === '' && query !== '') onSearch('');
  };
  return (
    <Space.Compact style={{ width: 300, maxWidth: '100%' }}>
      <Input
        data-testid="list-search"
        aria-label={t('common.search')}
        placeholder={placeholder}
        prefix={<SearchOutlined />}
        allowClear
        value={text}
        onChange={(event) => handleChange(event.target.value)}
        onPressEnter={() => onSearch(text)}
      />
      <Button type="primary" onClick={() => onSearch(text)}>
        {t('common.search')}
      </Button>
    </Space.Compact>
  );
}

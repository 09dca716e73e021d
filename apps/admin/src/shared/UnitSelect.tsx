import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const UnitSelectOptions = graphql(`
  query UnitSelectOptions($filter: UnitFilter) {
    units(first: 20, filter: $filter, sort: NAME_ASC) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

const UnitSelectSelected = graphql(`
  query UnitSelectSelected($id: ID!) {
    unit(id: $id) {
      id
      code
      name
    }
  }
`);

interface UnitSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (unitId: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  disabled?: boolean;
  /** A unit that must not be offered (a unit cannot be its own parent). */
  excludeId?: string;
  style?: CSSProperties;
}

/** Searches units on the server as the user types; the chosen unit keeps its name even when off the first page. */
export function UnitSelect({ value, onChange, excludeId, ...props }: UnitSelectProps) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: UnitSelectOptions,
    variables: { filter: { search: search.trim() || undefined } },
  });
  const found = (data?.units.edges ?? []).map(({ node }) => node).filter((unit) => unit.id !== excludeId);
  const needsSelected = Boolean(value) && !found.some((unit) => unit.id === value);
  const [selected] = useQuery({
    query: UnitSelectSelected,
    variables: { id: value ?? '' },
    pause: !needsSelected,
  });
  const chosen = needsSelected && selected.data?.unit ? [selected.data.unit] : [];
  const options = [...chosen, ...found].map((unit) => ({
    value: unit.id,
    label: `${unit.name} (${unit.code})`,
  }));

  return (
    <Select<string>
      {...props}
      value={value ?? undefined}
      onChange={(unitId) => {
        setSearch('');
        onChange?.(unitId);
      }}
      loading={fetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={fetching ? null : undefined}
    />
  );
}

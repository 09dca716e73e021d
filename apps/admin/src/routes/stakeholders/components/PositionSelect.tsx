import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

const PositionSelectOptions = graphql(`
  query PositionSelectOptions($filter: PositionFilter) {
    positions(first: 20, filter: $filter, sort: NAME_ASC) {
      edges {
        node {
          id
          name
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

const PositionSelectSelected = graphql(`
  query PositionSelectSelected($id: ID!) {
    position(id: $id) {
      id
      name
      unit {
        id
        name
      }
    }
  }
`);

interface PositionSelectProps {
  id?: string;
  value?: string | null;
  onChange?: (positionId: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  /** Offer only the positions of this unit. */
  unitId?: string;
  style?: CSSProperties;
}

/** Searches positions on the server as the user types, labelled with their unit. */
export function PositionSelect({ value, onChange, unitId, ...props }: PositionSelectProps) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: PositionSelectOptions,
    variables: { filter: { search: search.trim() || undefined, unitId } },
  });
  const found = (data?.positions.edges ?? []).map(({ node }) => node);
  const needsSelected = Boolean(value) && !found.some((position) => position.id === value);
  const [selected] = useQuery({
    query: PositionSelectSelected,
    variables: { id: value ?? '' },
    pause: !needsSelected,
  });
  const chosen = needsSelected && selected.data?.position ? [selected.data.position] : [];
  const options = [...chosen, ...found].map((position) => ({
    value: position.id,
    label: `${position.name} — ${position.unit.name}`,
  }));
  return (
    <Select<string>
      {...props}
      value={value ?? undefined}
      onChange={(positionId) => {
        setSearch('');
        onChange?.(positionId);
      }}
      loading={fetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={fetching ? null : undefined}
    />
  );
}

import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const PositionSelectOptions = graphql(`
  query PositionSelectOptions($filter: PositionFilter) {
    positions(first: 50, filter: $filter, sort: NAME_ASC) {
      edges {
        node {
          id
          name
          isTeacher
          servedPerStaffBenchmark
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
      isTeacher
      servedPerStaffBenchmark
      unit {
        id
        name
      }
    }
  }
`);

export type ChosenPosition = {
  id: string;
  name: string;
  isTeacher: boolean;
  servedPerStaffBenchmark?: number | null;
};

interface PositionSelectProps {
  id?: string;
  value?: string | null;
  /** The chosen position's id, its label and the position itself (with what decides its calculators). */
  onChange?: (
    positionId: string | undefined,
    name: string | undefined,
    position: ChosenPosition | undefined,
  ) => void;
  /** Only positions of this unit (their names alone are shown then). */
  unitId?: string;
  /** Positions not to offer (already in the analysis). */
  excludeIds?: readonly string[];
  placeholder?: string;
  'aria-label'?: string;
  allowClear?: boolean;
  disabled?: boolean;
  style?: CSSProperties;
}

/**
 * Active positions searched on the server as the user types, labelled with their unit unless the list is of one
 * unit; the chosen one keeps its label. The one position picker of the admin.
 */
export function PositionSelect({ value, onChange, unitId, excludeIds = [], ...props }: PositionSelectProps) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: PositionSelectOptions,
    variables: { filter: { unitId, search: search.trim() || undefined } },
  });
  const found = (data?.positions.edges ?? [])
    .map(({ node }) => node)
    .filter((position) => !excludeIds.includes(position.id));
  const needsSelected = Boolean(value) && !found.some((position) => position.id === value);
  const [selected] = useQuery({
    query: PositionSelectSelected,
    variables: { id: value ?? '' },
    pause: !needsSelected,
  });
  const chosen = needsSelected && selected.data?.position ? [selected.data.position] : [];
  const options = [...chosen, ...found].map((position) => ({
    value: position.id,
    label: unitId ? position.name : `${position.name} — ${position.unit.name}`,
  }));

  return (
    <Select<string>
      {...props}
      value={value ?? undefined}
      onChange={(positionId) => {
        setSearch('');
        const position = [...chosen, ...found].find((candidate) => candidate.id === positionId);
        onChange?.(positionId, options.find((option) => option.value === positionId)?.label, position);
      }}
      loading={fetching}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      notFoundContent={fetching ? null : undefined}
    />
  );
}

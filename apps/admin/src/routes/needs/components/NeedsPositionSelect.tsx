import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../../gql';

const NeedsPositionSelectOptions = graphql(`
  query NeedsPositionSelectOptions($filter: PositionFilter) {
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

const NeedsPositionSelectSelected = graphql(`
  query NeedsPositionSelectSelected($id: ID!) {
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

interface NeedsPositionSelectProps {
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

/** Active positions searched on the server, optionally of one unit; the chosen one keeps its label. */
export function NeedsPositionSelect({
  value,
  onChange,
  unitId,
  excludeIds = [],
  ...props
}: NeedsPositionSelectProps) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: NeedsPositionSelectOptions,
    variables: { filter: { unitId, search: search.trim() || undefined } },
  });
  const found = (data?.positions.edges ?? [])
    .map(({ node }) => node)
    .filter((position) => !excludeIds.includes(position.id));
  const needsSelected = Boolean(value) && !found.some((position) => position.id === value);
  const [selected] = useQuery({
    query: NeedsPositionSelectSelected,
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
